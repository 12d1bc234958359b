"""A state visit moves from the capital to a second city of the host country the next day; the
reports of each leg name the same two parties, so they are one visit (``rules._one_visit``).
The return visit in the other country, a meeting of other parties, and a visit hosted by a
third country stay apart. Places and sentences made up for these tests."""

from __future__ import annotations

from datetime import date, timedelta

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match

# two cities of one host country, some 900 km apart (made-up ids, real-looking points)
CAPITAL = Spot("gn:t1", "Capital City", "city", 39.9, 116.4, "CN", "CN-11", 1)
SOUTH = Spot("gn:t2", "Southern Port", "city", 31.2, 121.5, "CN", "CN-31", 1)
ABROAD = Spot("gn:t3", "Other Capital", "city", 48.85, 2.35, "FR", "FR-IDF", 1)
THIRD = Spot("gn:t4", "Summit Town", "city", -8.65, 115.2, "ID", "ID-BA", 1)
THIRD_2 = Spot("gn:t5", "Second Town", "city", -6.2, 106.8, "ID", "ID-JK", 1)
DAY = date(2023, 4, 6)


def _r(eid: str, art: str, place: Spot, day: date, countries: set[str]) -> Report:
    return Report(
        eid,
        art,
        "04",
        day,
        day,
        1,
        place,
        frozenset({"visitor", "host"}),
        frozenset(countries),
        source_country=sorted(countries)[0],
    )


def test_the_second_city_of_a_visit_is_the_same_visit() -> None:
    talks = _r("e1", "a1", CAPITAL, DAY, {"CN", "FR"})
    leg = _r("e2", "a2", SOUTH, DAY + timedelta(days=1), {"CN", "FR"})
    m = match(talks, leg)
    assert m is not None
    assert "one visit" in m.reason
    groups = cluster([talks, _r("e3", "a3", CAPITAL, DAY, {"CN", "FR"}), leg])
    assert len(groups) == 1
    assert sorted(groups[0].event_ids) == ["e1", "e2", "e3"]


def test_the_return_visit_and_other_parties_stay_apart() -> None:
    talks = _r("e1", "a1", CAPITAL, DAY, {"CN", "FR"})
    # the other party's country: that is the return visit, not a leg of this one
    assert match(talks, _r("e2", "a2", ABROAD, DAY + timedelta(days=1), {"CN", "FR"})) is None
    # another visitor in the host's second city the next day
    assert match(talks, _r("e3", "a3", SOUTH, DAY + timedelta(days=1), {"CN", "BR"})) is None
    # one report names a single party: it says too little to cross 900 km
    assert match(talks, _r("e4", "a4", SOUTH, DAY + timedelta(days=1), {"CN"})) is None
    # two days later is not the visit's next leg by this rule
    assert match(talks, _r("e5", "a5", SOUTH, DAY + timedelta(days=2), {"CN", "FR"})) is None


def test_two_towns_of_a_country_hosting_neither_party_stay_apart() -> None:
    a = _r("e1", "a1", THIRD, DAY, {"CN", "FR"})
    b = _r("e2", "a2", THIRD_2, DAY, {"CN", "FR"})
    assert match(a, b) is None
