"""reader11's own sentences for force the reader misread (stop 34): a stretch of fighting a
truce came after, a launch its state explains by another's drill, and a rescue of captives
by armed forces (no aid). Near-misses keep their reading. Every sentence here was written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.cameo import triggers
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_three_days_of_clashes_before_a_truce_are_force(extract: Extract) -> None:
    # published Thursday 2026-06-18; the truce on Wednesday the 17th came after three days
    body = (
        "Two militias agreed on Wednesday to a truce after three days of clashes in the hills "
        "east of the town, local officials said."
    )
    force = rooted(extract(body), "19")
    assert any(date(2026, 6, 14) <= e.date_start <= e.date_end <= date(2026, 6, 17) for e in force)


def test_a_truce_after_days_of_talks_reads_no_force(extract: Extract) -> None:
    # near-miss: a stretch of talks is no force
    body = "The two militias agreed on Wednesday to a truce after three days of talks."
    assert not rooted(extract(body), "18", "19", "20")


def test_a_launch_its_state_explains_by_a_drill_keeps_its_launcher(extract: Extract) -> None:
    body = (
        "Iran's navy said on Tuesday that Monday's missile tests were a reply to an exercise "
        "held by the United States and Britain."
    )
    events = real(extract(body), "15")
    assert events
    assert events[0].roles.source_country == "IR"


def test_bare_plural_force_as_a_kind_stays_no_event() -> None:
    # near-miss: a bare plural before a copula is a kind (Carlson 1977), no happening
    assert not [
        t for t in triggers("Missile tests are a breach of the resolutions.") if t.code == "15"
    ]


def test_soldiers_freeing_hostages_from_kidnappers_give_no_aid() -> None:
    found = triggers("Soldiers rescued two hostages held by kidnappers in the forest.")
    assert not any(t.code == "07" for t in found)


def test_soldiers_rescuing_flood_victims_give_aid() -> None:
    # near-miss: no captivity named, so the rescue is humanitarian aid (CAMEO 1.1b3 §073)
    assert triggers("Soldiers rescued 40 villagers trapped by the floods.")[0].full == "073"


def test_the_gunmen_trying_to_escape_tell_no_attack(extract: Extract) -> None:
    # "the gunmen" names known attackers; what they did here is an attempt to flee
    body = "A minister said on Monday that the gunmen had tried to reach the border."
    assert not rooted(extract(body), "17", "18", "19")


def test_gunmen_storming_a_school_are_an_attack() -> None:
    # near-miss: the verb tells the act
    assert triggers("The gunmen stormed a school on Monday.")[0].code == "18"
