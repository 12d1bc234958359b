"""Where an event is placed when its text names a topic, a destination, a mediator or no
place at all (stop 43, from newuser21's and newuser22's reports): each rule with sentences
written for these tests (none from an evaluation set) and a near miss it must leave alone.
Publication is Thursday 2026-06-18."""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def precision(ev: Event) -> int | None:
    return ev.location.place.geo_precision if ev.location and ev.location.place else None


# ---------------------------------------------------------------- a joint subject of other countries


@pytest.mark.parametrize(
    "body",
    [
        "AMMAN — Norway and Sweden welcomed the release of the aid workers on Tuesday.",
        "NAIROBI — Canada and Japan condemned the coup on Tuesday.",
    ],
)
def test_a_joint_subject_of_other_countries_is_not_at_the_dateline_city(
    extract: Extract, body: str
) -> None:
    # each party said it at home or wherever it was; the bureau's city is a wrong card
    events = rooted(extract(body), "0", "1")
    assert events
    assert all(where(e)[1] not in ("JO", "KE") for e in events)


def test_near_miss_a_joint_subject_with_the_dateline_country_keeps_it(extract: Extract) -> None:
    [ev] = rooted(extract("AMMAN — Jordan and Norway welcomed the release on Tuesday."), "0")
    assert where(ev)[1] == "JO"


# ---------------------------------------------------------------- a passive perception verb


def test_the_subject_of_a_passive_perception_verb_is_the_doer(extract: Extract) -> None:
    # "were seen reinforcing": the troops did it; the unnamed witness is not the subject
    body = "TAIPEI — Chinese warships were seen patrolling near the island on Tuesday."
    events = rooted(extract(body), "15")
    assert events
    assert all(where(e)[1] != "TW" for e in events)


def test_near_miss_an_active_perception_verb_keeps_its_witness(extract: Extract) -> None:
    # "Villagers heard shelling": the villagers are witnesses, not the side that shelled
    [ev] = rooted(extract("KYIV — Villagers heard shelling near Sumy on Tuesday."), "19", "18")
    assert ev.roles.source is None


# ---------------------------------------------------------------- "the North" as the doer


def test_the_north_after_north_korea_is_north_korea(extract: Extract) -> None:
    body = (
        "SEOUL — North Korea tested a rocket engine on Monday. "
        "On Tuesday, the North launched a ballistic missile."
    )
    events = [e for e in rooted(extract(body), "15") if "North launched" in e.evidence[0].text]
    assert [(where(e)[1], precision(e)) for e in events] == [("KP", 3)]


def test_the_north_with_no_country_named_is_not_the_dateline_city(extract: Extract) -> None:
    events = rooted(extract("SEOUL — The North launched a ballistic missile on Tuesday."), "15")
    assert events
    assert all(where(e)[1] != "KR" for e in events)


def test_near_miss_the_south_in_a_south_african_dateline_stays(extract: Extract) -> None:
    # the dateline's own country opens with the word: no other state is meant
    body = "PRETORIA — Police arrested two men in the South on Tuesday."
    events = rooted(extract(body), "17")
    assert all(where(e)[1] in ("ZA", None) for e in events)
