"""A fresh user's date faults (stop 37): an undated happening in a story about one dated
happening took the week before publication (a landslide dated before the storm that caused
it); a summit to be hosted in a future year took the week after publication; and a "last
week" of a clause joined on with its own subject dated the first clause's act. Near misses:
an act in the present perfect keeps the inferred week, and a date of the first clause stays
its own. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract

PUB = "2024-05-09"  # a Thursday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _one(events: list, word: str):  # type: ignore[no-untyped-def]
    found = [e for e in events if word in e.evidence[0].text]
    assert found, [e.evidence[0].text for e in events]
    return found[0]


STORM = (
    "A powerful storm struck the coast of Valparaiso on Tuesday, killing 12 people, "
    "officials said on Thursday.\n\n"
    "Landslides buried dozens of homes in the hills above the port.\n\n"
    "Argentina offered rescue teams."
)


def test_an_undated_hazard_in_a_hazard_story_takes_the_storms_day(extract: Extract) -> None:
    ev = _one(extract(STORM, pub=PUB), "Landslides")
    assert (ev.date_start, ev.date_end) == (date(2024, 5, 7), date(2024, 5, 7))
    assert ev.when.precision == 1


def test_an_undated_response_falls_between_the_storm_and_publication(extract: Extract) -> None:
    ev = _one(extract(STORM, pub=PUB), "offered")
    assert (ev.date_start, ev.date_end) == (date(2024, 5, 7), date(2024, 5, 9))
    # near miss: told in the present perfect, the offer has no time in the story's sequence
    perfect = STORM.replace("Argentina offered", "Argentina has offered")
    ev = _one(extract(perfect, pub=PUB), "offered")
    pub = date.fromisoformat(PUB)
    assert (ev.date_start, ev.date_end) == (pub - timedelta(days=6), pub)


def test_a_summit_hosted_in_a_future_year_takes_that_year(extract: Extract) -> None:
    text = (
        "Foreign ministers met in Lima on Wednesday. Chile will host the next summit in 2026 "
        "in Santiago."
    )
    ev = _one(extract(text, pub=PUB), "host")
    assert (ev.date_start, ev.date_end) == (date(2026, 1, 1), date(2026, 12, 31))
    assert ev.when.precision == 4


def test_a_joined_clauses_last_week_is_not_the_first_clauses(extract: Extract) -> None:
    text = (
        "The African Union urged calm in Bamako, and monitors from the regional bloc said "
        "last week that voting had been orderly."
    )
    ev = _one(extract(text, pub=PUB), "urged")
    assert ev.date_end > date(2024, 5, 5)  # not the week of 29 April to 5 May
    # near miss: a date of the first clause stays its own
    ev = _one(extract(text.replace("Bamako,", "Bamako on Tuesday,"), pub=PUB), "urged")
    assert (ev.date_start, ev.date_end) == (date(2024, 5, 7), date(2024, 5, 7))


def test_an_act_done_at_a_meeting_takes_the_meetings_day(extract: Extract) -> None:
    text = (
        "Arab League ministers condemned the shelling at an emergency meeting yesterday, "
        "and the Security Council met."
    )
    ev = _one(extract(text, pub=PUB), "condemned")
    assert (ev.date_start, ev.date_end) == (date(2024, 5, 8), date(2024, 5, 8))
