"""Second acts lost in joined and embedded clauses (clauses51): an undated joined clause with a
subject of its own after a dated first clause is read apart and keeps that day; a joined
subject naming another party tells a second act of the same root; "hours later" is the
joined clause's own time; "it" after a subject denied a side takes that subject up; a told
past act with its subject inside its trigger is not planned by a future verb joined after it;
an act an "after" clause dates by a bare distance ("days after", "hours after") is read before the main
act's day.

Sentences written for these tests; the last group are near misses that keep their reading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]
SUNDAY, MONDAY, TUESDAY, WEDNESDAY = (date(2025, 3, d) for d in (9, 10, 11, 12))


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {WEDNESDAY}\n{body}", path="t"))


def _code(e: Event) -> str:
    return e.event_code or ""


def _with(events: list[Event], root: str) -> list[Event]:
    return [e for e in events if _code(e).startswith(root)]


def _day(e: Event) -> date | None:
    return e.when.start if e.when.precision == 1 and e.when.start == e.when.end else None


def _country(e: Event) -> str | None:
    return e.location.place.country_code if e.location and e.location.place else None


def _place(e: Event) -> str | None:
    return e.location.place.name if e.location and e.location.place else None


# 1. an undated joined clause with a subject of its own is read apart


def test_also_after_a_dated_strike_is_a_second_act_on_that_day(read: Read) -> None:
    events = read("TYRE — Israel shelled Khiam on Monday; it also arrested two men in Nablus.")
    (arrest,) = _with(events, "17")
    assert arrest.roles.source == "Israel"
    assert _day(arrest) == MONDAY
    assert _place(arrest) == "Nablus"


def test_another_party_answering_in_kind_is_a_second_act(read: Read) -> None:
    events = read(
        "VILNIUS — Belarus expelled a Lithuanian diplomat on Monday, and Lithuania then "
        "expelled a Belarusian envoy."
    )
    sides = sorted((e.roles.source, e.roles.target) for e in _with(events, "16"))
    assert sides == [("Belarus", "Lithuania"), ("Lithuania", "Belarus")]


def test_another_party_after_a_saying(read: Read) -> None:
    events = read(
        "BEIRUT — Israel said it struck 20 targets overnight, and Hezbollah shelled Metula."
    )
    assert [e.roles.source for e in _with(events, "19") if _place(e) == "Metula"] == ["Hezbollah"]


def test_a_rejection_of_it_is_an_act_of_its_own(read: Read) -> None:
    events = read("HANOI — Vietnam protested to China on Monday, and Beijing rejected it.")
    (rejection,) = _with(events, "12")
    assert rejection.roles.target == "Vietnam"


def test_hours_later_is_the_joined_clauses_own_time(read: Read) -> None:
    events = read(
        "BAKU — Azerbaijan released four Armenian soldiers on Monday, and Armenia freed two "
        "Azerbaijani troops hours later."
    )
    (second,) = [e for e in _with(events, "084") if e.roles.source == "Armenia"]
    assert second.when.start == MONDAY
    assert second.when.end <= TUESDAY


# 2. "it" after a subject denied a side in the first act


@pytest.mark.parametrize(
    ("sentence", "source", "country"),
    [
        (
            "ISLAMABAD — Iran did not take part in the clashes, but it closed its border with "
            "Pakistan on Monday.",
            "Iran",
            "IR",
        ),
        (
            "GAZA — Hamas did not join the fighting, but it fired rockets at Sderot on Tuesday.",
            "Hamas",
            "IL",
        ),
    ],
)
def test_it_takes_up_the_subject_denied_a_side(
    read: Read, sentence: str, source: str, country: str
) -> None:
    (act,) = [e for e in read(sentence) if _day(e) is not None]
    assert act.roles.source == source
    assert _country(act) == country


# 3. a told past act is not planned by a future verb joined after it


def test_a_seizure_of_power_joined_to_a_promise_is_told_done(read: Read) -> None:
    events = read("NIAMEY — The army seized power on Tuesday and will hold elections next year.")
    (coup,) = _with(events, "19")
    assert "planned" not in coup.flags
    assert _day(coup) == TUESDAY


def test_holding_a_referendum_is_no_detention(read: Read) -> None:
    events = read(
        "CONAKRY — The junta has detained the opposition leader since 2022 and will hold a "
        "referendum in May."
    )
    assert len(_with(events, "17")) == 1
    assert all("planned" not in e.flags for e in _with(events, "17"))


# 4. an act an "after" clause dates by a told distance


def test_two_days_after_dates_the_earlier_act(read: Read) -> None:
    events = read(
        "BAMAKO — Soldiers arrested 12 men on Tuesday, two days after gunmen attacked a bus "
        "near Mopti."
    )
    (attack,) = _with(events, "18")
    assert _day(attack) == SUNDAY
    assert _place(attack) == "Mopti"
    (arrest,) = _with(events, "17")
    assert _day(arrest) == TUESDAY


def test_days_after_is_a_span_before_the_main_day(read: Read) -> None:
    events = read(
        "BAMAKO — Soldiers arrested 12 men on Tuesday, days after gunmen attacked a bus near Mopti."
    )
    (attack,) = _with(events, "18")
    assert attack.when.start < attack.when.end < TUESDAY


# 5. near misses: the reading main already gave


def test_an_after_clause_with_no_distance_gives_no_act(read: Read) -> None:
    events = read(
        "BAMAKO — Soldiers arrested 12 men on Tuesday, after gunmen attacked a bus near Mopti."
    )
    assert _with(events, "18") == []


def test_a_raid_and_its_detentions_are_one_act(read: Read) -> None:
    events = read("RAMALLAH — Israel raided Jenin on Monday; it also detained four men there.")
    assert len(_with(events, "17")) == 1


def test_tear_gas_answering_a_named_police_keeps_the_day(read: Read) -> None:
    events = read(
        "AMMAN — Crowds protested outside the embassy on Monday, and Jordanian police fired "
        "tear gas."
    )
    assert [_day(e) for e in _with(events, "17")] == [MONDAY]
