"""Session 94 (hap123): a wildfire told by the people it drove out or the homes it reached,
and two wildfires far apart in one country are two fires (issue 16, set BM: a fire on one
Greek island and the next day's on another were joined as "one country, one disaster").
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.happenings.model import Spot
from dashboard.happenings.rules import _place
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date 2024-08-10\n{body}", path="t"))


def _codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds of campers were forced from their campsites by a wildfire on Thursday.",
        "Ferries took away tourists who had been driven from their hotels by the blaze on Friday.",
        "Flames reached homes near Castelo Branco late on Thursday, the civil protection said.",
    ],
)
def test_a_wildfire_told_by_whom_it_drove_out_or_what_it_reached(read: Read, sentence: str) -> None:
    assert "DIS-FIRE" in _codes(read(sentence))


def test_a_building_fire_that_drove_people_out_is_no_wildfire(read: Read) -> None:
    """Negative: one building burning is EM-DAT's miscellaneous accident, not a wildfire."""
    codes = _codes(read("Tenants were forced from their flats by a fire in a tower block."))
    assert "DIS-FIRE" not in codes


def _spot(name: str, kind: str, lat: float, lon: float, precision: int) -> Spot:
    return Spot(f"t:{name}", name, kind, lat, lon, "GR", None, precision)


ISLAND_EAST = _spot("East Isle", "region", 36.2, 27.95, 3)  # an island (regions.csv row)
TOWN_WEST = _spot("West Town", "city", 39.62, 19.92, 1)  # a town 800 km away
TOWN_NEAR = _spot("Near Town", "city", 36.44, 28.22, 1)  # a town on the island


def _fires() -> frozenset[str]:
    from dashboard.happenings.sites import bound_kinds

    return bound_kinds("DIS-FIRE", "DIS-FIRE")


def test_two_wildfires_far_apart_in_one_country_are_two_fires() -> None:
    assert _place(ISLAND_EAST, TOWN_WEST, True, _fires()) is None


def test_a_wildfire_told_at_its_island_and_its_town_stays_one() -> None:
    """Negative: 35 km apart, within a fire's reach."""
    part = _place(ISLAND_EAST, TOWN_NEAR, True, _fires())
    assert part is not None


def test_a_quake_told_at_two_far_places_stays_one_disaster() -> None:
    """Negative: a quake or a storm reaches across a country (``rules._place``)."""
    part = _place(ISLAND_EAST, TOWN_WEST, True)
    assert part is not None
    assert "one disaster" in part.reason


def test_a_landslide_told_as_earth_that_slid_down_a_slope(read: Read) -> None:
    events = read("Rescuers dug for two drivers after tonnes of earth slid down a mountainside.")
    assert "DIS-LANDSLIDE" in _codes(events)


def test_earth_dumped_down_a_slope_is_no_landslide(read: Read) -> None:
    """Negative: earth moved by people (dumping, digging) is no mass movement."""
    codes = _codes(read("Lorries dumped soil that then slid down the hillside into the river."))
    assert "DIS-LANDSLIDE" not in codes


@pytest.mark.parametrize(
    "sentence",
    [
        "Two aid workers have left Qarchak prison and are on their way home, officials said.",
        "The journalist walked out of Tora jail on Monday after four years in detention.",
    ],
)
def test_a_prisoner_who_left_prison_was_released(read: Read, sentence: str) -> None:
    assert "0841" in _codes(read(sentence))


def test_an_official_leaving_a_prison_after_a_visit_is_no_release(read: Read) -> None:
    """Negative: the leaver is no one held."""
    assert "0841" not in _codes(read("The minister left the prison after touring its new wing."))
