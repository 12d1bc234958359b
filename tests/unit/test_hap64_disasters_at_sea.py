"""Issue 16, disasters (hap64): a ship lost at sea is told by the crash ("two cargo ships
collided") or by how it went down ("sank after colliding"), one EM-DAT type (transport
accident, water), so a collision and a shipwreck are one family in the merge
(``rules.FAMILIES``); and a merchant ship told as driving into another craft ("a cargo ship
ploughed into an anchored tanker") is read as a collision (``hazards.csv``). Every report and
sentence here was written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import family, match
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
NORTH_SEA = Spot(
    "rg:north-sea",
    "North Sea",
    "sea",
    56.0,
    3.0,
    None,
    None,
    3,
    (-4.0, 51.0, 9.0, 61.0),
    shores=frozenset({"GB", "DE", "NL", "BE", "DK", "NO", "FR"}),
)
BALTIC = Spot(
    "rg:baltic-sea",
    "Baltic Sea",
    "sea",
    58.0,
    20.0,
    None,
    None,
    3,
    (9.0, 53.0, 30.0, 66.0),
    shores=frozenset({"DE", "DK", "SE", "FI", "EE", "LV", "LT", "PL", "RU"}),
)
DAY = date(2024, 5, 14)


def _report(n: int, root: str, place: Spot = NORTH_SEA, day: date = DAY) -> Report:
    return Report(f"e{n}", f"a{n}", root, day, day, 1, place)


def test_a_collision_and_a_shipwreck_of_one_sea_and_day_are_one_happening() -> None:
    # "two freighters collided in the North Sea on Tuesday" and "a coaster sank in the North
    # Sea on Tuesday after it was hit by a bigger ship"
    m = match(_report(1, "DIS-COLLISION"), _report(2, "DIS-SHIPWRECK"))
    same = match(_report(3, "DIS-COLLISION"), _report(4, "DIS-COLLISION"))
    assert m is not None
    assert same is not None
    assert "one accident at sea" in m.reason
    assert m.score < same.score


def test_the_water_family_stays_apart_from_other_disasters_and_other_seas() -> None:
    assert family("DIS-COLLISION") == family("DIS-SHIPWRECK") != family("DIS-TRANSPORT")
    assert match(_report(1, "DIS-COLLISION"), _report(2, "DIS-STORM")) is None
    assert match(_report(1, "DIS-COLLISION"), _report(2, "DIS-SHIPWRECK", BALTIC)) is None
    later = date(2024, 5, 20)
    assert match(_report(1, "DIS-COLLISION"), _report(2, "DIS-SHIPWRECK", day=later)) is None


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article("date 2024-05-14\n\n" + body, path="t"))


@pytest.mark.parametrize(
    "text",
    [
        "A container ship ploughed into an anchored fuel tanker off the Dutch coast on Tuesday.",
        "A bulk carrier smashed into a moored container ship at Piraeus on Tuesday morning.",
        "The tanker Nordic Star rammed a bulk carrier in fog near Rotterdam on Tuesday.",
    ],
)
def test_a_merchant_ship_driven_into_another_craft_is_a_collision(
    extract: Extract, text: str
) -> None:
    assert "DIS-COLLISION" in [e.event_type.code for e in extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a coast guard ship rams on purpose: no accident (the subject is no merchant ship)
        "A coast guard vessel rammed a fishing boat near the disputed shoal on Tuesday.",
        # a tanker that hit a mine: no second craft
        "A tanker hit a mine in the Red Sea on Tuesday, its owners said.",
        # a ship that hit a bridge is no collision of two craft
        "A cargo ship struck a bridge in the harbour on Tuesday.",
    ],
)
def test_no_collision_without_a_merchant_ship_driven_into_a_craft(
    extract: Extract, text: str
) -> None:
    assert "DIS-COLLISION" not in [e.event_type.code for e in extract(text)]
