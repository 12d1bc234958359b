"""Session 91, fix121: an act told with its weapon in a sentence that also names a natural
hazard ("The army carried out air strikes on villages after the flood") is the armed actor's
act, not the hazard's harm: hazards use no weapons (EM-DAT), and CAMEO 1.1b3 §183, §193-§195
code attacks by their weapon (``armed_means``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "leaf"),
    [
        ("The air force carried out air strikes on two hamlets after the landslide.", "195"),
        ("Monitors said the navy shelled coastal towns after the cyclone.", "194"),
    ],
)
def test_an_armed_act_beside_a_hazard_is_read(extract: Extract, body: str, leaf: str) -> None:
    assert [e for e in extract(body) if code(e).startswith(leaf)]


@pytest.mark.parametrize(
    "body",
    [
        "The cyclone pounded the coast on Tuesday.",
        "Floodwaters destroyed 300 homes after the storm.",
        "Villagers still speak of the torrent of air strikes that hit them.",
    ],
)
def test_a_hazards_harm_stays_no_act(extract: Extract, body: str) -> None:
    assert not [e for e in extract(body) if code(e)[:2] in ("18", "19", "20")]
