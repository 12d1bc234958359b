"""Events the reader missed entirely, and coups and mutinies (cameo50b).

Sentences composed for these tests (one-sentence wire stories), with near misses that keep
their reading:
- a region's leaders saying it will hold a vote on secession threaten to break relations
  (CAMEO 1.1b3 §1313, whose usage notes code threats to declare independence), planned;
  a referendum held is no threat;
- "N days after X," right after a dateline fronts the main clause, as it does at the
  sentence's start;
- armed forces seizing power or staging a coup use force (§190); a coup told as its own
  subject or defeated is the same act; "took power" after an election is no coup, and a
  "diplomatic coup" no act; soldiers mutinying defy authority (§128);
- '"We did not attack…," a spokesman said' is the speaker's side denying (§016), also in
  single quotation marks; a negated agreement is no denial; a coup alleged after "accused …
  of" is the accusation, not a coup;
- coast guard ships entering waters near a place show force (§150); a cable damaged or
  severed is property damaged (§171), its doer unknown;
- convoys blockaded are §191 (restrict movement), no longer §170.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)

    def events(sentence: str) -> list[Event]:
        return extractor.extract(parse_article(f"date 2025-03-12\n{sentence}", path="t"))

    return events


def _codes(events: list[Event]) -> list[str | None]:
    return [e.event_code for e in events]


def _one(events: list[Event]) -> Event:
    assert len(events) == 1, [(e.event_code, e.summary) for e in events]
    return events[0]


# 1. a planned vote on secession


@pytest.mark.parametrize(
    "sentence",
    [
        "PRISTINA — A Kosovo Serb leader said on Monday that the north would hold a "
        "referendum on independence next year.",
        "MADRID — The separatists will hold an independence referendum in the autumn.",
    ],
)
def test_planned_secession_vote_threatens_a_break(read: Read, sentence: str) -> None:
    e = _one(read(sentence))
    assert e.event_code == "1313"
    assert "planned" in e.flags


def test_referendum_held_is_no_threat(read: Read) -> None:
    assert "1313" not in _codes(read("EDINBURGH — Scotland held a referendum on independence."))


# 2. a fronted "N days after X," after the dateline


def test_days_after_fronted_after_a_dateline(read: Read) -> None:
    e = _one(read("BAMAKO, Mali — Two days after the vote, soldiers closed the border with Niger."))
    assert e.event_code == "191"


# 3. coups and mutinies


@pytest.mark.parametrize(
    "sentence",
    [
        "LIBREVILLE — Soldiers seized power in Gabon on Wednesday.",
        "OUAGADOUGOU — The army staged a coup on Friday.",
        "FREETOWN — A coup attempt was foiled on Sunday, the government said.",
        "LA PAZ — An attempted coup was thwarted on Wednesday.",
        "The coup took place on March 3, 2021.",
    ],
)
def test_coup_is_force(read: Read, sentence: str) -> None:
    assert _one(read(sentence)).event_code == "190"


@pytest.mark.parametrize(
    "sentence",
    [
        "LONDON — The opposition took power after the election in March.",
        "PARIS — The deal was a diplomatic coup for the president.",
    ],
)
def test_no_coup_without_arms(read: Read, sentence: str) -> None:
    assert "190" not in _codes(read(sentence))


def test_mutiny_defies_authority(read: Read) -> None:
    e = _one(read("CONAKRY — Troops mutinied at a barracks outside the capital on Monday."))
    assert e.event_code == "128"


# 4. a quoted denial, and other silent misses


@pytest.mark.parametrize(
    "sentence",
    [
        '"We did not fire on any tanker in the Gulf this month," an Iranian navy '
        "spokesman said on Monday.",
        "'We did not shell the village,' a Russian army spokesman said.",
    ],
)
def test_quoted_denial(read: Read, sentence: str) -> None:
    e = _one(read(sentence))
    assert e.event_code == "016"
    assert "negated" not in e.flags
    assert e.roles.source_country in ("IR", "RU")


def test_quoted_negated_agreement_is_no_denial(read: Read) -> None:
    # near miss: only acts of force or coercion are denied
    assert "016" not in _codes(read('"We did not agree to the deal," the Iranian minister said.'))


def test_coup_alleged_is_an_accusation(read: Read) -> None:
    sentence = (
        "TBILISI — A court ruled that six men accused of plotting a coup should stay in jail."
    )
    assert "190" not in _codes(read(sentence))
    e = _one(
        read(
            "In 2019 the government accused opposition leaders, citing intercepted calls, "
            "of trying to stage a coup."
        )
    )
    assert e.event_code is not None
    assert e.event_code.startswith("112")


def test_named_warship_through_a_strait(read: Read) -> None:
    e = _one(read("HMS Argyll sailed through the Taiwan Strait on Tuesday."))
    assert e.event_code == "150"


def test_coast_guard_entering_waters_near(read: Read) -> None:
    e = _one(read("Chinese coast guard vessels entered waters near the Senkaku Islands on Monday."))
    assert e.event_code == "150"
    assert e.roles.source_country == "CN"


@pytest.mark.parametrize(
    "sentence",
    [
        "HELSINKI — The Balticconnector pipeline was damaged in October last year.",
        "A tanker had dragged its anchor, severing three telecom cables near Helsinki.",
    ],
)
def test_cable_damaged(read: Read, sentence: str) -> None:
    e = _one(read(sentence))
    assert e.event_code == "171"
    assert e.roles.source is None


# 5. a blockade of convoys


def test_convoys_blockaded(read: Read) -> None:
    e = _one(read("Rebels blockaded food convoys on the road between Gao and Mopti on Monday."))
    assert e.event_code == "191"
