"""hap51's own sentences for acts a reaction names only as its object: the protest a condemned
crackdown was aimed at, told with its own clause, place and day, is a happening of its own.
Near-misses keep their reading. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_protests_a_condemned_crackdown_was_aimed_at_are_a_happening(extract: Extract) -> None:
    body = (
        "Rights groups condemned the crackdown on protests that broke out in Tbilisi on Thursday."
    )
    protests = real(extract(body, "2024-03-16"), "14")
    assert [where(e)[0] for e in protests] == ["Tbilisi"]
    assert [str(e.date_start) for e in protests] == ["2024-03-14"]


def test_protests_spread_across_a_country_keep_their_place(extract: Extract) -> None:
    body = (
        "Several governments denounced the repression of protests that spread across Georgia "
        "on Thursday."
    )
    protests = real(extract(body, "2024-03-16"), "14")
    assert [where(e)[1] for e in protests] == ["GE"]


def test_a_crackdown_on_protesters_tells_no_protest_of_its_own(extract: Extract) -> None:
    # near-miss: who was repressed, with no clause saying a protest took place
    body = "Rights groups condemned the crackdown on protesters in Tbilisi on Thursday."
    assert not real(extract(body, "2024-03-16"), "14")


def test_a_crackdown_on_planned_protests_is_no_protest(extract: Extract) -> None:
    # near-miss: a protest planned has not happened
    body = "Rights groups condemned the crackdown on protests planned in Tbilisi for Saturday."
    assert not real(extract(body, "2024-03-16"), "14")


def test_talks_named_as_the_occasion_of_a_statement_are_a_meeting(extract: Extract) -> None:
    body = (
        "Macron told Scholz at their talks in Berlin yesterday that France would back the plan "
        "once Italy lifted its veto."
    )
    met = real(extract(body, "2024-03-16"), "04")
    assert [where(e)[0] for e in met] == ["Berlin"]
    assert [str(e.date_start) for e in met] == ["2024-03-15"]
    assert {"Emmanuel Macron", "Olaf Scholz"} <= set(met[0].actors)


def test_a_summit_a_pact_was_signed_at_is_dated_by_its_own_phrase(extract: Extract) -> None:
    body = (
        "Seoul said on Friday it was alarmed by the pact Lavrov and Wang signed at their summit "
        "in Beijing a day earlier."
    )
    met = real(extract(body, "2024-03-16"), "04")
    assert [(where(e)[0], str(e.date_start)) for e in met] == [("Beijing", "2024-03-14")]


def test_talks_still_to_come_are_no_meeting_held(extract: Extract) -> None:
    # near-miss: the occasion of a planned act is planned too
    body = "Macron will sign a defence pact with Scholz at their talks in Berlin on Monday."
    assert not real(extract(body, "2024-03-16"), "04")
