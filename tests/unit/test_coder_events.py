"""The sentence coder through the extractor: full codes and flags reach the events."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date 2024-03-14\n{body}", path="t"))


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("NAHA — The coast guard held an exercise near the islands on Saturday.", "150"),
        ("ABUJA — Police raided the union's headquarters on Monday.", "173"),
        ("ROME — The prime minister telephoned the German chancellor on Tuesday.", "041"),
        ("HANOI — The two governments signed a fisheries agreement on Friday.", "057"),
        ("QUITO — Students rioted in the capital on Sunday.", "145"),
        ("DHAKA — The government lifted the curfew on Wednesday.", "0813"),
    ],
)
def test_ordinary_sentences_make_one_coded_event(extract, body: str, code: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = extract(body)
    assert event.event_code == code
    assert event.event_type.code == code[:2]


def test_a_war_not_fought_is_negated(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("OSLO — Norway has not fought a war since 1905.")
    assert events
    assert all("negated" in e.flags for e in events)


def test_speculation_is_hypothetical_not_a_consultation(extract) -> None:  # type: ignore[no-untyped-def]
    (event,) = extract("CAIRO — Analysts said the army could invade if the talks collapse.")
    assert event.event_type.code == "19"
    assert "hypothetical" in event.flags


def test_a_speculated_attack_leaves_no_unflagged_copy(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(
        "KYIV — Officials warned of a new offensive. "
        "Such an offensive might begin within days, analysts speculated."
    )
    fights = [e for e in events if e.event_type.code == "19"]
    assert fights
    assert all("hypothetical" in e.flags for e in fights)


@pytest.mark.parametrize(
    "toll",
    [
        "More than 800 people have been killed, officials said.",
        "Hundreds of people were killed and thousands injured.",
    ],
)
def test_a_hazard_toll_is_the_hazard_not_a_fight(extract, toll: str) -> None:  # type: ignore[no-untyped-def]
    events = extract(f"DHAKA — Heavy monsoon floods swept through the delta this week. {toll}")
    assert [e.event_type.code for e in events] == ["DIS-FLOOD"]
    assert len(events[0].evidence) == 2


def test_a_toll_with_an_attacker_stays_a_fight(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(
        "MANILA — A typhoon struck the islands on Friday. "
        "Twelve people were killed by gunmen in the south."
    )
    assert {"18", "19"} & {e.event_type.code for e in events}


def test_a_treaty_year_does_not_date_the_statement(extract) -> None:  # type: ignore[no-untyped-def]
    (event,) = extract(
        "MANILA — The Foreign Ministry called the naval blockade reckless "
        "and cited the 1982 Law of the Sea convention."
    )
    assert event.event_code == "111"
    assert event.when.start.year == 2024
