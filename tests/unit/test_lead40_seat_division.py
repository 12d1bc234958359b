"""A town and the first-level division named after it that holds it are one place to the
merge: a report's bare "Idlib" may be resolved to the governorate and another's "the city of
Idlib" to the town (geo15's type-word rule reads the second as the town), and the pair of
flood reports fell just under the merge bar (seen on happenings set A). Every value here was
written for the test."""

from __future__ import annotations

from datetime import date

from dashboard.happenings.containment import seat_and_division
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match, place_part

CITY = Spot("gn:1", "Idlib", "city", 35.93, 36.63, "SY", "SY-ID", 1)
GOVERNORATE = Spot("a1:SY-ID", "Idlib", "admin1", 35.8, 36.6, "SY", "SY-ID", 3)
OTHER_TOWN = Spot("gn:2", "Saraqib", "city", 35.86, 36.8, "SY", "SY-ID", 1)


def _flood(event_id: str, day: int, place: Spot) -> Report:
    return Report(
        event_id, f"art-{event_id}", "DIS-FLOOD", date(2025, 3, day), date(2025, 3, day), 1, place
    )


def test_a_town_and_the_division_of_its_name_are_one_place() -> None:
    assert seat_and_division(GOVERNORATE, CITY)
    part = place_part(_flood("a", 2, CITY), _flood("b", 3, GOVERNORATE))
    assert part is not None
    assert part.score > 0.7


def test_one_flood_told_at_the_town_and_at_its_division_merges() -> None:
    # a day report at the town; a week report placed at the division its sentence names
    # (an inferred place): "Idlib is in Idlib" at 0.7 left the pair just under the merge bar
    week = Report(
        "b",
        "art-b",
        "DIS-FLOOD",
        date(2025, 3, 3),
        date(2025, 3, 9),
        2,
        Spot("a1:SY-ID", "Idlib", "admin1", 35.8, 36.6, "SY", "SY-ID", 3, inferred=True),
    )
    assert match(_flood("a", 2, CITY), week) is not None


def test_near_miss_another_town_of_the_division_is_only_inside_it() -> None:
    assert not seat_and_division(GOVERNORATE, OTHER_TOWN)
    part = place_part(_flood("a", 2, OTHER_TOWN), _flood("b", 3, GOVERNORATE))
    assert part is not None
    assert part.score == 0.7


def test_near_miss_a_namesake_town_outside_the_division() -> None:
    elsewhere = Spot("gn:3", "Idlib", "city", 33.0, 44.0, "IQ", "IQ-BG", 1)
    assert not seat_and_division(GOVERNORATE, elsewhere)
