"""Where a hazard was centred: "a powerful earthquake centred in the Shigatse region of China
shook Nepal's capital" happened at Shigatse, not in Kathmandu where it was felt.

USGS locates an earthquake by its epicentre ("the point on the earth's surface directly above
the hypocenter", USGS Earthquake Glossary) and EM-DAT records a disaster where it struck, so
a place the clause names as the centre of a hazard wins over the places it shook. The cue
words are ``classes.csv`` ``EPICENTRE``.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.cameo import Trigger
from dashboard.events.hazard_near import struck_near
from dashboard.events.lexicon import word_class
from dashboard.model import Mention


@cache
def _cue() -> re.Pattern[str]:
    """ "centred in (the|western) ", "epicentre was in ", "with its epicentre under ": the cue
    word, an optional copula, a preposition of containment, up to two words (an article, a
    direction) and nothing else before the name. "Near" is left out: a place near the centre
    is read by ``where``'s own "near" rule, at a lower precision."""
    words = "|".join(sorted(word_class("EPICENTRE"), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{words})(?:\s+(?:was|is|lay|lies))?\s+(?:in|at|under|beneath|below)"
        r"\s+(?:[A-Za-z-]+\s+){0,2}$",
        re.IGNORECASE,
    )


def epicentre(
    trig: Trigger, text: str, clause: tuple[int, int], pool: list[Mention]
) -> Mention | None:
    """The place ``text`` names as where the hazard ``trig`` (a ``DIS-`` type) was centred,
    within ``clause`` (start, end offsets), from the sentence's place mentions ``pool``; None
    for another kind of act, when no such place is named, or when it has no coordinates.
    With no centring cue, the town the hazard "hit near" (``hazard_near.struck_near``), at
    geo precision 2."""
    if not trig.code.startswith("DIS-"):
        return None
    for m in pool:
        if not clause[0] <= m.start < clause[1] or m.place is None or m.place.lat is None:
            continue
        before = text[max(clause[0], m.start - 60) : m.start]
        if "," not in before[-25:] and _cue().search(before):
            return m
    # "the quake hit near Herat, … damaging the capital Kabul": where it struck
    return struck_near(text, trig.start, clause, pool)
