"""Strikes launched on a place are force, not a walkout: "Israel launched strikes on
Hezbollah positions in southern Lebanon" was coded 143 (conduct strike or boycott) and placed
in Israel (newuser13). A labour strike is called on a date or against a measure, and stays 143.
Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel launched strikes on Hezbollah positions in southern Lebanon on Tuesday.",
        "The coalition carried out a strike on a rebel depot near Hodeidah on Monday.",
        "Turkey mounted strikes inside northern Iraq on Sunday.",
    ],
)
def test_strikes_launched_on_a_place_are_force(extract: Extract, sentence: str) -> None:
    assert rooted(extract(sentence), "19")
    assert not rooted(extract(sentence), "14")


def test_the_strike_is_where_it_landed(extract: Extract) -> None:
    (strike,) = rooted(
        extract("Israel launched strikes on Hezbollah positions in southern Lebanon on Tuesday."),
        "19",
    )
    assert where(strike)[0] == "Lebanon"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dockers launched a strike on Monday over unpaid wages.",
        "Unions called a strike on 5 May over pensions.",
        "Teachers staged a strike on the eve of the exams.",
        "Rail workers launched a strike against the pension reform on Monday.",
        # strikers as the subject, or a workplace struck: a walkout, whatever follows "on"
        "Dockworkers launched a strike on the port of Mombasa on Monday.",
        "Students launched a strike on campus in Nairobi.",
    ],
)
def test_a_walkout_stays_a_walkout(extract: Extract, sentence: str) -> None:
    assert rooted(extract(sentence), "14")
    assert not rooted(extract(sentence), "19")


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel launched strikes on Monday on Hamas positions in Gaza.",
        "Russia launched strikes on May 5 on Kharkiv.",
    ],
)
def test_a_date_before_the_target_makes_no_walkout(extract: Extract, sentence: str) -> None:
    assert not rooted(extract(sentence), "14")


def test_strikers_carrying_out_a_strike_use_no_force(extract: Extract) -> None:
    sentence = "Unions carried out a strike on the eve of the election in Nairobi."
    assert not rooted(extract(sentence), "19")
