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
