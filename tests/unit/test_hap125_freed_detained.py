"""Session 94, hap125: a captive "set free" is a release of persons (§0841), the pronoun
between the verb and "free" ("set her free") as a held person's noun ("set the reporter
free"); and a passive act done to a person in a trailing non-restrictive relative ("…, who
was detained in the capital on Monday") is a happening of its own with its day even when
the main clause names no day. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "Militants set the kidnapped journalist free near Kandahar on Monday.",
        "The regime set him free on Monday after eight years in jail.",
        "The sailor flew home to Manila on Tuesday, a day after the pirates set him free.",
    ],
)
def test_set_free_is_a_release_of_persons(extract: Extract, body: str) -> None:
    events = extract(body)
    assert real(events, "0841"), [code(e) for e in events]


@pytest.mark.parametrize(
    "body",
    [
        "The engineers set the river free of its old dams on Monday.",
        "The coach set the budget for the season on Monday.",
    ],
)
def test_set_free_of_a_thing_is_no_release(extract: Extract, body: str) -> None:
    assert not real(extract(body), "08"), [code(e) for e in extract(body)]


def test_passive_arrest_in_trailing_relative_is_its_own_act(extract: Extract) -> None:
    body = (
        "Human rights groups condemned the treatment of the 71-year-old former president, "
        "who was detained in Lusaka on Monday."
    )
    events = extract(body)
    arrests = real(events, "17")
    assert arrests, [code(e) for e in events]
    assert arrests[0].date_start == date(2026, 6, 15)
    assert where(arrests[0]) == ("Lusaka", "ZM")
    assert real(events, "11"), [code(e) for e in events]  # the main act stays


def test_active_relative_without_a_main_day_stays_unread(extract: Extract) -> None:
    # an active relative's subject is the person named before it, no patient of an act
    body = "Critics mocked the 71-year-old former president, who visited Lusaka on Monday."
    events = extract(body)
    assert not [e for e in events if code(e).startswith("04")], [code(e) for e in events]
