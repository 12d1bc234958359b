"""A conditional act that no one in the sentence is told saying is the writer's supposition,
not a threat (newuser18: "Were the talks to fail, the army would bomb the town" was mapped as
a 1384 threat, shown by default). CAMEO 1.1b3 §13 is an actor's verbal act; ACE 2005 modality
Other. Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "sentence",
    [
        "Were the ceasefire to collapse, the militia would shell Kadugli.",
        "The rebels would attack Kadugli if the mediators walked away.",
    ],
)
def test_an_unvoiced_condition_is_a_supposition(extract: Extract, sentence: str) -> None:
    events = extract(f"KHARTOUM (Nile Desk) - {sentence}")
    assert events
    assert not [e for e in events if e.event_type.code == "13"]
    assert all("hypothetical" in e.flags for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "The militia said it would shell Kadugli if the ceasefire collapsed.",
        "The rebels would attack Kadugli if the mediators walked away, their commander warned.",
        "Should the mediators walk away, the rebels will attack Kadugli.",
    ],
)
def test_near_miss_a_voiced_or_open_condition_stays_a_threat(
    extract: Extract, sentence: str
) -> None:
    codes = [e.event_type.code for e in extract(f"KHARTOUM (Nile Desk) - {sentence}")]
    assert "13" in codes
