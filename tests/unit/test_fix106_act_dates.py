"""Two dates the reader gave the wrong act (issue 16, newuser99's date items 1 and 3): a
month and year after "striking miners" dated the participle's people, not the shooting that
governs them (``participle_people``), and "killed in last week's fighting, and declared a day
of mourning for Tuesday" dated the deaths by the mourning day (``within_dated``, TimeML
DURING). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real

PUB = "2025-02-17"  # a Monday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "Officials met on Wednesday to discuss the plant. The port was the scene of a deadly "
        "police shooting of striking dock workers in June 2016.",
    ],
)
def test_year_after_striking_people_dates_the_shooting(extract: Extract, body: str) -> None:
    shots = real(extract(body, pub=PUB), "18")
    assert shots
    assert all(e.when.start.year < 2020 for e in shots)


def test_killed_within_last_weeks_fighting_is_dated_last_week(extract: Extract) -> None:
    body = (
        "Chad said on Monday that 30 of its soldiers were killed in last week's fighting with "
        "rebels in the Tibesti area, and declared a day of mourning for Tuesday."
    )
    deaths = real(extract(body, pub=PUB), "19")
    assert deaths
    # the whole of last week, not its Tuesday (the mourning day's weekday)
    assert all((e.when.start, e.when.end) == (date(2025, 2, 10), date(2025, 2, 16)) for e in deaths)


def test_striking_people_before_a_day_keep_that_day(extract: Extract) -> None:
    # the participle's people before a weekday: the day still dates what they did
    body = "Striking nurses marched through the capital on Wednesday."
    evs = real(extract(body, pub=PUB), "14")
    assert evs
    assert all(e.when.start == date(2025, 2, 12) for e in evs)


def test_condemned_possessive_attack_keeps_the_telling_day(extract: Extract) -> None:
    # a possessive date on the verb's object (no "in"/"during") stays the noun's
    body = "Chad's president on Monday condemned last week's attack on a border post."
    evs = [e for e in extract(body, pub=PUB) if (e.event_code or "").startswith("11")]
    assert evs
    assert all(e.when.start == date(2025, 2, 17) for e in evs)
