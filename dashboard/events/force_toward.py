"""Where a force sent toward a place stands: "China sent 32 military aircraft and nine navy
ships toward Taiwan" is a show of force off Taiwan, not in China. CAMEO 1.1b3 ch. 15
(exhibit force posture, §154 mobilise or increase armed forces) codes the posture; ACLED
codes an event where it took place, and a force moved toward a place is at its approaches:
near a town (geo precision 2), or in the country it was sent at (3). ``placing`` reads it
when the clause names no place of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dashboard.model import Mention

if TYPE_CHECKING:  # drafts imports ``where``, which imports modules that import this one
    from dashboard.events.drafts import _Context, _Draft

_MOBILISE = "154"  # CAMEO 1.1b3 §154, mobilise or increase armed forces (deploy, send)
_TOWARD = re.compile(r"\b(?:toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)
REACH = 20  # characters back from a name its "toward" is read in


def sent_toward(d: _Draft, ctx: _Context) -> tuple[Mention, str] | None:
    """The place a force (CAMEO §154, mobilise or increase armed forces) was sent or moved toward, after its trigger
    in its clause ("sent ships toward Taiwan", "moved troops towards Kharkiv"), at geo
    precision 2 or coarser, with its reason; None when the clause names none, or only the
    source's own country (a force moved toward home is within it, told elsewhere)."""
    if not (d.trigger.full or "").startswith(_MOBILISE):
        return None  # a missile fired "toward the East Sea" is a launch: its path, not its place
    text = ctx.analysis.text
    own = d.source.country_code if d.source is not None else None
    for m in ctx.mentions.within(d.trigger.end, d.clause[1]):
        if m.place is None or m.place.lat is None or m.place.country_code == own:
            continue
        if _TOWARD.search(text, max(0, m.start - REACH), m.start) is None:
            continue
        place = replace(m.place, geo_precision=max(2, m.place.geo_precision))
        why = f"no place named; a force sent toward {m.text} stands at its approaches"
        return replace(m, place=place, reason=why), why
    return None
