"""fix99: a sea inside an institution's title is no place ("the University of the South
Pacific" is on land), and "overnight" after a sentence that steps back behind the story's
day (a flashback) is the report's night, not the night after the recalled day. Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, rooted

PUB = "2024-03-15"  # a Friday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _kinds(geoparser: Geoparser, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.place.kind) for m in geoparser.parse(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Auditors opened a review of the University of the South Pacific last month.",
        "The regulator fined the Bank of the South Pacific over its lending.",
        "Lecturers at the University of the Mediterranean walked out on Monday.",
    ],
)
def test_sea_ending_a_title_is_no_place(geoparser: Geoparser, text: str) -> None:
    assert not [k for k in _kinds(geoparser, text) if k[1] == "sea"]


@pytest.mark.parametrize(
    "text",
    [
        "A cargo ship sank in the South Pacific on Monday.",
        "Fishing boats gathered off the east bank of the Red Sea.",
        "Ministers from around the Pacific met in Tonga.",
    ],
)
def test_sea_outside_a_title_stays(geoparser: Geoparser, text: str) -> None:
    assert [k for k in _kinds(geoparser, text) if k[1] == "sea"]


def test_title_keeps_the_town_beside_it(geoparser: Geoparser) -> None:
    text = "She taught at the University of the South Pacific in Suva."
    assert _kinds(geoparser, text) == [("Suva", "city")]


@pytest.mark.parametrize(
    "body",
    [
        "The mayor closed the schools on Thursday. The strike had begun on Monday. "
        "Overnight, rioters torched two buses in the port.",
        "Troops sealed the border on Thursday. The first clashes broke out on Tuesday. "
        "Shells hit three villages overnight.",
    ],
)
def test_overnight_after_a_flashback_is_the_reports_night(extract: Extract, body: str) -> None:
    events = [e for e in extract(body, PUB) if e.when.text == "overnight"]
    assert events
    assert all(e.when.start == date(2024, 3, 15) for e in events)


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("Police arrested 30 protesters on Tuesday. Overnight, rioters torched two buses.", 13),
        (
            "Police arrested 30 protesters on Tuesday. The march went on on Wednesday. "
            "Overnight, rioters torched two buses.",
            14,
        ),
    ],
)
def test_overnight_after_the_story_day_is_its_night(extract: Extract, body: str, day: int) -> None:
    torched = [e for e in rooted(extract(body, PUB), "17") if e.when.text == "overnight"]
    assert [e.when.start for e in torched] == [date(2024, 3, day)]


@pytest.mark.parametrize(
    "body",
    [
        "Under the treaty, an attack on any member state will be treated as an attack on "
        "all of them, the minister said.",
        "A missile strike on any of the islands would be viewed as an attack on the country, "
        "the admiral warned.",
        "Under the pact, a raid on one of the bases will be considered as an attack on all members.",
    ],
)
def test_a_classed_kind_is_no_act(extract: Extract, body: str) -> None:
    assert not real(extract(body, PUB), "19", "20")


@pytest.mark.parametrize(
    "body",
    [
        "The bombing of the depot on Monday was seen as a warning to the government.",
        "Rebels attacked the depot on Monday, an assault that will be seen as a warning.",
    ],
)
def test_a_told_act_classed_stays(extract: Extract, body: str) -> None:
    assert real(extract(body, PUB), "18", "19")


@pytest.mark.parametrize(
    "body",
    [
        "Crowds gathered at the pier to greet the rescued sailors on Sunday.",
        "Hundreds of relatives assembled outside the prison to welcome the released detainees.",
    ],
)
def test_a_crowd_gathered_to_greet_hosts_nothing(extract: Extract, body: str) -> None:
    assert not rooted(extract(body, PUB), "04", "05")


@pytest.mark.parametrize(
    "body",
    [
        "The king received the French envoy in Rabat on Sunday.",
        "President Ruto greeted the Ghanaian leader at State House on Sunday.",
    ],
)
def test_a_host_still_receives(extract: Extract, body: str) -> None:
    assert rooted(extract(body, PUB), "04")
