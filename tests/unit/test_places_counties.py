"""Counties named together without their state lie in the one state that holds them all
(dashboard/places/counties.py). Sentences written for these tests, with near misses."""

from __future__ import annotations

import pytest

from dashboard.model import Mention
from dashboard.places.gazetteer import distance_km
from dashboard.places.geoparser import Geoparser


def exact(gp: Geoparser, text: str, surface: str) -> Mention:
    hits = [m for m in gp.parse(text) if m.text == surface]
    assert hits, f"{surface!r} not found in {[m.text for m in gp.parse(text)]}"
    return hits[0]


def near(m: Mention, lat: float, lon: float, km: float = 60) -> bool:
    p = m.place
    assert p is not None
    assert p.lat is not None
    assert p.lon is not None
    return distance_km(p.lat, p.lon, lat, lon) < km


@pytest.mark.parametrize(
    ("surface", "lat", "lon"),
    [
        ("Hall County", 40.9, -98.4),  # Georgia, Nebraska, Texas: Nebraska's (Grand Island)
        ("Phelps County", 40.5, -99.4),  # Missouri, Nebraska: Nebraska's (Holdrege)
    ],
)
def test_counties_named_together_go_to_the_one_state_that_holds_both(
    geoparser: Geoparser, surface: str, lat: float, lon: float
) -> None:
    text = "Sandhill cranes gathered along the river in Hall County and Phelps County."
    m = exact(geoparser, text, surface)
    assert m.place is not None
    assert m.place.kind == "admin2"
    assert m.place.admin1 == "US-NE"
    assert "the one state (US-NE)" in m.reason
    assert near(m, lat, lon)


def test_counties_three_states_share_are_left_to_the_prior(geoparser: Geoparser) -> None:
    # near miss: Georgia, Nebraska and Texas each have a Hall and a Dawson County
    text = "Sandhill cranes gathered along the river in Hall County and Dawson County."
    for surface in ("Hall County", "Dawson County"):
        assert "the one state" not in exact(geoparser, text, surface).reason


def test_counties_many_states_share_are_left_to_the_prior(geoparser: Geoparser) -> None:
    # near miss: a Jackson and a Washington County lie in many states: no one state
    text = "Jackson County and Washington County will share the new jail."
    for surface in ("Jackson County", "Washington County"):
        assert "the one state" not in exact(geoparser, text, surface).reason


def test_a_county_alone_is_left_to_the_prior(geoparser: Geoparser) -> None:
    m = exact(geoparser, "Forsyth County commissioners met on Monday.", "Forsyth County")
    assert "the one state" not in m.reason


def test_a_county_the_text_places_elsewhere_keeps_its_state(geoparser: Geoparser) -> None:
    # near miss: the text puts Hall County in Georgia itself; Phelps County (Missouri,
    # Nebraska) is not moved to Nebraska, the one state with both names, against it
    text = "Hall County, Georgia, and Phelps County both reported new cases."
    hall = exact(geoparser, text, "Hall County")
    assert hall.place is not None
    assert hall.place.admin1 == "US-GA"
    assert "the one state" not in exact(geoparser, text, "Phelps County").reason


def test_counties_stay_out_of_a_state_the_text_does_not_name(geoparser: Geoparser) -> None:
    # near miss: the text names Georgia; Nebraska, the one state with both names, is not it
    text = "Sandhill cranes gathered in Hall County and Phelps County, Georgia officials said."
    for surface in ("Hall County", "Phelps County"):
        assert "the one state" not in exact(geoparser, text, surface).reason
    hall = exact(geoparser, text, "Hall County")
    assert hall.place is not None
    assert hall.place.admin1 == "US-GA"


def test_counties_go_to_the_one_state_the_text_names_too(geoparser: Geoparser) -> None:
    text = "Sandhill cranes gathered in Hall County and Phelps County, Nebraska officials said."
    for surface in ("Hall County", "Phelps County"):
        m = exact(geoparser, text, surface)
        assert m.place is not None
        assert m.place.admin1 == "US-NE"


# ------------------------------------------------ a county and its town (pairs.county_towns)


def test_the_one_state_named_keeps_its_county_against_a_town_elsewhere(
    geoparser: Geoparser,
) -> None:
    # Ohio's Clark County holds a Springfield of 58,000; the text names Kentucky, which has
    # a Clark County (Winchester) too: the state named says which county
    text = (
        "Kentucky troopers said the crash in Clark County left two hurt; "
        "one driver was from Springfield."
    )
    m = exact(geoparser, text, "Clark County")
    assert m.place is not None
    assert m.place.admin1 == "US-KY"
    assert near(m, 37.99, -84.18)


@pytest.mark.parametrize(
    "text",
    [
        # near miss: no state named, the pair decides
        "Deputies in Clark County said a driver from Springfield was hurt.",
        # near miss: two named states have a Clark County, so neither is preferred
        "Deputies in Clark County said a driver from Springfield, bound for Kentucky or "
        "Indiana, was hurt.",
    ],
)
def test_without_one_state_named_the_pair_decides(geoparser: Geoparser, text: str) -> None:
    m = exact(geoparser, text, "Clark County")
    assert m.place is not None
    assert m.place.admin1 == "US-OH"
    assert near(m, 39.93, -83.83)
