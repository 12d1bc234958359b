"""What reports say that tells two happenings of one type apart (``happenings.cues``), on
sentences and reports written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from dashboard.happenings import Report, Spot, match
from dashboard.happenings.cues import magnitude, show_kind, two_quakes

VAN = Spot("a1:TR-65", "Van", "admin1", 38.5, 43.4, "TR", "TR-65", 3)
DAY = date(2021, 3, 3)


def quake(n: int, mag: float | None, day: date = DAY) -> Report:
    return Report(f"e{n}", f"a{n}", "DIS-QUAKE", day, day, 1, VAN, magnitude=mag)


@pytest.mark.parametrize(
    ("sentences", "value"),
    [
        (["A magnitude 6.1 earthquake shook the lake shore."], 6.1),
        (["The 5.4-magnitude tremor was felt in two towns."], 5.4),
        (["Seismologists measured it at magnitude 7 on Tuesday."], 7.0),
        (["An Mw 6.3 quake struck before dawn."], 6.3),
        (["A strong quake shook the valley."], None),
        (["A 4.9 magnitude foreshock preceded the magnitude 6.6 shock."], 6.6),
        (["The earthquake struck a day after a magnitude 5.8 foreshock rattled the town."], None),
        (["A magnitude 6.0 quake hit at noon; a 4.1-magnitude aftershock followed."], 6.0),
        (["The road was 2.5 m wide."], None),
    ],
)
def test_the_magnitude_a_report_gives(sentences: list[str], value: float | None) -> None:
    assert magnitude(sentences) == value


def test_a_foreshock_and_its_main_shock_a_day_apart_are_two_quakes() -> None:
    assert match(quake(1, 5.2), quake(2, 6.9, DAY + timedelta(days=1))) is None


@pytest.mark.parametrize(("a", "b"), [(6.8, 7.2), (7.0, 7.7), (6.1, None), (None, None)])
def test_magnitudes_within_the_agencies_spread_or_unknown_still_merge(
    a: float | None, b: float | None
) -> None:
    assert not two_quakes(a, b)
    assert match(quake(1, a), quake(2, b)) is not None


def test_great_quakes_are_never_told_apart_by_early_estimates() -> None:
    assert not two_quakes(7.9, 9.0)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The two navies held a joint drill off the cape", "exercise"),
        ("Troops staged war games near the border", "exercise"),
        ("The army fired two short-range missiles into the sea", "launch"),
        ("The air force held a drill firing live missiles", None),
        ("The navy deployed a destroyer to the strait", None),
    ],
)
def test_a_show_of_force_told_as_an_exercise_or_a_launch(text: str, kind: str | None) -> None:
    assert show_kind(text) == kind


def test_a_drill_and_a_launch_on_one_day_in_one_place_are_two_happenings() -> None:
    sea = Spot("rg:yellow-sea", "Yellow Sea", "sea", 35.5, 123.5, None, None, 3)
    launch = Report("e1", "a1", "15", DAY, DAY, 1, sea, kind="launch")
    assert match(launch, replace(launch, event_id="e2", article_id="a2")) is not None
    assert match(launch, replace(launch, event_id="e2", article_id="a2", kind="exercise")) is None
