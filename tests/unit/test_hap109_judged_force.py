"""hap109's own sentences: force a disapproval names as its definite object, with no day
of its own but a target or place in its phrase, is an act of its own dated to the week up
to the condemnation's day (``judged_force``); a noun a verb of disapproval governs is not
given another sense by the judge as its subject (``judged_subject``). Near misses keep
their reading. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, rooted, where

PUB = "2025-03-12"  # a Wednesday; "on Tuesday" is 2025-03-11


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "The foreign ministry of Chile on Tuesday condemned the Peruvian shelling of a "
            "border village near Arica, calling it reckless.",
            "Arica",
        ),
        (
            "Ghana's government on Tuesday denounced the Togolese attack on a customs post "
            "near Aflao.",
            "Aflao",
        ),
        (
            "The ministry in Oslo on Tuesday condemned the attack on the Norwegian embassy "
            "in Nairobi.",
            "Nairobi",
        ),
    ],
)
def test_a_condemned_force_with_its_target_is_an_act_of_the_week(
    extract: Extract, body: str, place: str
) -> None:
    events = extract(body, pub=PUB)
    force = real(events, "18", "19", "20")
    assert [where(e)[0] for e in force] == [place]
    # on or before the condemnation's day, never that day alone: the week up to it
    assert [(e.when.start, e.when.end) for e in force] == [(date(2025, 3, 5), date(2025, 3, 11))]
    assert real(events, "11")  # the condemnation keeps its own card


@pytest.mark.parametrize(
    "body",
    [
        # a bare day after the noun dates the condemnation; no target is named
        "The Chilean ministry condemned the Peruvian shelling on Tuesday.",
        # an accusation alleges the act, it does not presuppose it (CAMEO 1.1b3 §112)
        "Ghana on Tuesday accused Togo of an attack on a customs post near Aflao.",
        # an indefinite or plural noun names no one act
        "The ministry on Tuesday condemned attacks on customs posts near Aflao.",
        # an attack still threatened is no act done
        "The ministry on Tuesday condemned the attack it threatened to carry out on Aflao.",
        # a verbal attack on a policy stays a criticism
        "The ministry on Tuesday condemned the attack on the budget by the opposition.",
    ],
)
def test_near_misses_give_no_force(extract: Extract, body: str) -> None:
    assert not rooted(extract(body, pub=PUB), "18", "19", "20")


def test_the_speaker_of_a_retort_keeps_its_other_sense(extract: Extract) -> None:
    # "the ministry hit back": words, not force (other_senses.csv), as before
    body = "The Chilean foreign ministry hit back at Peru on Tuesday over the border dispute."
    assert not rooted(extract(body, pub=PUB), "18", "19", "20")
