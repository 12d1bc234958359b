"""geo13: "a village called X", "a town named X" call X a place, as "the village of X" does."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers searched a village called Mafa for two days.",
        "Soldiers searched a small town named Mafa for two days.",
    ],
)
def test_a_small_listed_town_called_so_is_read(geoparser: Geoparser, text: str) -> None:
    found = [m for m in geoparser.parse(text) if m.text == "Mafa"]
    assert found
    place = found[0].place
    assert place is not None
    assert place.kind == "city"


def test_an_unlisted_village_called_so_is_placed_in_its_state(geoparser: Geoparser) -> None:
    text = "Gunmen raided a village called Zubiro in Kaduna state at night."
    found = [m for m in geoparser.parse(text) if m.text == "Zubiro"]
    assert found
    place = found[0].place
    assert place is not None
    assert (place.kind, place.country_code) == ("city", "NG")
    assert abs((place.lat or 0.0) - 10.4) < 1.0
    assert abs((place.lon or 0.0) - 7.9) < 1.0


def test_a_person_called_so_is_no_village(geoparser: Geoparser) -> None:
    # near miss: no type word before "called"
    found = [m.text for m in geoparser.parse("A farmer called Mafa told us the crops failed.")]
    assert "Mafa" not in found
