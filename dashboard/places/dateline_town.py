"""The dateline names a town: its "X, Y" names the town the story then calls plain X, and a
dateline in capitals that the scores read as a division is the division's namesake city.

"WASHINGTON, Iowa — … Residents said Washington needs a new water plant": the AP
Stylebook's dateline gives a town outside its list of standalone cities with its state,
once, and the story goes on with the town's bare name. A later X that the scores gave to a
bigger namesake (the US capital) goes to the dateline's town; a reading the text fixed
otherwise ("Washington said", "X, Y" again, a user's correction) stays.

"NEW YORK — UN Secretary-General…": a dateline names the city the story was filed from, in
capitals (AP Stylebook, "datelines": "the name of the city … in capital letters"), so a
dateline name in capitals resolved to a first-level division that holds a town of that name
(its own or an alternate one GeoNames lists: New York City; Mexico's states named after
their capitals) is that town (``dateline_cities``). The same holds for a country that bears
its capital's name ("DJIBOUTI —", "SINGAPORE —", "LUXEMBOURG —"): a dateline names a city, so it
is the capital, the country's town of that name.
"""

from __future__ import annotations

from dashboard.analysis import dateline_span
from dashboard.model import Mention
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import fold
from dashboard.places.pairs import moved_to

_BY_SCORE = "population "  # a reason the scores alone wrote (see ``scoring.score``)


def dateline_repeats(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each later bare X moved to the dateline's "X, Y" town (see the
    module)."""
    start, end = dateline_span(text)
    if not end:
        return mentions
    town = next(
        (
            m
            for m in mentions
            if start <= m.start < end
            and m.place is not None
            and m.place.kind == "city"
            and m.reason.startswith("'X, ")
        ),
        None,
    )
    if town is None or town.place is None:
        return mentions
    key, place = fold(town.text), town.place
    why = f"the dateline's town, named there as '{town.text}, …'"
    return [
        moved_to(m, place, f"{why}; beat {len(m.candidates) - 1} other candidate(s)")
        if m.start >= end
        and m.place is not None
        and m.place.id != place.id
        and m.reason.startswith(_BY_SCORE)
        and fold(m.text) == key
        else m
        for m in mentions
    ]


def dateline_cities(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each dateline name in capitals that resolved to a first-level
    division or a country moved to the biggest town among its candidates that lies there
    (see the module); a division or country with no town of the name stays."""
    start, end = dateline_span(text)
    if not end:
        return mentions  # the common case
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.start >= end:
            break
        if m.start < start or m.place is None or not m.text.isupper():
            continue
        if m.place.kind not in ("admin1", "country"):
            continue
        division = m.place
        towns = [
            p
            for i, _ in m.candidates
            if (p := gaz.get(i)) is not None
            and p.kind == "city"
            and p.country_code == division.country_code
            and (division.kind == "country" or p.admin1 == division.admin1)
        ]
        if towns:
            town = max(towns, key=lambda p: p.population)
            why = (
                f"a dateline names a town, in capitals ({m.text}): the city {town.name}, not"
                f" the {'country' if division.kind == 'country' else 'division'} {division.name}"
            )
            out[k] = moved_to(m, town, why)
    return out
