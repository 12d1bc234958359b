"""Two place disagreements of one happening (issue 16 recall, the PLACE class): a drill told
at a strait and at an island county by it (``happenings.ends.near_water``), and a disaster
told at a country lent from its sentence (``happenings.lent_countries``). Reports written for
these tests, placed as the reader places them."""

from __future__ import annotations

from datetime import date

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import fit

DAY = date(2024, 8, 14)
STRAIT = Spot(
    "rg:taiwan-strait",
    "Taiwan Strait",
    "sea",
    24.3,
    119.7,
    None,
    None,
    3,
    bbox=(117.0, 21.8, 121.7, 25.6),
    shores=frozenset({"CN", "TW"}),
)
PENGHU = Spot("a1:TW-PEN", "Penghu", "admin1", 23.57, 119.58, "TW", "TW-PEN", 3)
# an island county far from the strait (made up: 500 km east of it)
FAR_ISLE = Spot("a1:TW-FAR", "Far Isle", "admin1", 20.0, 125.0, "TW", "TW-FAR", 3)


def drill(n: int, place: Spot, side: str = "CN", root: str = "15", days: int = 0) -> Report:
    day = date.fromordinal(DAY.toordinal() + days)
    return Report(
        f"e{n}",
        f"a{n}",
        root,
        day,
        day,
        1,
        place,
        actors=frozenset({"china"}) if side == "CN" else frozenset({side.lower()}),
        countries=frozenset({side}),
        source_country=side,
        kind="exercise" if root == "15" else None,
        code=root + "0",
    )


def test_a_drill_in_the_strait_and_one_round_an_island_county_by_it_match() -> None:
    # "Chinese warships held drills in the Taiwan Strait on Wednesday" and "Chinese navy
    # vessels exercised around Penghu on Wednesday" (Penghu: an island county, ADM1)
    assert fit(drill(1, STRAIT), drill(2, PENGHU)) is not None


def test_the_drill_and_the_island_county_are_one_happening() -> None:
    groups = sorted(sorted(g.event_ids) for g in cluster([drill(1, STRAIT), drill(2, PENGHU)]))
    assert groups == [["e1", "e2"]]


def test_an_island_county_far_from_the_water_stays_apart() -> None:
    assert fit(drill(1, STRAIT), drill(2, FAR_ISLE)) is None


def test_another_side_s_drill_at_the_island_county_stays_apart() -> None:
    # "US ships sailed past Penghu" the day China drilled in the strait: another side
    assert fit(drill(1, STRAIT), drill(2, PENGHU, side="US")) is None


def test_an_attack_at_the_strait_and_at_an_island_county_stays_two() -> None:
    # strikes at a ship in the strait and on the islands are two attacks (``_sided_at_sea``)
    assert fit(drill(1, STRAIT, root="19"), drill(2, PENGHU, root="19")) is None


def test_a_drill_at_the_island_county_a_day_later_stays_apart() -> None:
    assert fit(drill(1, STRAIT), drill(2, PENGHU, days=1)) is None


# A ferry of one country sank off its coast; the outlets of a neighbour that sent divers
# place the sinking at the neighbour, lent from the sentence ("Malaysian divers joined the
# search on Tuesday for the Indonesian ferry that sank that morning": lent Malaysia).
MALAYSIA = Spot("cc:MY", "Malaysia", "country", 2.5, 112.5, "MY", None, 3, inferred=True)
BATAM = Spot("gn:1650213", "Batam", "city", 1.14, 104.05, "ID", "ID-21", 1)
SINKING = "DIS-TRANSPORT"


def hazard(n: int, place: Spot, countries: tuple[str, ...] = (), root: str = SINKING) -> Report:
    return Report(f"e{n}", f"a{n}", root, DAY, DAY, 1, place, countries=frozenset(countries))


def groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_a_lent_disaster_naming_the_struck_country_joins_the_disaster() -> None:
    # two reports at Batam name no side at all, as disasters mostly do
    at_batam = [hazard(1, BATAM), hazard(2, BATAM)]
    assert groups([*at_batam, hazard(3, MALAYSIA, ("ID", "MY"))]) == [["e1", "e2", "e3"]]


def test_a_lent_disaster_naming_only_its_lent_country_stays_apart() -> None:
    at_batam = [hazard(1, BATAM), hazard(2, BATAM)]
    assert groups([*at_batam, hazard(3, MALAYSIA, ("MY",))]) == [["e1", "e2"], ["e3"]]


def test_a_lent_disaster_of_another_hazard_type_stays_apart() -> None:
    at_batam = [hazard(1, BATAM), hazard(2, BATAM)]
    other = hazard(3, MALAYSIA, ("ID", "MY"), root="DIS-FIRE")
    assert groups([*at_batam, other]) == [["e1", "e2"], ["e3"]]
