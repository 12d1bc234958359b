"""Where a hazard struck when told "near" a town: "the quake hit near Herat on Saturday,
flattening villages and damaging the capital Kabul" struck near Herat; Kabul is where damage
was done, told in a supplementive -ing clause of result (Quirk et al. 1985, ch. 15), not
where it hit.

USGS event pages place an earthquake by the town nearest its epicentre ("12 km NNE of
Town"), which the news tells as "struck near Town"; EM-DAT records a disaster where it
struck. So the town after a hazard's onset verb and "near" wins over the places its result
clause names, at ACLED's geo precision 2 for an event near a town. The verbs are
``classes.csv`` ``HAZARD_ONSET``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from dashboard.events.lexicon import word_class
from dashboard.model import Mention

# from the onset verb to the town: "struck near the northern town of "
_REACH = 50


@cache
def _onset_near() -> re.Pattern[str]:
    """ "hit near ", "struck near the town of ": the onset verb, "near" or "close to", and
    at most an article, three lowercase words and "of" before the name."""
    verbs = "|".join(sorted(word_class("HAZARD_ONSET"), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{verbs})\s+(?:near|close\s+to)\s+(?:the\s+)?(?:(?:[a-z-]+\s+){{0,3}}of\s+)?$"
    )


def struck_near(
    text: str, hazard: int, clause: tuple[int, int], pool: list[Mention]
) -> Mention | None:
    """The place of ``pool`` (the sentence's place mentions) that ``text`` names after a
    hazard's onset verb and "near", after the hazard's word at ``hazard`` and inside
    ``clause`` (start, end offsets), at geo precision 2 or coarser; None when there is none
    or it has no coordinates."""
    for m in pool:
        if not max(clause[0], hazard) < m.start < clause[1] or m.place is None:
            continue
        if m.place.lat is None:
            continue
        if _onset_near().search(text, max(hazard, m.start - _REACH), m.start):
            place = replace(m.place, geo_precision=max(2, m.place.geo_precision))
            return replace(m, place=place)
    return None
