"""Where a crowd forced its way into a national seat of government named by its country
("protesters broke into the Kenyan parliament", "crowds overran the Sri Lankan president's
residence") when the sentence names no town: the seat is in that country. A parliament, a
head of state's palace or a ministry of a state stands on its own soil, so the country is a
place at ACLED's precision 3 (a region or country), which the happening's other reports may
refine; no city is guessed. A mission abroad is not this: "stormed the Swedish embassy"
happened in the host country (Vienna Convention on Diplomatic Relations 1961, art. 22: the
mission's premises are in the receiving state), so an embassy or consulate names no place.
"""

from __future__ import annotations

import re
from typing import Protocol

from dashboard.events.drafts import _Draft

# CAMEO 1.1b3 §145 protest violently, riot: the lexicon's rows of a crowd forcing its way
# into a seat of government (data/lexicon/cameo.csv)
RIOT = "145"
_MISSION = re.compile(r"\b(?:embass(?:y|ies)|consulates?|missions?|legations?)\b", re.I)


class _CountrySpans(Protocol):
    def within(self, start: int, end: int) -> list[tuple[int, int, str, str]]: ...


def stormed_seat_country(d: _Draft, text: str, countries: _CountrySpans) -> str | None:
    """The ISO2 of the one country named inside the trigger of a riot in a seat (``RIOT``),
    or ``None``: no such name, two of them, or a diplomatic mission (``_MISSION``).

    Shapes: ``countries.within(start, end)`` gives ``(start, end, iso2, name)`` spans in
    article offsets, as ``drafts._Context.countries`` does.
    """
    # §145 and its aims (§1451-§1454: a riot demanding a leader go is still a riot)
    if not (d.trigger.full or "").startswith(RIOT) or _MISSION.search(
        text, d.trigger.start, d.trigger.end
    ):
        return None
    named = {code for _, _, code, _ in countries.within(d.trigger.start, d.trigger.end)}
    return named.pop() if len(named) == 1 else None
