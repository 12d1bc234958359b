""" "The gunmen then set fire to a market": a later act of the attackers a story has told of,
with no place of its own, is placed where their attack was (ACLED codes follow-on acts to the
location of the event), not at the dateline the story was filed from. Every sentence was
written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_the_gunmen_burn_where_they_attacked(extract: Extract) -> None:
    body = (
        "MAIDUGURI (Lake Wire) - Gunmen attacked a market in Konduga on Tuesday, police said. "
        "Nine traders were wounded. "
        "The gunmen then set fire to several shops before fleeing on motorbikes."
    )
    burned = [e for e in rooted(extract(body), "18") if "fire" in e.summary]
    assert [where(e)[0] for e in burned] == ["Konduga"]


def test_the_attackers_of_a_story_told_two_sentences_back(extract: Extract) -> None:
    body = (
        "QUETTA (Frontier Desk) - Militants stormed a police post in Turbat on Sunday night. "
        "Two officers were killed, officials said. "
        "The militants also torched a police vehicle before escaping into the hills."
    )
    torched = [e for e in rooted(extract(body), "18") if "torched" in e.summary]
    assert [where(e)[0] for e in torched] == ["Turbat"]


def test_near_miss_a_new_group_is_not_the_story_s_attackers(extract: Extract) -> None:
    # no earlier attack in reach: the dateline rule stands as before
    body = (
        "MAIDUGURI (Lake Wire) - The governor opened a new road on Tuesday. "
        "Residents welcomed it. "
        "The gunmen then set fire to several shops before fleeing on motorbikes."
    )
    burned = [e for e in rooted(extract(body), "18") if "fire" in e.summary]
    assert all(where(e)[0] != "Konduga" for e in burned)
