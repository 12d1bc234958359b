"""Sides of acts that fresh users (newuser51, newuser51b) found wrong or missing: aid cut on
its way to a recipient, a force's own state told in the passive, a complaint's topic and
addressee, a passive judgement of an act told before, joint origins, a capital sanctioned,
a claim that another party was behind an attack, and a second giver joined by "and".
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Cards = Callable[[str], list[tuple[str, str | None, str | None]]]
HEAD = "date 2026-05-20\n\nGENEVA — "


@pytest.fixture(scope="module")
def cards(geoparser: Geoparser) -> Cards:
    extractor = EventExtractor(geoparser)

    def read(body: str) -> list[tuple[str, str | None, str | None]]:
        events: list[Event] = extractor.extract(parse_article(HEAD + body, path="t"))
        return [(e.event_code or e.event_type.code, e.roles.source, e.roles.target) for e in events]

    return read


def test_aid_deliveries_cut_to_a_state_target_that_state(cards: Cards) -> None:
    ((code, source, target),) = cards("Norway suspended aid deliveries to Mali on Tuesday.")
    assert code.startswith("162")
    assert (source, target) == ("Norway", "Mali")


def test_a_force_mobilized_in_the_passive_is_its_state_s_act(cards: Cards) -> None:
    ((code, source, target),) = cards("Venezuelan troops were mobilized on Tuesday.")
    assert code.startswith("15")
    assert (source, target) == ("Venezuela", None)


def test_a_force_attacked_in_the_passive_stays_the_target(cards: Cards) -> None:
    ((code, source, target),) = cards("Venezuelan troops were attacked on Tuesday.")
    assert code.startswith(("18", "19"))
    assert (source, target) == (None, "Venezuela")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the topic after "about"/"over" is the target, the addressee only a forum
        ("Vietnam complained to Laos about Cambodia on Tuesday.", ("Vietnam", "Cambodia")),
        ("Portugal complained to the EU over Spanish fishing on Tuesday.", ("Portugal", "Spain")),
        # no topic: the addressee after "to" is the target, after a verb or its noun
        ("Peru lodged a protest to Chile on Tuesday.", ("Peru", "Chile")),
        ("Peru lodged a complaint to Chile on Tuesday.", ("Peru", "Chile")),
        (
            "Armenia appealed to the UN about Azerbaijan's shelling on Tuesday.",
            ("Armenia", "Azerbaijan"),
        ),
    ],
)
def test_a_complaint_targets_its_topic_else_its_addressee(
    cards: Cards, text: str, sides: tuple[str, str]
) -> None:
    ((code, source, target),) = cards(text)
    assert code[:2] in ("02", "11")
    assert (source, target) == sides


def test_a_complaint_about_the_speaker_s_own_people_targets_the_addressee(
    cards: Cards,
) -> None:
    ((_, source, target),) = cards("Vietnam complained to Laos about Vietnamese fishermen.")
    assert (source, target) == ("Vietnam", "Laos")


def test_a_complaint_about_no_one_named_has_no_target(cards: Cards) -> None:
    ((_, source, target),) = cards("Vietnam complained about the delays on Tuesday.")
    assert (source, target) == ("Vietnam", None)


def test_an_act_judged_in_the_passive_targets_its_doer(cards: Cards) -> None:
    found = cards("Iran tested a missile on Tuesday, and the test was condemned by France.")
    assert ("111", "France", "Iran") in found


def test_people_judged_in_the_passive_are_no_act_told_before(cards: Cards) -> None:
    found = cards(
        "Iran arrested two activists on Tuesday, and the activists were praised by France."
    )
    assert all(target != "Iran" for code, source, target in found if source == "France")


def test_teams_from_two_countries_are_sent_by_the_first(cards: Cards) -> None:
    found = cards("Rescue teams from Spain and Portugal arrived in Rabat on Tuesday.")
    assert [(s, t) for _, s, t in found] == [("Spain", None)]


def test_people_from_two_countries_are_no_side(cards: Cards) -> None:
    # refugees are no state's envoys: neither the first nor the second country is the source
    found = cards("Refugees from Sudan and Chad were attacked in Cairo on Tuesday.")
    assert all(s not in ("Sudan", "Chad") for _, s, _ in found)


def test_a_capital_sanctioned_is_its_state(cards: Cards) -> None:
    ((code, source, target),) = cards("Tokyo imposed sanctions on Moscow on Tuesday.")
    assert code.startswith("16")
    assert (source, target) == ("Japan", "Russia")


def test_a_curfew_on_a_capital_names_no_state(cards: Cards) -> None:
    found = cards("Authorities imposed a curfew on Tripoli on Tuesday.")
    assert all(t != "Libya" for _, _, t in found)


@pytest.mark.parametrize(
    "text",
    [
        "India claimed Pakistan was behind the ambush on Tuesday.",
        "India claimed the bombing of the depot was staged by Pakistan on Tuesday.",
    ],
)
def test_claiming_another_was_behind_an_attack_accuses_it(cards: Cards, text: str) -> None:
    assert cards(text) == [("112", "India", "Pakistan")]


def test_claiming_one_s_own_fighters_did_it_accuses_no_one(cards: Cards) -> None:
    found = cards("The group claimed the bombing was carried out by its fighters on Tuesday.")
    assert all(not code.startswith("112") for code, _, _ in found)


def test_claiming_oneself_behind_an_attack_is_still_a_claim(cards: Cards) -> None:
    assert [c for c, _, _ in cards("Hamas claimed it was behind the attack on Tuesday.")] == ["015"]


def test_a_second_giver_joined_by_and_keeps_its_own_pledge(cards: Cards) -> None:
    found = cards(
        "Italy pledged tanks to Ukraine on Tuesday, and Spain said it would give artillery."
    )
    assert any(code.startswith("03") and source == "Spain" for code, source, _ in found)
    assert any(source == "Italy" for _, source, _ in found)
