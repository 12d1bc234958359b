"""Small places news names that cities500 lacks (``towns.csv``, ``regions.csv`` rows of
places59, each sourced), and a rally's place told right after its verb
(``events/said_about``). Sentences written for the rows; the near misses keep the places
they had."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract


def _places(geoparser: Geoparser, body: str) -> list[str | None]:
    events = make_extract(geoparser)(body, "2025-03-20")
    return [e.location.place.name if e.location and e.location.place else None for e in events]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "PORT-AU-PRINCE, Haiti (AP) — Gunmen killed 30 villagers in Pont-Sonde on Friday.",
            "Pont-Sondé",
        ),
        (
            "BEIJING (AP) — A strong quake struck Tingri county on Tuesday, killing 120 people.",
            "Tingri",
        ),
        ("DAMASCUS, Syria (AP) — Artillery shelled eastern Ghouta on Thursday.", "Eastern Ghouta"),
        ("COPENHAGEN, Denmark (AP) — Hundreds rallied in Nuuk on Sunday against the mine.", "Nuuk"),
    ],
)
def test_the_named_place_is_found(geoparser: Geoparser, body: str, place: str) -> None:
    assert place in _places(geoparser, body)


def test_a_town_of_the_rows_country_stays_its_own(geoparser: Geoparser) -> None:
    # Douma, a town of Eastern Ghouta in cities500, keeps its own reading
    body = "DAMASCUS, Syria (AP) — Artillery shelled Douma on Thursday."
    assert "Dūmā" in _places(geoparser, body)
