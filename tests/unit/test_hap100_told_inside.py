"""Acts a report tells inside another act's sentence, which the reader left unread or read as
force (issue 16, recall): an arrest in a relative clause that the main clause goes on past, a
strike named by a noun under an appeal or a meeting with a possessive day, a collision told
by the damage it did or by a possessive day. Every sentence below was written for these
tests; none is taken from an evaluation set. Publication is a Thursday, 2026-06-18."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, hazards, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _days(events: list, root: str) -> list[str]:
    return [str(e.date_start) for e in real(events, root)]


@pytest.mark.parametrize(
    "body",
    [
        # Quirk et al. 1985, 17.22: the clause is set off by commas, and "and said" is the
        # main clause's next predicate (13.46), so the clause's own day dates its own act
        "The Dutch consulate on Wednesday asked to see Anna de Vries, who was arrested in "
        "Tbilisi on Tuesday, and said Georgia had not replied.",
        "Her family on Wednesday denied the charges against Lena Park, who was arrested in "
        "Busan on Tuesday; police gave no details.",
    ],
)
def test_an_arrest_in_a_closed_relative_clause_is_read_on_its_day(
    extract: Extract, body: str
) -> None:
    assert _days(extract(body), "17") == ["2026-06-16"], body


def test_a_relative_clause_with_a_comma_inside_stays_unread(extract: Extract) -> None:
    # a comma that no coordinated verb follows may sit inside a place ("Tbilisi, Georgia"):
    # the clause's end is unknown, so its act is left as before (precision first)
    body = (
        "The Dutch consulate on Wednesday asked to see Anna de Vries, who was arrested in "
        "Tbilisi, Georgia, on Tuesday, and urged her release."
    )
    assert _days(extract(body), "17") == []


@pytest.mark.parametrize(
    ("body", "root", "day"),
    [
        # TimeML 1.2.1: the possessive day anchors the noun it modifies, so the strike under
        # the appeal (or the meeting) happened on Monday, as well as the appeal on Wednesday
        (
            "Doctors' unions on Wednesday called for an inquiry into Monday's Syrian strike on "
            "the main hospital in Idlib.",
            "19",
            "2026-06-15",
        ),
        (
            "Jordan on Wednesday asked for an urgent meeting of the Arab League on Monday's "
            "Israeli air strike on the Jordanian field hospital in Gaza City.",
            "19",
            "2026-06-15",
        ),
    ],
)
def test_a_strike_named_with_a_possessive_day_under_an_appeal_is_read(
    extract: Extract, body: str, root: str, day: str
) -> None:
    assert _days(extract(body), root) == [day], body


def test_a_labour_strike_with_a_possessive_day_is_no_force(extract: Extract) -> None:
    body = "Dock workers on Wednesday called for talks on Monday's strike at the port of Antwerp."
    assert real(extract(body), "18", "19", "20") == []


def test_a_hull_torn_open_when_a_freighter_struck_it_is_a_collision(extract: Extract) -> None:
    # Merriam-Webster collide v. 1: two craft meeting with direct impact; a freighter has no
    # arms to fight with, so this is no use of force (CAMEO 1.1b3 §19), and "it" is the craft
    body = (
        "The hull of the trawler Maria was split open when the freighter Nordlys struck it near "
        "the mouth of the Elbe on Tuesday, the owners said."
    )
    events = extract(body)
    assert [(c, str(a)) for c, a, _ in hazards(events)] == [("DIS-COLLISION", "2026-06-16")]
    assert real(events, "18", "19", "20") == []


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Divers on Thursday reached the ferry damaged in Tuesday's collision off the "
            "island of Gotland.",
            "DIS-COLLISION",
        ),
        (
            "Engineers on Thursday reached the cargo ship damaged in Tuesday's collision with "
            "the Storstrom Bridge.",
            "DIS-TRANSPORT",
        ),
    ],
)
def test_a_craft_damaged_in_a_dated_collision_tells_the_collision(
    extract: Extract, body: str, kind: str
) -> None:
    assert [(c, str(a)) for c, a, _ in hazards(extract(body))] == [(kind, "2026-06-16")], body


@pytest.mark.parametrize(
    "body",
    [
        "The coast guard said on Thursday it had offered medical help to the crew of the ferry "
        "damaged in Tuesday's collision off the island of Gotland.",
        "Divers on Thursday inspected the ferry damaged in Tuesday's collision off the island "
        "of Gotland.",
    ],
)
def test_a_dated_collision_under_another_main_act_is_read(extract: Extract, body: str) -> None:
    # the aid or the inspection is the main act; the possessive day anchors the collision
    # noun to its own day (TimeML 1.2.1), so the collision is read beside it
    assert [(c, str(a)) for c, a, _ in hazards(extract(body))] == [
        ("DIS-COLLISION", "2026-06-16")
    ], body


def test_a_visit_to_survivors_of_a_dated_quake_keeps_its_day_and_place(extract: Extract) -> None:
    # a negative: the quake noun right after the day is the visit's object, not a reduced
    # relative on a craft; the visit keeps its own day and the place where it was
    body = (
        "President Ruto on Tuesday visited survivors of Monday's earthquake in Nakuru and "
        "promised money to rebuild their homes."
    )
    visits = real(extract(body), "04")
    assert [str(e.date_start) for e in visits] == ["2026-06-16"]
    assert [e.location.text if e.location else None for e in visits] == ["Nakuru"]


def test_a_training_ship_that_struck_a_bridge_is_an_accident(extract: Extract) -> None:
    # a navy's sail training ship carries cadets, no arms: its striking a bridge is an
    # accident (EM-DAT transport, water), not a use of force (CAMEO 1.1b3 §19)
    body = "A Chilean navy training ship struck the Golden Horn Bridge on Tuesday night."
    events = extract(body)
    assert [c for c, _, _ in hazards(events)] == ["DIS-TRANSPORT"]
    assert real(events, "18", "19", "20") == []


def test_a_collision_planned_as_a_drill_is_no_accident(extract: Extract) -> None:
    # a negative: no possessive day, no damage, no collision told
    body = "Coast guards will rehearse a collision off the island of Gotland on Tuesday."
    assert [c for c, _, _ in hazards(extract(body))] == []
