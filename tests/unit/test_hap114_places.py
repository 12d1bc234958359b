"""A disaster told at a country lent from its sentence (``happenings.lent_countries``, issue 16
recall, the PLACE class): reports written for these tests, placed as the reader places them."""

from __future__ import annotations

from datetime import date

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot

DAY = date(2024, 8, 14)

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


def test_a_lent_disaster_of_the_next_day_stays_apart() -> None:
    at_batam = [hazard(1, BATAM), hazard(2, BATAM)]
    later = hazard(3, MALAYSIA, ("ID", "MY"))
    later = Report(
        "e3",
        "a3",
        SINKING,
        date(2024, 8, 15),
        date(2024, 8, 15),
        1,
        MALAYSIA,
        countries=later.countries,
    )
    assert groups([*at_batam, later]) == [["e1", "e2"], ["e3"]]


def test_a_lent_disaster_with_two_disasters_of_its_type_that_day_joins_neither() -> None:
    # a second sinking that day off Manila, and the lent report names both states' people
    far = Spot("gn:1701668", "Manila", "city", 14.60, 120.98, "PH", "PH-NCR", 1)
    two = [hazard(1, BATAM), hazard(2, BATAM), hazard(4, far), hazard(5, far)]
    found = groups([*two, hazard(3, MALAYSIA, ("ID", "MY", "PH"))])
    assert ["e3"] in found
