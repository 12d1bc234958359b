"""A strike told across compass parts of a country ("across northern and western Syria") is
no report of a strike on a town of that country lying outside those parts, on the same day
and by the same side (issue 16, precision: ``happenings.compass``). A town inside a part told,
a report naming the town too, and a country report naming no part still meet the town's
report. Reports and sentences written for these tests, read from stored rows as the store
reads them (``happening_reports._report``)."""

from __future__ import annotations

import json
from datetime import date
from types import SimpleNamespace

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.store.happening_reports import _report

BOX = (35.7, 32.3, 42.35, 37.23)  # Syria's box: west, south, east, north
SYRIA = Spot("cc:SY", "Syria", "country", 35.0, 38.0, "SY", None, 3, BOX)
DEIR = Spot("gn:170794", "Deir ez-Zor", "city", 35.34, 40.14, "SY", "SY-09", 1)
ALEPPO = Spot("gn:170063", "Aleppo", "city", 36.2, 37.16, "SY", "SY-01", 1)
SPOTS = {s.id: s for s in (SYRIA, DEIR, ALEPPO)}
DAY = date(2024, 10, 2)


def told(n: int, place: Spot, sentence: str, named: frozenset[str] = frozenset()) -> Report:
    """Outlet ``n``'s report of a Turkish air strike in Syria (CAMEO 195) on ``DAY``."""
    row = SimpleNamespace(
        id=f"e{n}",
        article_id=f"a{n}",
        event_code="19",
        date_start=DAY,
        date_end=DAY,
        time_precision=1,
        location_id=place.id,
        geo_precision=place.precision,
        by_dateline=False,
        told_abroad=None,
        actors=json.dumps(["Turkey"]),
        actor_countries=json.dumps(["TR"]),
        detail=json.dumps({"event_code": "195", "roles": {"source_country": "TR"}}),
        unreal=False,
        summary=sentence,
        evidence=json.dumps([{"text": sentence}]),
    )
    return _report(row, SPOTS, {}, named)


def _groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_a_town_outside_the_parts_told_is_another_strike() -> None:
    reports = [
        told(1, DEIR, "A Turkish drone struck a fuel depot in Deir ez-Zor on Wednesday."),
        told(
            2, SYRIA, "Turkish jets struck targets across southern and western Syria on Wednesday."
        ),
    ]
    assert _groups(reports) == [["e1"], ["e2"]]


def test_a_town_outside_two_diagonal_parts_is_another_strike() -> None:
    reports = [
        told(1, ALEPPO, "A Turkish drone hit a checkpoint in Aleppo on Wednesday."),
        told(
            2, SYRIA, "Turkish drones pounded south-eastern and north-eastern Syria on Wednesday."
        ),
    ]
    assert _groups(reports) == [["e1"], ["e2"]]


def test_a_report_told_in_one_part_is_left_to_the_wide_rule() -> None:
    # near miss: one part named; with one town's strike that day, the country report meets it
    reports = [
        told(1, ALEPPO, "A Turkish drone hit a checkpoint in Aleppo on Wednesday."),
        told(2, SYRIA, "Turkish drones pounded south-eastern Syria on Wednesday, killing 9."),
    ]
    assert _groups(reports) == [["e1", "e2"]]


def test_a_town_inside_a_part_told_still_meets() -> None:
    # near miss: Aleppo lies in the north and the west of Syria's box
    reports = [
        told(1, ALEPPO, "A Turkish drone hit a checkpoint in Aleppo on Wednesday."),
        told(2, SYRIA, "Turkish jets struck targets across northern Syria on Wednesday."),
    ]
    assert _groups(reports) == [["e1", "e2"]]


def test_a_country_report_naming_no_part_still_meets() -> None:
    reports = [
        told(1, DEIR, "A Turkish drone struck a fuel depot in Deir ez-Zor on Wednesday."),
        told(2, SYRIA, "Turkish jets struck targets in Syria on Wednesday."),
    ]
    assert _groups(reports) == [["e1", "e2"]]


def test_a_wide_report_naming_the_town_still_meets() -> None:
    sentence = "Turkish jets struck northern Syria and a depot in Deir ez-Zor on Wednesday."
    reports = [
        told(1, DEIR, "A Turkish drone struck a fuel depot in Deir ez-Zor on Wednesday."),
        told(2, SYRIA, sentence, frozenset({DEIR.id})),
    ]
    assert _groups(reports) == [["e1", "e2"]]
