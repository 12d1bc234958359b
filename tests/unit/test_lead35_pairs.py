"""Who "the two countries" and "the leaders of the two neighbours" are (``pair_anaphor``),
and who did an act a verb of evidence or emphasis takes as its object (``shown_acts``).
Sentences written for these tests."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.paths import data_dir
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2024, 10, 24)
VISIT = (
    "Thai Prime Minister Paetongtarn Shinawatra hosted Cambodian leader Hun Manet in Bangkok "
    "on Monday. "
)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def _coded(events: list[Event], root: str) -> Event:
    return next(e for e in events if (e.event_code or e.event_type.code).startswith(root))


@pytest.mark.parametrize(
    "second",
    [
        # a fronted phrase, then the pair as the act's subject
        "Since the border clashes, the leaders of the two neighbours worked to mend ties.",
        "Since the border clashes, the two countries worked to mend ties.",
        # the sentence opens with it, with a people's words between
        "The two Southeast Asian neighbours signed a border treaty on Friday.",
    ],
)
def test_a_pair_of_states_is_the_last_event_s_two_countries(extract: Extract, second: str) -> None:
    mend = _coded(extract(VISIT + second), "05")
    assert set(mend.actors) == {"Thailand", "Cambodia"}
    assert {mend.roles.source_country, mend.roles.target_country} == {"TH", "KH"}


def test_a_pair_of_leaders_stays_the_people(extract: Extract) -> None:
    met = _coded(extract(VISIT + "On Tuesday, the two leaders agreed to reopen the border."), "03")
    assert met.roles.source == "Paetongtarn Shinawatra"


def test_a_pair_not_subject_of_the_act_names_no_sides(extract: Extract) -> None:
    # "with the two countries" is what the act is done with, not who did it
    trade = extract(VISIT + "On Tuesday, Japan agreed to expand trade with the two countries.")
    deal = _coded(trade, "03")
    assert "Cambodia" not in deal.actors


def test_a_joint_act_of_two_referred_states_is_in_neither(extract: Extract) -> None:
    body = (
        "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan on "
        "Tuesday. In a statement on Wednesday, the two governments agreed to resume border "
        "patrols."
    )
    agreed = _coded(extract(body), "03")
    assert set(agreed.actors) == {"India", "China"}
    assert agreed.location is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Modi's visit to Beijing underscores the improvement in relations since last year.",
        "Modi's trip highlighted the improvement in relations since last year.",
    ],
)
def test_what_shows_an_act_did_not_do_it(extract: Extract, sentence: str) -> None:
    thaw = _coded(extract(sentence), "05")
    assert "Narendra Modi" not in thaw.actors


def test_who_hails_an_act_is_still_its_actor(extract: Extract) -> None:
    # a verb of praise is an act of its own (CAMEO 1.1b3 §051), with its speaker as source
    hailed = _coded(extract("Modi's government hailed the improvement in relations."), "05")
    assert "Narendra Modi" in hailed.actors


def test_each_word_class_is_named_once() -> None:
    # a second row of one name silently replaced the first ("EVIDENCE" nouns of a denial
    # and verbs of showing): every class keeps its own lemmas
    with (data_dir() / "lexicon" / "classes.csv").open(encoding="utf-8", newline="") as fh:
        names = [row["name"] for row in csv.DictReader(fh)]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
