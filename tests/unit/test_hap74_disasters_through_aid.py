"""Issue 16, disasters told through aid, pledges, tolls and later reports (hap74): people or
places "hit by", "flattened by" the disaster beside the aid or pledge that answers it
(``hazards.csv``, ``stories._RESPONSE_ROOTS``); a span counted from a quake with its magnitude
("two days after the 6.1 quake"); train and air collisions told by their day, toll or a span
("Friday's train collision", "two days after the midair collision", "a freight train slammed
into a passenger train"); a merchant ship striking a bridge; a hazard named as known after
another verb's day, dated on or before it (``given_hazard``). Near misses: a car driven into
a crowd, a ship rammed or a collision "deliberately" caused, floods as a habit, a drill. Every
sentence here was written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import code, hazards, make_extract

Extract = Callable[[str], list[Event]]
TOLD = date(2024, 9, 17)  # a Tuesday
WEEK = date(2024, 9, 11)  # the week up to it


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    read = make_extract(geoparser)
    return lambda body: read(body, pub="2024-09-17")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The World Bank released 3 million dollars for families hit by the earthquake in "
            "southern Peru.",
            "DIS-QUAKE",
        ),
        (
            "Chile pledged on Monday to rebuild the schools flattened by the quake in Arequipa.",
            "DIS-QUAKE",
        ),
        (
            "The Red Cross sent aid to villages affected by floods in northern Portugal.",
            "DIS-FLOOD",
        ),
        (
            "Canada promised emergency funds for Fijian villages battered by the cyclone.",
            "DIS-STORM",
        ),
    ],
)
def test_disaster_beside_its_aid_or_pledge(extract: Extract, text: str, want: str) -> None:
    events = extract(text)
    assert want in [c for c, _, _ in hazards(events)]
    assert any(code(e)[:2] in ("03", "07") for e in events)  # the aid is kept


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Norway sent 500 tents on Tuesday to quake-hit villages in Arequipa.", "DIS-QUAKE"),
        (
            "The EU released aid on Tuesday for flood-stricken towns in northern Portugal.",
            "DIS-FLOOD",
        ),
        ("Australia flew supplies on Tuesday to cyclone-battered islands of Vanuatu.", "DIS-STORM"),
    ],
)
def test_hit_adjective_with_its_place_beside_aid(extract: Extract, text: str, want: str) -> None:
    assert [(c, s, e) for c, s, e in hazards(extract(text))] == [(want, WEEK, TOLD)]


@pytest.mark.parametrize(
    "text",
    [
        # "-prone" names no disaster
        "The EU released aid on Tuesday for flood-prone towns in northern Portugal.",
    ],
)
def test_hit_adjective_near_misses(extract: Extract, text: str) -> None:
    assert hazards(extract(text)) == []


def test_span_from_a_quake_with_its_magnitude(extract: Extract) -> None:
    text = "Two days after the 6.1 quake, rescuers were still searching collapsed homes in Cusco."
    assert [c for c, _, _ in hazards(extract(text))] == ["DIS-QUAKE"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The death toll from Saturday night's train collision in northern Spain rose to 21.",
            date(2024, 9, 14),
            date(2024, 9, 14),
        ),
        (
            "The minister resigned on Tuesday after a freight train slammed into a passenger "
            "train near Zaragoza.",
            WEEK,
            TOLD,
        ),
        (
            # no day told: the week up to publication, as for any undated report
            "A sleeper train ran into a stationary goods train near Nagpur, killing nine.",
            WEEK,
            TOLD,
        ),
        (
            "Divers searched the river on Tuesday, two days after the midair collision near "
            "Denver.",
            date(2024, 9, 15),
            date(2024, 9, 15),
        ),
    ],
)
def test_rail_and_air_collisions(extract: Extract, text: str, start: date, end: date) -> None:
    assert ("DIS-TRANSPORT", start, end) in hazards(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "A cargo ship lost steering and struck the main span of the Tagus bridge on Tuesday.",
        "The governor pledged to rebuild the bridge brought down by a container ship on Monday.",
    ],
)
def test_ship_striking_a_bridge(extract: Extract, text: str) -> None:
    assert "DIS-TRANSPORT" in [c for c, _, _ in hazards(extract(text))]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Cusco was still reeling on Tuesday from the 6.1 quake that killed 40 people.", WEEK),
        ("Villagers on Tuesday buried relatives killed by the 6.1 magnitude earthquake.", WEEK),
        # its own day, where the sentence gives it, is read as before
        ("On Tuesday, the quake struck Cusco, killing 40 people.", TOLD),
        ("The quake struck Cusco on Tuesday, killing 40 people.", TOLD),
    ],
)
def test_known_quake_dated_on_or_before_another_verbs_day(
    extract: Extract, text: str, start: date
) -> None:
    assert hazards(extract(text)) == [("DIS-QUAKE", start, TOLD)]


@pytest.mark.parametrize(
    "text",
    [
        "A car ploughed into a crowd of shoppers in Leeds on Tuesday.",
        "Officials said the patrol boat deliberately collided with the fishing vessel on Tuesday.",
        "Regions regularly hit by floods in Bangladesh need new embankments.",
        "The city was hit by a political earthquake when the mayor resigned.",
        "Homes destroyed by the floods are still empty.",
        "A missile slammed into a passenger train near Kharkiv on Tuesday.",
    ],
)
def test_near_misses_read_no_disaster(extract: Extract, text: str) -> None:
    assert hazards(extract(text)) == []


def test_survivors_protest_still_no_disaster(extract: Extract) -> None:
    codes = [code(e) for e in extract("Survivors of the floods protested in Porto on Tuesday.")]
    assert not any(c.startswith("DIS-") for c in codes)
