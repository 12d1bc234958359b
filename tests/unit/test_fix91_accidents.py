"""An accident's toll is the accident's, never a fight (newuser91's classes, session 84, fix91;
``data/events/hazards.csv`` rows of EM-DAT's gas leak, collapse, road accident and flash flood).
Every sentence here was written for these tests, with other places and names than the user's;
each rule has near misses that must not change."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, unreal


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _codes(extract: Extract, body: str) -> list[str]:
    return [code(e) for e in extract(body) if not unreal(e)]


@pytest.mark.parametrize(
    ("body", "hazard"),
    [
        # a gas that escaped, told as the cause of the toll (EM-DAT gas leak)
        (
            "Nine people died after chlorine escaped from a tank in Jaipur on Tuesday.",
            "DIS-INDUSTRIAL",
        ),
        (
            "Nine people died after an ammonia leak at a cold store in Agra on Tuesday.",
            "DIS-INDUSTRIAL",
        ),
        (
            "A chlorine leak killed nine people at a water plant in Jaipur on Tuesday.",
            "DIS-INDUSTRIAL",
        ),
        (
            "Police said the leak that killed nine workers in Agra on Tuesday came from a valve.",
            "DIS-INDUSTRIAL",
        ),
        # a structure that fell, told as the cause of the toll (EM-DAT collapse, miscellaneous)
        (
            "The number of people killed when a building fell down in Mwanza on Saturday has "
            "risen to 13.",
            "DIS-ACCIDENT",
        ),
        (
            "Twelve people were killed when an apartment block collapsed in Mwanza on Saturday.",
            "DIS-ACCIDENT",
        ),
        ("A five-storey building collapsed in Mwanza on Saturday.", "DIS-ACCIDENT"),
        # passengers killed in an accident: a transport accident (WordNet passenger.n.01)
        (
            "The number of passengers killed in yesterday's accident at Kondoa rose to 20.",
            "DIS-TRANSPORT",
        ),
        # a flash flood told as sweeping away (Merriam-Webster torrent, sweep away)
        ("A torrent swept a minibus away near Dodoma on Sunday.", "DIS-FLOOD"),
        ("A man was swept away by a swollen river near Dodoma on Sunday.", "DIS-FLOOD"),
    ],
)
def test_accident_toll_is_the_accident(extract: Extract, body: str, hazard: str) -> None:
    codes = _codes(extract, body)
    assert hazard in codes
    assert not any(c.startswith(("18", "19", "20")) for c in codes)


@pytest.mark.parametrize(
    ("body", "root"),
    [
        # an attacker or a weapon keeps the force (CAMEO 1.1b3 §18-§20)
        ("Gunmen killed five people in Mwanza on Saturday.", "18"),
        (
            "Five people were killed when a building collapsed after an air strike in Gaza on Saturday.",
            "19",
        ),
    ],
)
def test_force_with_an_attacker_stays(extract: Extract, body: str, root: str) -> None:
    codes = _codes(extract, body)
    assert any(c.startswith(root) for c in codes)
    assert not any(c.startswith("DIS-") for c in codes)


@pytest.mark.parametrize(
    "body",
    [
        "The minister faced a torrent of criticism on Sunday.",  # a figure of speech
        "The leak of the memo embarrassed the minister on Sunday.",  # a leak of documents
    ],
)
def test_no_hazard_in_figures_of_speech(extract: Extract, body: str) -> None:
    assert not any(c.startswith("DIS-") for c in _codes(extract, body))
