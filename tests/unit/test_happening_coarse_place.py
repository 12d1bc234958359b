"""A report placed at a whole country fitting two happenings told at towns in it (issue 16,
precision): it joins neither (``grouping._pointed``), as a week-dated report holding the days
of two happenings joins neither. Reports written for these tests."""

from __future__ import annotations

from datetime import date

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot

FRANCE = Spot("cc:FR", "France", "country", 46.6, 2.4, "FR", None, 3)
LYON = Spot("gn:2996944", "Lyon", "city", 45.75, 4.85, "FR", "FR-ARA", 1)
MARSEILLE = Spot("gn:2995469", "Marseille", "city", 43.30, 5.37, "FR", "FR-PAC", 1)
FRIDAY = date(2023, 3, 24)


def protest(n: int, place: Spot, article: str | None = None) -> Report:
    """A protest (CAMEO 14) told by article ``a{n}`` on Friday, naming no actor country."""
    return Report(f"e{n}", article or f"a{n}", "14", FRIDAY, FRIDAY, 1, place)


def _groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_a_country_report_fitting_marches_in_two_towns_joins_neither() -> None:
    # "thousands marched across France on Friday night" against a march in Lyon and one in
    # Marseille that night, each told by two outlets: the country cannot say which it tells
    reports = [
        protest(1, LYON),
        protest(2, LYON),
        protest(3, MARSEILLE),
        protest(4, MARSEILLE),
        protest(9, FRANCE),
    ]
    assert _groups(reports) == [["e1", "e2"], ["e3", "e4"], ["e9"]]


def test_two_country_reports_of_that_night_still_join_each_other() -> None:
    # the two reports told at the whole country are open to each other
    reports = [protest(1, LYON), protest(3, MARSEILLE), protest(8, FRANCE), protest(9, FRANCE)]
    assert _groups(reports) == [["e1"], ["e3"], ["e8", "e9"]]


def test_a_country_report_with_one_town_s_march_joins_it() -> None:
    # near miss: one march that night, in Lyon; the country report tells it
    reports = [protest(1, LYON), protest(2, LYON), protest(9, FRANCE)]
    assert _groups(reports) == [["e1", "e2", "e9"]]


def test_the_order_of_the_ids_does_not_decide() -> None:
    # the country report sorts first by id, yet the towns' happenings form before it
    reports = [protest(0, FRANCE), protest(1, LYON), protest(3, MARSEILLE)]
    assert _groups(reports) == [["e0"], ["e1"], ["e3"]]
