"""The place of an act told in a relative clause opened by "where" after a place: "fled to
Moscow, where Russia granted him asylum" is in Moscow. The relative adverb "where" takes up
the place it follows as the setting of its clause (Quirk et al. 1985, 17.12: "where" as a
relative adverb of place; Huddleston and Pullum 2002, ch. 12 §3.5), so that place is where
the act was, finer than the country a side or the dateline would give (ACLED codes an event
at the most specific place the report supports).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.model import Mention

if TYPE_CHECKING:
    from dashboard.events.drafts import _Context, _Draft

# ", where" right after the place it takes up: at most a closing bracket between
_WHERE = re.compile(r"\)?\s*,\s+where\s+", re.IGNORECASE)
_MAX_GAP = 120  # characters from "where" to the trigger: one short clause, no sentence break


def where_antecedent(d: _Draft, ctx: _Context) -> tuple[Mention | None, str]:
    """The place a ", where" clause holding ``d``'s trigger takes up (see the module), or
    (None, "") when the trigger is in no such clause of its sentence."""
    text = ctx.text
    lo, at = d.evidence[0][0], d.trigger.start
    opened = list(_WHERE.finditer(text, max(lo, at - _MAX_GAP), at))
    # the clause ends at its comma: "Officials in Kenya, where she arrived next, hoped for
    # aid" tells the hope outside it
    if not opened or re.search(r"[.;!?,]", text[opened[-1].end() : at]):
        return None, ""
    comma = opened[-1].start()
    place = next(
        (
            m
            for m in ctx.mentions.within(lo, comma + 1)
            if m.place is not None and 0 <= comma - m.end <= 1
        ),
        None,
    )
    if place is None:
        return None, ""
    why = f"in a clause opened by 'where' after {place.text}: the place it takes up"
    return Mention(place.start, place.end, place.text, place.place, place.score, why), why
