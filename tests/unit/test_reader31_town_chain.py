"""reader31's own sentences (stop 41): "the town" told three sentences after the town was
named, when a sentence between called it "the town" too, is that same town (ACE 2005 entity
coreference chains the nominal mentions of one named place), not the dateline city. Near
miss: a town named between takes "the town" over. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real

LEAD = (
    "KABUL - Afghan troops retook the town of Musa Qala in Helmand on Monday. Taliban "
    "fighters had seized the town last week. "
)
SHELLED = "The army had shelled positions near the town on 3 June."


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _shelling_place(extract: Extract, body: str) -> str | None:
    (ev,) = [e for e in real(extract(body), "19") if e.evidence[0].text == SHELLED]
    return ev.location.place.name if ev.location and ev.location.place else None


def test_the_town_chains_back_through_an_earlier_the_town(extract: Extract) -> None:
    body = LEAD + "The fighters first entered the district in May. " + SHELLED
    assert _shelling_place(extract, body) == "Musa Qala"


def test_a_town_named_between_takes_the_town_over(extract: Extract) -> None:
    # near miss: the latest town named is the one meant
    body = LEAD + "Rebels attacked Lashkar Gah on Sunday. " + SHELLED
    assert _shelling_place(extract, body) == "Lashkar Gāh"
