"""An act imposed on a territory the clause names only by its kind ("France declared a state
of emergency on the Pacific territory"): the measure holds there, not in the country of who
imposed it (ACLED codes an event where it took place), so the source's country is no
fallback. The territory is the one place of that rank the sentence named before the act
("Rioters torched shops in New Caledonia's capital overnight, and France declared …"), by
the definite description's anaphora (Halliday and Hasan 1976 §2.4.2: "the" + a general
noun refers back); with none, no place.
"""

from __future__ import annotations

import re

from dashboard.events.drafts import _Context, _Draft
from dashboard.model import Mention

# the place an act holds on, named by a kind noun only: "on the Pacific territory", "across
# the island", "in the breakaway region"
_ON_TERRITORY = re.compile(
    r"\b(?:on|in|across|over|throughout|to)\s+the\s+(?:[A-Za-z-]+\s+)?"
    r"(?:territory|island|islands|archipelago|enclave|province|region|overseas\s+territory)\b",
    re.IGNORECASE,
)
_RANKS = frozenset({"country", "admin1", "region"})


def unnamed_territory(d: _Draft, ctx: _Context) -> tuple[Mention | None, str] | None:
    """The place of ``d`` when its clause holds it on a territory named by kind only: the
    one country, first-order division or region the sentence names before the trigger that
    is not the source's own country (mention, reason), else (None, reason); None when the
    clause names no such territory."""
    text = ctx.analysis.text
    if not _ON_TERRITORY.search(text, d.trigger.end, d.evidence[0][1]):
        return None
    own = d.source.country_code if d.source is not None else None
    # the whole sentence: a joined clause ("…, and France declared") is read on its own
    start = next((s for s, e in ctx.analysis.sentences if s <= d.trigger.start < e), 0)
    before = [
        m
        for m in ctx.mentions.within(min(start, d.evidence[0][0]), d.trigger.start)
        if m.place is not None and m.place.kind in _RANKS and m.place.country_code != own
    ]
    places = {m.place.id for m in before if m.place is not None}
    if len(places) != 1:
        return None, "no place named; the territory the act holds on is not the doer's country"
    m = before[0]
    why = f"a territory named by its kind: the one named before it ({m.text})"
    return Mention(m.start, m.end, m.text, m.place, 1.0, why), why
