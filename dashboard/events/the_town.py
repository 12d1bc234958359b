"""'The town' of a story when no event was placed there: the town the text named last.

"Kurdish-led forces blamed Ankara for a drone strike near Qamishli. ... the strike hit a
checkpoint outside the town late on Monday": the accusation is placed at its speakers'
country, so no earlier event holds the town, yet the text named it one sentence before. A
definite nominal ("the town") refers back to the latest named entity of its kind (ACE 2005
entity coreference: a nominal mention of a named GPE), and ACLED codes an event to the most
specific place its report supports.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.events.drafts import _Context
from dashboard.model import Mention

TOWN_REACH = 2  # sentences back the town may have been named in, as ``placing.TOWN_REACH``
_TOWN_KINDS = frozenset({"city"})
# "outside the town", "near the city": ACLED codes an event near a town to that town at geo
# precision 2, as ``where.locate`` does for "near X"
_NEAR_BEFORE = re.compile(r"(?i)\b(?:near|outside|close\s+to|outskirts\s+of)\s+$")


def town_named_before(
    sentence_start: int, the_town: int, ctx: _Context
) -> tuple[Mention | None, str]:
    """The latest town (GeoNames class P, our kind ``city``) named in the TOWN_REACH
    sentences before offset ``sentence_start`` (the start of the sentence whose "the town"
    begins at offset ``the_town``), at geo precision 2 when the words before "the town"
    say "near" or "outside", the dateline aside (where a story was filed
    is read apart, ``finishing``), with the reason; (None, "") when there is none or when
    the latest place named there is not a town ("…in Kharkiv region. The town…": the region
    came last, so which town is meant is not told)."""
    before = [s for s, _ in ctx.analysis.sentences if s < sentence_start][-TOWN_REACH:]
    if not before:
        return None, ""
    named = [
        m
        for m in ctx.mentions.within(before[0], sentence_start)
        if m.place is not None and m is not ctx.analysis.dateline and m.end <= sentence_start
    ]
    if not named or named[-1].place is None or named[-1].place.kind not in _TOWN_KINDS:
        return None, ""
    last, place = named[-1], named[-1].place
    why = f"'the town' (or city) of the story: {last.text}, named before"
    if _NEAR_BEFORE.search(ctx.text, max(0, the_town - 25), the_town):
        place = replace(place, geo_precision=max(2, place.geo_precision))
        why += f"; near it, at geo precision {place.geo_precision}"
    return replace(last, place=place), why
