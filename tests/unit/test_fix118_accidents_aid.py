"""Session 90, fix118 (newuser107's roots 1 and 6): a merchant ship that struck a bridge or pier
told as 'it' after the structure is named, a crowd crush told as the subject of its toll, and
foreign troops called in or invited (an appeal for military aid, the purpose infinitive after it
no act done). Sentences written for these tests, with other names, places and topics."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, hazard_codes, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "Three painters on the pier at Portmoor drowned when a tanker hit it on June 2.",
        "Two dockers who were unloading crates on the jetty died when a freighter rammed it on June 2.",
    ],
)
def test_a_merchant_ship_that_struck_it_is_a_transport_accident(
    extract: Extract, body: str
) -> None:
    events = extract(body)
    assert hazard_codes(events) == ["DIS-TRANSPORT"]
    assert not rooted(events, "18", "19", "20")


@pytest.mark.parametrize(
    "body",
    [
        "A crush killed 31 pilgrims at the shrine in Aldbury on June 2.",
        "The deadly crush left 12 concertgoers injured at the arena in Aldbury on June 2.",
    ],
)
def test_a_crush_told_as_the_subject_of_its_toll_is_an_accident(
    extract: Extract, body: str
) -> None:
    events = extract(body)
    assert hazard_codes(events) == ["DIS-ACCIDENT"]
    assert not rooted(events, "18", "19", "20")


@pytest.mark.parametrize(
    "body",
    [
        "The king called in foreign soldiers on June 2 to put down the revolt.",
        "The prime minister invited peacekeepers from Kenya on June 2 to restore order in the capital.",
    ],
)
def test_foreign_troops_called_in_are_an_appeal_for_military_aid(
    extract: Extract, body: str
) -> None:
    events = extract(body)
    assert any(code(e) == "0232" for e in events)
    assert not rooted(events, "17", "18", "19")


@pytest.mark.parametrize(
    "body",
    [
        "Gunmen killed six guards when they struck the pier at Portmoor on June 2.",
        "Sailors on the pier at Portmoor died when a navy frigate rammed it on June 2.",
        "The army crushed the revolt in Aldbury on June 2, killing 30.",
    ],
)
def test_force_and_warships_stay_out_of_the_accident_rows(extract: Extract, body: str) -> None:
    assert not hazard_codes(extract(body))


def test_police_calling_in_the_army_asks_no_foreign_aid(extract: Extract) -> None:
    events = extract("Police called in the army on June 2 to break up the protest in Aldbury.")
    assert not any(code(e) == "0232" for e in events)
