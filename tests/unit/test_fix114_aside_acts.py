"""Session 89, fix114 (newuser104's items): acts told aside from the main one read as acts of
their own: a past-perfect act of a relative clause on a preposition's noun, a remark heard in
a recording, a patrol someone walks up to. Sentences written for these tests, with other
names, places and topics than the report's."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "root"),
    [
        (
            "The council on Monday cancelled the mine's licence, a win for herders who had "
            "occupied the site for three months.",
            "19",
        ),
        (
            "The regulator on Friday fined the bank, siding with customers who had picketed "
            "its branches for weeks.",
            "14",
        ),
    ],
)
def test_a_relative_clauses_past_span_is_no_act_of_the_day(
    extract: Extract, body: str, root: str
) -> None:
    assert not rooted(extract(body), root)


@pytest.mark.parametrize(
    ("body", "root"),
    [
        ("In the video posted on Sunday, the minister is heard urging the mayor to resign.", "02"),
        (
            "In the footage aired on Monday, the governor is heard asking the police chief to "
            "clear the square.",
            "02",
        ),
    ],
)
def test_a_remark_heard_in_a_recording_is_no_new_act(
    extract: Extract, body: str, root: str
) -> None:
    assert not rooted(extract(body), root)


@pytest.mark.parametrize(
    "body",
    [
        "A man drove up to an army patrol on Sunday and handed over a rifle.",
        "The fisherman steered towards a naval patrol on Monday and asked for water.",
    ],
)
def test_a_patrol_someone_goes_to_is_no_show_of_force(extract: Extract, body: str) -> None:
    assert not rooted(extract(body), "15")


@pytest.mark.parametrize(
    ("body", "root"),
    [
        ("Protesters who had marched for days reached the capital on Monday.", "14"),
        ("Police on Monday arrested the men who had attacked the convoy on Sunday.", "17"),
        ("The minister on Monday urged the mayor to resign.", "02"),
        ("The navy sent a patrol to the strait on Tuesday.", "15"),
    ],
)
def test_acts_told_as_the_sentences_own_stay(extract: Extract, body: str, root: str) -> None:
    assert real(extract(body), root)
