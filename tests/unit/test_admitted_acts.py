"""An act admitted in a "that" clause is the happening, dated by its own day; a participle
after a genitive is no verb; a craft shot down that then crashed stays shot down. Sentences
written for these tests (happenings stop 58)."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.cameo import triggers
from dashboard.events.clauses import parse
from dashboard.events.extract import EventExtractor
from dashboard.events.lexicon import load
from dashboard.events.tokens import tokenize
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body, pub="2021-03-06": extractor.extract(
        parse_article(f"date {pub}\n{body}", path="t")
    )


def _first(extract, body: str):  # type: ignore[no-untyped-def]
    events = extract(body)
    assert events
    return events[0]


def test_an_own_act_admitted_is_an_acknowledgement(extract) -> None:  # type: ignore[no-untyped-def]
    # CAMEO 1.1b3 §015 acknowledge or claim responsibility: admitting one's own act is coded
    # as the admission (the CAMEO sweep's "The army admitted that its soldiers had killed …")
    ev = _first(
        extract,
        "KABUL — The Taliban admitted on Friday that its fighters had attacked a police post "
        "near Kunduz on Tuesday.",
    )
    assert ev.event_code == "015"


def test_admitting_responsibility_stays_a_claim(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: no "that" clause, the admission governs (CAMEO 1.1b3 §015)
    ev = _first(extract, "KABUL — The Taliban admitted responsibility for the ambush on Friday.")
    assert ev.event_code == "015"


def test_admitting_a_mistake_stays_a_claim(extract) -> None:  # type: ignore[no-untyped-def]
    ev = _first(extract, "KABUL — The Taliban admitted its mistake on Friday.")
    assert ev.event_code == "015"


def test_a_participle_after_a_genitive_is_no_verb() -> None:
    tokens = tokenize("Chad's armed forces admitted that they had shelled the camp.")
    p = parse(tokens, load())
    assert 2 not in p.verbs  # "armed"
    assert p.gov is not None
    assert tokens[p.gov].lower != "armed"


def test_a_contracted_is_keeps_its_participle() -> None:
    # near miss: "'s" after a pronoun is "is"/"has", not a genitive
    tokens = tokenize("It's banned protests that the police dispersed.")
    assert tokens[1].text == "'s"
    p = parse(tokens, load())
    assert 2 in p.verbs  # "banned"


def test_the_genitive_subject_lets_the_admission_govern() -> None:
    found = triggers("Chad's armed forces admitted that they had shelled the camp on Monday.")
    assert found
    assert found[0].full == "015"


def test_a_craft_shot_down_that_crashed_stays_shot_down(extract) -> None:  # type: ignore[no-untyped-def]
    ev = _first(
        extract,
        "KABUL — Taliban fighters shot down an army helicopter that crashed near Kunduz on "
        "Tuesday.",
    )
    assert ev.event_code == "190"


def test_a_helicopter_that_crashed_alone_is_a_crash(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: no act before the craft, the crash is the happening
    ev = _first(extract, "KABUL — An army helicopter crashed near Kunduz on Tuesday.")
    assert ev.event_code is None
    assert ev.event_type.code.startswith("DIS")
