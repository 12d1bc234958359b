"""An attack's weapon or the attack named again ("The drone hit an apartment block", "The
blast also damaged a school"), with no place of its own, is placed where the attack was told,
not at the dateline the story was filed from (newuser17: a second strike was drawn in the
dateline's city). ACE 2005 event coreference; every sentence was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_the_drone_hits_where_the_drone_strike_was(extract: Extract) -> None:
    body = (
        "ODESA (Coast Desk) - A drone strike killed two dock workers in the village of "
        "Kryzhanivka on Friday, the regional governor said. "
        "The drone hit a warehouse beside the pier before dawn."
    )
    hit = [e for e in rooted(extract(body), "19") if "warehouse" in e.summary]
    assert hit
    assert [where(e)[0] for e in hit] == ["Kryzhanivka"]


def test_the_missile_two_sentences_on(extract: Extract) -> None:
    body = (
        "KHERSON (River Desk) - A missile strike wounded five people in Bilozerka on Sunday, "
        "officials said. Power was cut to a clinic. "
        "The missile hit a grain store beside the river before dawn."
    )
    hit = [e for e in rooted(extract(body), "19") if "grain store" in e.summary]
    assert hit
    assert [where(e)[0] for e in hit] == ["Bilozerka"]


def test_near_miss_the_drone_names_a_place_of_its_own(extract: Extract) -> None:
    body = (
        "ODESA (Coast Desk) - A drone strike killed two dock workers in the village of "
        "Kryzhanivka on Friday, the regional governor said. "
        "The drone also hit a fuel depot in Izmail."
    )
    hit = [e for e in rooted(extract(body), "19") if "depot" in e.summary]
    assert [where(e)[0] for e in hit] == ["Izmayil"]  # its GeoNames name


def test_near_miss_no_attack_before_leaves_the_dateline(extract: Extract) -> None:
    body = (
        "ODESA (Coast Desk) - The port reopened to grain ships on Friday. "
        "Traders welcomed the news. "
        "The drone hit a warehouse beside the pier before dawn."
    )
    hit = [e for e in rooted(extract(body), "19") if "warehouse" in e.summary]
    assert all(where(e)[0] != "Kryzhanivka" for e in hit)


def test_near_miss_the_attack_as_subject_of_another_verb_names_no_follow_on(
    extract: Extract,
) -> None:
    # "The attack came a week after ... it was hit": the hit is another act, not the attack's
    body = (
        "ADEN (Gulf Desk) - A missile struck a cargo ship off Mukalla on Wednesday, killing "
        "two sailors.\n\nThe attack came a week after the Sea Lark, a Liberian-flagged tanker, "
        "sank near the port, days after it was hit by rebel missiles on 24 February."
    )
    force = rooted(extract(body), "19")
    assert len(force) == 2
    assert all("of the story" not in (e.location.reason if e.location else "") for e in force)
