"""Disasters the reader gave no card (hap118, issue 16): lava from a named vent that flowed
into a town, flames or a wildfire that reached a named town, a quake told by the tsunami it
sent, and a quake told in a relative clause with its own day after a statement of mourning
for its victims. Near misses (an old flow, gunfire reaching a town, a quake that could send a
tsunami or sent none, survivors of a quake who lead a protest) stay no disaster. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, hazards, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lava from the volcano flowed into the village of Arnes on Tuesday, setting two "
            "barns on fire.",
            ("DIS-VOLCANO", "2026-06-16"),
        ),
        (
            "Flames reached the town of Millbrook on Tuesday evening, destroying houses and shops.",
            ("DIS-FIRE", "2026-06-16"),
        ),
        (
            "A strong earthquake off the coast of Peru sent tsunami waves across the bay on "
            "Tuesday.",
            ("DIS-QUAKE", "2026-06-16"),
        ),
        (
            "The government declared three days of mourning on Tuesday for the victims of the "
            "earthquake that shook the north of the country on 9 June.",
            ("DIS-QUAKE", "2026-06-09"),
        ),
    ],
)
def test_disaster_read(extract: Extract, text: str, want: tuple[str, str]) -> None:
    got = [(c, s.isoformat()) for c, s, _ in hazards(extract(text))]
    assert want in got


@pytest.mark.parametrize(
    "text",
    [
        "Officials said lava from the 1783 eruption once flowed across the valley.",
        "Artillery fire reached the outskirts of Millbrook on Tuesday.",
        "Experts warned that a large quake could trigger a tsunami along the coast.",
        "Survivors of the quake that shook the town protested outside parliament on Tuesday.",
        "The president visited the victims of the earthquake that shook the north in May.",
    ],
)
def test_no_disaster(extract: Extract, text: str) -> None:
    assert hazards(extract(text)) == []
