"""An international body's statement filed from a city where it keeps an office: "GENEVA -
The UN said on Monday ..." was said there. An intergovernmental body may speak from
anywhere, so a wire's dateline alone does not place its words (``finishing``); but a
dateline at one of its seats (``data/lexicon/body_offices.csv``, a founding text or seat
agreement per row) is where its spokespeople brief, as for any speaker at a seat.
"""

from __future__ import annotations

from functools import cache

from dashboard.events.lexicon import sourced_rows
from dashboard.model import Mention


@cache
def _offices() -> dict[str, frozenset[str]]:
    """Body name -> the names of the cities it keeps a seat or office in, lower case."""
    rows = sourced_rows("body_offices.csv", "body", "cities")
    return {r["body"]: frozenset(c.strip().lower() for c in r["cities"].split("|")) for r in rows}


def speaks_at_dateline(body: str, dateline: Mention | None) -> bool:
    """Whether the dateline's city is a seat of ``body`` (its name as read, "UN", or one
    that opens with a listed name: "UN refugee agency" is the UN's)."""
    cities = _dateline_cities(dateline)
    offices = _offices()
    words = body.split()
    names = [" ".join(words[:k]) for k in range(len(words), 0, -1)]
    return any(cities & offices.get(n, frozenset()) for n in names)


def seat_city(dateline: Mention | None) -> bool:
    """Whether the dateline's city is a seat of any listed body ("GENEVA", "BRUSSELS"): a
    story filed there is often a body's briefing on events elsewhere."""
    cities = _dateline_cities(dateline)
    return any(cities & seats for seats in _offices().values())


def _dateline_cities(dateline: Mention | None) -> frozenset[str]:
    """The dateline city's names as read and as resolved, lower case; none with no place."""
    if dateline is None or dateline.place is None:
        return frozenset()
    return frozenset({dateline.place.name.lower(), dateline.text.strip().lower()})
