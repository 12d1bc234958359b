"""Issue 16, disasters named in words the reader did not read as one (hap78): "temblor"
(``hazards.csv``, every quake row), a deluge, rising waters or floodwaters that rose, heavy rain
that killed or submerged, a hillside that gave way, a rockslide, a wildfire that tore through a
place or a wildfire-ravaged place, a boat that went down, a dated shipwreck; and a hazard told
in a clause of its own beside another act, with a day of its own (``clause_hazard``). Near
misses: figures ("a flood of refugees", "the market went down"), forecasts, defences, a ski
slope, a single day that may be the act's. Every sentence here was written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import code, hazards, make_extract

Extract = Callable[[str], list[Event]]
TOLD = date(2024, 9, 17)  # a Tuesday
SUNDAY = date(2024, 9, 15)
MONDAY = date(2024, 9, 16)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    read = make_extract(geoparser)
    return lambda body: read(body, pub="2024-09-17")


@pytest.mark.parametrize(
    ("text", "want", "day"),
    [
        ("A strong temblor rattled Arequipa on Sunday morning.", "DIS-QUAKE", SUNDAY),
        ("A magnitude 6.2 temblor struck the coast of Chiapas on Monday.", "DIS-QUAKE", MONDAY),
        (
            "The death toll from Sunday's temblor in Cusco rose to 31 on Tuesday.",
            "DIS-QUAKE",
            SUNDAY,
        ),
        ("Villages were flattened by a powerful temblor in Ancash on Monday.", "DIS-QUAKE", MONDAY),
        ("A deluge swept through Blumenau on Monday, killing 40 people.", "DIS-FLOOD", MONDAY),
        ("Rising waters cut off the old town of Passau on Sunday.", "DIS-FLOOD", SUNDAY),
        ("Floodwaters rose through the Po valley on Monday.", "DIS-FLOOD", MONDAY),
        ("Torrential rains killed 23 people in Assam on Sunday.", "DIS-FLOOD", SUNDAY),
        (
            "A mountainside gave way above a village in Enga on Monday, burying 80 homes.",
            "DIS-LANDSLIDE",
            MONDAY,
        ),
        ("A rockslide buried the mountain road near Chamoli on Sunday.", "DIS-LANDSLIDE", SUNDAY),
        ("A wildfire tore through the town of Kinneloa on Monday.", "DIS-FIRE", MONDAY),
        ("A fishing trawler went down off Crotone on Sunday.", "DIS-SHIPWRECK", SUNDAY),
        (
            "Survivors of Sunday's shipwreck off Lampedusa were taken to Sicily on Monday.",
            "DIS-SHIPWRECK",
            SUNDAY,
        ),
    ],
)
def test_hazard_wordings_on_their_day(extract: Extract, text: str, want: str, day: date) -> None:
    assert (want, day, day) in hazards(extract(text))


def test_wildfire_ravaged_place_beside_aid(extract: Extract) -> None:
    events = extract("Wildfire-ravaged towns on Evia received tents from Italy on Tuesday.")
    assert "DIS-FIRE" in [c for c, _, _ in hazards(events)]


@pytest.mark.parametrize(
    "text",
    [
        "A flood of refugees crossed into Moldova on Monday.",
        "The market went down sharply in Seoul on Monday.",
        "The plan went down well with voters in Lima on Monday.",
        "Forecasters warned on Monday that heavy rain could bring floods to Assam next week.",
        "The city unveiled new flood defences in Passau on Monday.",
        "The election was a political earthquake for the ruling party on Sunday.",
        "Heavy rain forced the cancellation of the match in Leeds on Sunday.",
        "The shipwreck of an old galleon was filmed by divers near Cadiz.",
        "Ski slopes reopened above Chamonix on Monday.",
    ],
)
def test_wordings_near_misses(extract: Extract, text: str) -> None:
    assert hazards(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "want", "act", "day"),
    [
        (
            "Rescuers were criticised on Tuesday for arriving late as the Kabul River burst its "
            "banks on Sunday and drowned six people.",
            "DIS-FLOOD",
            "11",
            SUNDAY,
        ),
        (
            "The prime minister on Tuesday visited Chamoli, where hillsides collapsed on Monday "
            "after heavy rain.",
            "DIS-LANDSLIDE",
            "04",
            MONDAY,
        ),
    ],
)
def test_hazard_in_its_own_clause_with_its_own_day(
    extract: Extract, text: str, want: str, act: str, day: date
) -> None:
    events = extract(text)
    assert (want, day, day) in hazards(events)
    assert any(code(e)[:2] == act for e in events)  # the act still leads


@pytest.mark.parametrize(
    ("text", "hazard"),
    [
        # one day only, at the end: it may be the visit's, so it dates no hazard here
        (
            "The prime minister visited Chamoli, where hillsides collapsed after heavy rain on "
            "Monday.",
            "DIS-LANDSLIDE",
        ),
        # a hazard in a clause that only fears it
        (
            "Officials met on Tuesday as forecasters warned that the Kabul River could burst "
            "its banks on Friday.",
            "DIS-FLOOD",
        ),
    ],
)
def test_hazard_clause_near_misses(extract: Extract, text: str, hazard: str) -> None:
    assert hazard not in [c for c, _, _ in hazards(extract(text))]
