"""Open faults a fifth QA pass found in the reader (Dec 1), each kept as a strict xfail so that a
fix shows up as an XPASS. The sentences are written for these tests, in the way wire copy words
diplomacy, courts, sanctions, hostage releases, truce talks, drone and missile strikes with
interceptions, refugees and cyber attacks, and stories whose later sentences point back ("the
kidnappers", "the drones"). Each test names the rule it holds the reader to: CAMEO 1.1b3, ACLED's
place and date rules, TimeML, or a sibling sentence the reader already reads right (quoted in
the comment)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[..., list[Event]]
PUB = "2026-06-18"  # a Thursday
SUNDAY, MONDAY = date(2026, 6, 14), date(2026, 6, 15)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body, pub=PUB: extractor.extract(parse_article(f"date {pub}\n{body}", path="t"))


def code(ev: Event) -> str:
    return ev.event_code or ev.event_type.code


def unreal(ev: Event) -> bool:
    """Whether the event is flagged as not (or not yet) having happened."""
    return bool({"negated", "hypothetical", "planned"} & set(ev.flags))


def where(ev: Event) -> tuple[str | None, str | None]:
    """(place name, ISO2) of an event's location, (None, None) when it has none."""
    if ev.location is None or ev.location.place is None:
        return None, None
    return ev.location.place.name, ev.location.place.country_code


def rooted(events: list[Event], *roots: str) -> list[Event]:
    """The events whose CAMEO code starts with one of ``roots`` ("19", "DIS")."""
    return [e for e in events if code(e).startswith(roots)]


# ------------------------------------------------ one card per happening: sentences that point back


@pytest.mark.xfail(
    strict=True, reason="'Air defences shot down 70 of the drones' is a second card, dated the week"
)
def test_drones_shot_down_from_a_told_barrage_are_no_second_fight(extract: Extract) -> None:
    # README: "a later definite mention of a happening ('the attack') joins the event told
    # before"; "the drones" are the ones just launched. The interception came out as a second
    # 190 at no place, dated the week up to publication (date_inferred). Likewise "Most of them
    # were intercepted, but one person was killed in Jericho" after an Iranian barrage, and
    # "Air defences destroyed 50 of them" (a 171 seizure on the day of the statement)
    events = extract("Russia launched 90 drones at Ukraine on Sunday. Air defences shot down 70 "
                     "of the drones.")  # fmt: skip
    fights = rooted(events, "18", "19", "20", "17")
    assert len(fights) == 1


@pytest.mark.xfail(
    strict=True, reason="'the kidnappers had demanded a ransom' is a second abduction card"
)
def test_the_kidnappers_named_again_are_no_second_kidnapping(extract: Extract) -> None:
    # the agent noun points back to the abduction just told, as "the attack" does; a ransom
    # demand may be its own 10, but a second 181 dated the week is one happening told twice.
    # Likewise "The kidnappers have asked for 50 million naira" after a priest's abduction
    events = extract("Gunmen abducted 20 students from a school in Kaduna state on Thursday. "
                     "Police said the kidnappers had demanded a ransom.")  # fmt: skip
    assert len(rooted(events, "18")) == 1


@pytest.mark.xfail(
    strict=True, reason="'A cyber attack ... halted container operations' gives an 087 and a 190"
)
def test_an_attack_that_halted_work_is_one_card_and_no_de_escalation(extract: Extract) -> None:
    # CAMEO 087 is a party de-escalating its own military engagement; an attack that stopped
    # a port's work is the attack (a purpose or a participle consequence is no second event,
    # README). Two cards came out for one happening: 087 and 190
    events = extract("A cyber attack on the port of Nagoya halted container operations for "
                     "two days.")  # fmt: skip
    assert not rooted(events, "08")
    assert len(events) <= 1
