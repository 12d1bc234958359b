"""reader17's own sentences (stop 35): a bare toll told right after an attack, with no
place of its own, is the attack's toll even when a country reports it ("Ukraine said two
dock workers were killed"): the reporting country is who speaks, no place of the toll.
Near miss: a toll with a place of its own stays apart. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


def told(ev: Event) -> str:
    """The words the event's place is named by in the text."""
    return ev.location.text if ev.location else ""


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_toll_a_country_reports_after_an_attack_is_the_attacks(extract: Extract) -> None:
    events = extract(
        "BEIRUT — Israeli jets struck the town of Nabatieh on Monday night. Lebanon said "
        "three farmers were killed."
    )
    force = real(events, "18", "19", "20")
    assert len(force) == 1
    assert told(force[0]) == "Nabatieh"


def test_a_toll_with_a_place_of_its_own_stays_apart(extract: Extract) -> None:
    # near miss: the toll names its own town, so it is not read into the attack before it;
    # without that town it is
    events = extract(
        "BEIRUT — Israeli jets struck the town of Nabatieh on Monday night. Lebanon said "
        "three farmers were killed in Tyre."
    )
    assert sorted(told(e) for e in real(events, "18", "19", "20")) == [
        "Nabatieh",
        "Tyre",
    ]
    events = extract(
        "BEIRUT — Israeli jets struck the town of Nabatieh on Monday night. Lebanon said "
        "three farmers were killed at dawn."
    )
    assert len(real(events, "18", "19", "20")) == 1
