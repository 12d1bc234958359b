"""Faults the lead found reading news of its own (session 90). See docs/history/reading.md,
session 90. Sentences written for these tests; each rule has near misses that must not change.

1. "Ozan's supporters marched" made Ozan the marchers, and "Ozan's brother Ali resigned"
   made Ozan resign: a possessor of a supporter or kin noun (classes.csv ``ADHERENT``,
   ``KIN``) is whom the crowd backs or whose relative the person is, as "supporters of X" and
   "the son of X" already were (ACLED codes such a crowd with X as associated actor;
   ``outside_parties.relational_owner``).
2. "President X met investors on Monday. Lawmakers demanded that the police chief resign. He
   resigned on Wednesday." made X resign: a sentence-opening "He" or "She" took up the person
   the article introduced last, however far back. A pronoun takes up a person just told about
   (centering: the utterance right before it), so it takes up the first person named in the
   sentence before, or no one (``pronoun_antecedent``).
3. "X was detained on May 7. Since then crowds have blocked roads." dated the blockade May 7
   alone (newuser105): "since then" is the anaphoric "since" with "then" as its complement
   (Quirk et al. 1985 §8.58), so the act runs from the time just told to publication, as
   "have since blocked" already did (``dates_told_before.since_then``).
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import PUB, Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "leader", "roots"),
    [
        ("Thousands of Orban's supporters rallied in Budapest on Monday.", "Viktor Orbán", ("14",)),
        (
            "Trump's loyalists attacked a polling station in Phoenix on Tuesday.",
            "Donald Trump",
            ("14", "18", "19"),
        ),
        ("Erdogan's followers marched through Ankara on Sunday.", "Recep Tayyip Erdogan", ("14",)),
        # a relative is a person of his own, as "the son of X" is
        ("Putin's daughter met trade officials in Minsk on Monday.", "Vladimir Putin", ("04",)),
    ],
)
def test_a_leaders_supporters_are_not_the_leader(
    extract: Extract, body: str, leader: str, roots: tuple[str, ...]
) -> None:
    (event,) = real(extract(body), *roots)
    assert event.roles.source != leader


@pytest.mark.parametrize(
    ("body", "leader"),
    [
        # the leader's own government, army or party acts for him
        ("Orban's government expelled two Russian diplomats on Monday.", "Viktor Orbán"),
        # the leader himself, with a word after the possessive that is no supporter noun
        ("Erdogan's forces shelled Kobani on Sunday.", "Recep Tayyip Erdogan"),
    ],
)
def test_other_possessions_keep_the_leader(extract: Extract, body: str, leader: str) -> None:
    assert any(e.roles.source == leader for e in extract(body))


TWO_BACK = (
    "President Cyril Ramaphosa met investors in Durban on Monday.\n\n"
    "Opposition leaders demanded that the police commissioner resign. He resigned on Wednesday."
)


def test_a_pronoun_takes_up_no_one_named_two_sentences_back(extract: Extract) -> None:
    resigned = [e for e in extract(TWO_BACK) if "resigned" in e.summary]
    assert resigned
    assert all("Cyril Ramaphosa" not in e.actors for e in resigned)


@pytest.mark.parametrize(
    "body",
    [
        # the person named in the sentence right before
        "President Cyril Ramaphosa visited Durban on Monday. He condemned the looting of shops "
        "in Pinetown.",
        # a pronoun chain: each "He" takes up the one before it
        "President Cyril Ramaphosa spoke in Durban on Monday. He thanked the rescuers. He "
        "condemned the looting of shops in Pinetown.",
    ],
)
def test_a_pronoun_takes_up_the_person_just_named(extract: Extract, body: str) -> None:
    condemned = [e for e in extract(body) if "condemned" in e.summary]
    assert condemned
    assert all(e.roles.source == "Cyril Ramaphosa" for e in condemned)


@pytest.mark.parametrize(
    ("body", "roots"),
    [
        (
            "Police detained the mayor in Cusco on March 3. Since then, protesters have blocked "
            "roads across the region.",
            ("14",),
        ),
        (
            "The army signed a truce in Goma on March 3. Rebels have seized two towns in North "
            "Kivu since then.",
            ("19", "20"),
        ),
    ],
)
def test_since_then_runs_from_the_time_just_told(
    extract: Extract, body: str, roots: tuple[str, ...]
) -> None:
    (act,) = [e for e in real(extract(body), *roots)]
    assert (act.date_start, act.date_end) == (date(2026, 3, 3), date.fromisoformat(PUB))


def test_since_then_of_another_clause_leaves_the_act_its_day(extract: Extract) -> None:
    body = (
        "The army signed a truce in Goma on March 3. Police arrested twenty looters on March 9, "
        "and calm has returned since then."
    )
    (arrest,) = real(extract(body), "173")
    assert (arrest.date_start, arrest.date_end) == (date(2026, 3, 9), date(2026, 3, 9))


def test_others_after_a_crowd_as_object_are_no_crowd(extract: Extract) -> None:
    # review90: "demonstrators" is what the soldiers fired on, not an earlier clause's
    # subject, so "others" may be soldiers: their storming is no riot (fix116's crowd_part)
    body = (
        "Soldiers fired on demonstrators in Bamako on Monday, and others stormed a barracks "
        "in Kati."
    )
    assert not real(extract(body), "145")
