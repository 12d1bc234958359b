"""A vessel seized, told with the vessel before its verb (issue 16): in a relative clause
whose object is the vessel, in a contact clause with no relative word, by "it" pointing back
to the vessel, and in a relative clause inside a trailing appositive after another act. CAMEO
1.1b3 §171 (a state's forces seize property) and §181 (irregulars hijack a vessel). Our own
sentences; near-misses where the vessel is the subject, or the verb has an object of its own,
stay unread. Publication is a Thursday, 2026-06-18."""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def taken(events: list[Event]) -> list[Event]:
    return [e for e in events if code(e) in ("171", "181")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Officials said the freighter that navy marines boarded on Monday was heading to Oman.",
            "171",
        ),
        ("The insurers said the trawler pirates took last week had been found.", "181"),
        (
            "The owners said their dhow was fishing near the coast when coast guards took it "
            "on Tuesday.",
            "171",
        ),
    ],
)
def test_a_vessel_taken_before_its_verb_is_read(extract: Extract, body: str, expected: str) -> None:
    assert [code(e) for e in taken(real(extract(body), "17", "18"))] == [expected]


def test_a_seizure_in_an_appositive_after_a_plea_is_its_own_happening(
    extract: Extract,
) -> None:
    body = (
        "Norway on Tuesday urged Venezuela to release the Nordlys, a fishing trawler that "
        "Venezuelan coast guards impounded off Margarita Island on Sunday."
    )
    events = extract(body)
    seized = taken(real(events, "17"))
    assert [code(e) for e in real(events, "02")] == ["0253"]
    assert seized
    assert seized[0].roles.source_country == "VE"
    assert str(seized[0].date_start) == "2026-06-14"


@pytest.mark.parametrize(
    "body",
    [
        # the vessel is who acts, or the verb takes an object of its own
        "The tanker that the navy escorted through the strait reached port on Monday.",
        "The ship's guards took cover when the storm hit the harbour on Monday.",
        "The freighter its sailors took to Cyprus for repairs left the yard on Monday.",
        "The vessel, whose marines took part in the drill, returned to port on Monday.",
        "The navy escorted the tanker on Monday, and its commanders took it seriously.",
    ],
)
def test_near_misses_read_no_seizure(extract: Extract, body: str) -> None:
    assert not taken(extract(body))


def test_a_vessel_surrounded_and_diverted_by_armed_men_is_taken(extract: Extract) -> None:
    body = (
        "Three armed boats intercepted a freighter near the strait on Monday "
        "and diverted it to a port in the south, the insurer said."
    )
    assert taken(real(extract(body), "17", "18"))


def test_a_vessel_stopped_by_police_and_boarded_to_search_it_is_no_seizure(
    extract: Extract,
) -> None:
    body = "Customs officers stopped the yacht near the marina and searched it for drugs."
    assert not taken(extract(body))


# A strike made with weapons is force (CAMEO 1.1b3 §190), whatever stands before its target;
# a labour strike (§143) is never made with arms.
def test_a_strike_told_with_its_weapons_before_its_target_is_force(extract: Extract) -> None:
    body = (
        "The army said its units had carried out a strike with ballistic missiles on a fuel "
        "depot near the border on Tuesday."
    )
    assert real(extract(body), "19")


def test_a_labour_strike_with_the_union_s_backing_stays_a_strike(extract: Extract) -> None:
    body = "Dock workers began a strike with the backing of their union on Monday."
    assert not real(extract(body), "18", "19", "20")


# the port a ship was sailing to after its origin is its goal, as "bound for" is: no place
# of what befell it on the way
def test_a_voyage_s_port_of_call_is_not_where_the_ship_was_seized(extract: Extract) -> None:
    body = (
        "Navy commandos seized the freighter Lark on Monday during its passage from Jeddah "
        "to Mombasa, the owner said."
    )
    events = taken(real(extract(body), "17", "18"))
    assert events
    assert where(events[0])[1] != "KE"
