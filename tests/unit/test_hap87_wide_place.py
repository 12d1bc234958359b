"""A report placed only at a country or region, on a day one side's acts fell at two places in
it, joins neither happening (issue 16, precision before recall: ``happenings.coarse``,
``grouping._unmix``). Reports written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot

UKRAINE = Spot("cc:UA", "Ukraine", "country", 49.0, 32.0, "UA", None, 3)
KHARKIV_OBLAST = Spot("a1:UA-63", "Kharkiv Oblast", "admin1", 49.5, 36.5, "UA", "UA-63", 3)
LVIV = Spot("gn:702550", "Lviv", "city", 49.84, 24.03, "UA", "UA-46", 1)
ODESA = Spot("gn:698740", "Odesa", "city", 46.48, 30.73, "UA", "UA-51", 1)
IZIUM = Spot("gn:707292", "Izium", "city", 49.21, 37.26, "UA", "UA-63", 1)
THURSDAY = date(2024, 3, 14)
RU = frozenset({"RU"})


def strike(n: int, place: Spot, side: str = "RU") -> Report:
    """One outlet's report of a strike (CAMEO 19) on the Thursday, by ``side``."""
    return Report(
        f"e{n}",
        f"a{n}",
        "19",
        THURSDAY,
        THURSDAY,
        1,
        place,
        countries=frozenset({side}),
        source_country=side,
    )


def _groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_a_country_report_on_a_day_of_two_struck_cities_joins_neither() -> None:
    # "Russian missiles hit a power plant in Ukraine on Thursday" (e1, read at the country),
    # with "drones struck Lviv's substation" (e2, e3) and "missiles hit the port of Odesa"
    # (e4, e5) that day: the country holds both cities, so it cannot say which it tells
    reports = [strike(1, UKRAINE), strike(2, LVIV), strike(3, LVIV), strike(4, ODESA)]
    reports.append(strike(5, ODESA))
    assert _groups(reports) == [["e1"], ["e2", "e3"], ["e4", "e5"]]


def test_the_report_taken_out_says_which_two_places_its_area_holds() -> None:
    reports = [strike(1, UKRAINE), strike(2, LVIV), strike(3, LVIV), strike(4, ODESA)]
    alone = next(g for g in cluster(reports) if g.event_ids == ("e1",))
    assert "Lviv" in alone.reasons[0]
    assert "Odesa" in alone.reasons[0]
    assert "joins neither" in alone.reasons[0]


def test_a_country_report_on_a_day_of_one_struck_city_still_joins_it() -> None:
    # near miss: one act that day, told at the country and at the city
    assert _groups([strike(1, UKRAINE), strike(2, LVIV), strike(3, LVIV)]) == [["e1", "e2", "e3"]]


def test_an_act_of_another_side_elsewhere_is_no_rival() -> None:
    # near miss: the Odesa act was another side's ("Ukrainian forces shot down a drone over
    # Odesa"), which the Russian strike told at the country cannot be (``rules.actor_part``)
    reports = [strike(1, UKRAINE), strike(2, LVIV), strike(3, LVIV), strike(4, ODESA, "UA")]
    assert ["e1", "e2", "e3"] in _groups(reports)


def test_a_region_that_holds_only_one_of_the_two_places_still_joins() -> None:
    # near miss: "a strike in the Kharkiv region" with Izium (in it) and Lviv (not in it)
    reports = [strike(1, KHARKIV_OBLAST), strike(2, IZIUM), strike(3, IZIUM), strike(4, LVIV)]
    assert ["e1", "e2", "e3"] in _groups(reports)


def test_an_attack_told_off_a_coast_is_left_to_the_sea_rules() -> None:
    # near miss: "a freighter was hit off Ukraine" names the coast, not an area holding it
    reports = [replace(strike(1, UKRAINE), offshore=True), strike(2, LVIV), strike(3, LVIV)]
    reports += [strike(4, ODESA), strike(5, ODESA)]
    assert ["e1", "e2", "e3"] in _groups(reports)
