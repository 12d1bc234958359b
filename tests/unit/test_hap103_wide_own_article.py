"""Session 88, hap103 (issue 16, precision): a report placed only at a country, on a day of two
acts at two places in it, joins neither, even when its own article tells the act a second
time, placed only near it at the country; and a happening placed only by a place named near its act is no second
place (``happenings.coarse``, ``grouping._unmix``). Reports written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot

COUNTRY = Spot("cc:UA", "Ukraine", "country", 49.0, 32.0, "UA", None, 3)
LVIV = Spot("gn:702550", "Lviv", "city", 49.84, 24.03, "UA", "UA-46", 1)
ODESA = Spot("gn:698740", "Odesa", "city", 46.48, 30.73, "UA", "UA-51", 1)
NEAR_COUNTRY = replace(COUNTRY, inferred=True)
FRIDAY = date(2023, 6, 9)


def blast(n: int, place: Spot, article: int | None = None) -> Report:
    """One outlet's report of a bombing (CAMEO 18) on the Friday, by no named side."""
    return Report(f"e{n}", f"a{article or n}", "18", FRIDAY, FRIDAY, 1, place)


def _groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_a_country_report_told_twice_by_its_article_joins_neither_city() -> None:
    # "a bomber blew himself up at a market in Ukraine on Friday ... the bomber detonated his
    # vest near a bus" (e1 at the country; e6, one article, placed only near its act there),
    # with a Lviv bombing (e2, e3) and an Odesa bombing (e4, e5) that Friday: its second event
    # fits either city as its first does, and tells no more which
    reports = [blast(1, COUNTRY), blast(2, LVIV), blast(3, LVIV), blast(4, ODESA)]
    reports += [blast(5, ODESA), replace(blast(6, COUNTRY, article=1), place=NEAR_COUNTRY)]
    assert _groups(reports) == [["e1"], ["e2", "e3"], ["e4", "e5"], ["e6"]]


def test_a_country_report_on_a_day_of_one_bombed_city_still_joins_it() -> None:
    # near miss: one act that day, told at the country twice by one article and at the city
    reports = [blast(1, COUNTRY), blast(2, LVIV), blast(3, LVIV)]
    reports.append(replace(blast(6, COUNTRY, article=1), place=NEAR_COUNTRY))
    assert _groups(reports) == [["e1", "e2", "e3", "e6"]]


def test_a_happening_placed_only_near_its_act_is_no_second_place() -> None:
    # "crowds mourned in Lviv ... the victims were killed on Friday" (e2, placed at a place
    # named near its act) is no bombing told at Lviv: the country report is not taken out
    near = replace(blast(2, LVIV), place=replace(LVIV, inferred=True))
    groups = _groups([blast(1, COUNTRY), near, blast(3, ODESA), blast(4, ODESA)])
    assert ["e1"] not in groups
