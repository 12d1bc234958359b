"""A finite clause joined by ", and", ", but", ", though" or ";" is an act of its own, with
its own date phrase, place and negation scope (``joined_clauses``; Quirk et al. 1985, 13.1;
TimeML anchors each event by its own clause's time expression), and a pronoun or left-out
subject takes up the first clause's subject. "Received no reports" is no visit hosted.

Sentences written for these tests (clauses49), in the shapes a fresh user reported; the
last group are near misses that keep their reading (one act, not two).
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
MONDAY, TUESDAY, WEDNESDAY = date(2025, 3, 10), date(2025, 3, 11), date(2025, 3, 12)


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {WEDNESDAY}\n{body}", path="t"))


def _code(e: Event) -> str:
    return e.event_code or ""


def _with(events: list[Event], root: str) -> list[Event]:
    return [e for e in events if _code(e).startswith(root)]


def _place(e: Event) -> str | None:
    return e.location.place.name if e.location and e.location.place else None


def _day(e: Event) -> date | None:
    """The event's day when it is dated to one day (ACLED precision 1), else None."""
    return e.when.start if e.when.precision == 1 and e.when.start == e.when.end else None


# 1. the second clause is an act of its own, with its own day and place


@pytest.mark.parametrize(
    ("sentence", "first", "second", "place", "day"),
    [
        (
            "ODESA — A missile struck a hospital in Kherson, and police detained three "
            "looters in Mykolaiv on Tuesday.",
            "19",
            "173",
            "Mykolayiv",  # the gazetteer's name for Mykolaiv
            TUESDAY,
        ),
        (
            "KYIV — The explosion wounded four people, but police detained a suspect on Wednesday.",
            "18",
            "173",
            None,
            WEDNESDAY,
        ),
        (
            "LONDON — Police foiled a plot to bomb a stadium in Leeds, and arrested two men in "
            "Bradford on Monday.",
            "",
            "173",
            "Bradford",
            MONDAY,
        ),
        (
            "NAIROBI — There were no reports of unrest in Kisumu, but police arrested 20 "
            "protesters in Nakuru on Tuesday.",
            "",
            "173",
            "Nakuru",
            TUESDAY,
        ),
    ],
)
def test_a_joined_clause_is_an_act_with_its_own_day_and_place(
    read: Read, sentence: str, first: str, second: str, place: str | None, day: date
) -> None:
    events = read(sentence)
    (act,) = _with(events, second)
    assert _day(act) == day
    if place is not None:
        assert _place(act) == place
    if first:
        (before,) = _with(events, first)
        assert _day(before) != day  # the first act does not take the second's day


# 2. a pronoun subject takes up the first clause's subject; each clause keeps its own day


def test_a_pronoun_subject_takes_up_the_first_clauses_subject(read: Read) -> None:
    events = read(
        "CAIRO — Egypt criticised Israel on Monday, and it arrested two smugglers on Tuesday."
    )
    (blame,) = _with(events, "11")
    (arrest,) = _with(events, "173")
    assert (_day(blame), _day(arrest)) == (MONDAY, TUESDAY)
    assert "arrested" not in blame.summary.lower()
    assert arrest.roles.source == "Egypt"


def test_a_threat_then_a_seizure_are_two_acts(read: Read) -> None:
    events = read(
        "TEHRAN — Iran has threatened to close the Strait of Hormuz if attacked, and it seized "
        "a ship on Tuesday."
    )
    (threat,) = _with(events, "138")
    (seizure,) = _with(events, "171")
    assert _day(seizure) == TUESDAY
    assert _day(threat) != TUESDAY
    assert seizure.roles.source == "Iran"


def test_a_threat_left_open_does_not_take_the_exercises_day(read: Read) -> None:
    events = read(
        "MOSCOW — Russia has not ruled out using force against Moldova, and it held exercises "
        "near the border on Tuesday."
    )
    (show,) = _with(events, "15")
    assert _day(show) == TUESDAY
    assert all(_day(e) != TUESDAY for e in _with(events, "13"))


def test_a_semicolon_joins_a_clause_of_its_own(read: Read) -> None:
    events = read(
        "BEIRUT — Hezbollah said on Monday it was ready for negotiations; residents reported "
        "air strikes on Wednesday."
    )
    (strikes,) = _with(events, "19")
    assert _day(strikes) == WEDNESDAY


def test_a_stabbing_after_a_prevented_attack_is_an_act(read: Read) -> None:
    events = read(
        "PARIS — The suspect was detained before he could set off the bomb, but his brother "
        "stabbed a guard in Lyon on Monday."
    )
    (stab,) = [e for e in events if _code(e)[:2] == "18"]
    assert (_place(stab), _day(stab)) == ("Lyon", MONDAY)


# 3. a negation does not reach the joined clause


def test_no_reports_of_fighting_does_not_undo_the_bombing(read: Read) -> None:
    events = read(
        "JUBA — There were no immediate reports of fighting, though the army said it shelled "
        "rebel positions near Malakal on Tuesday."
    )
    done = [e for e in events if _code(e)[:2] == "19" and "negated" not in e.flags]
    assert len(done) == 1
    assert _day(done[0]) == TUESDAY
    assert "fighting" not in done[0].summary


def test_a_day_before_a_joined_clause_stays_with_its_own_act(read: Read) -> None:
    events = read(
        "KABUL — Four captives were freed in a raid on Saturday, and the militia released two "
        "others on Sunday."
    )
    (raid,) = _with(events, "19")
    assert _day(raid) == date(2025, 3, 8)


def test_an_accusation_after_no_reports_is_not_negated(read: Read) -> None:
    events = read(
        "The ministry said there were no reports of Ethiopian troops entering the country, and "
        "it accused Eritrea of arming the militia."
    )
    (accusation,) = _with(events, "11")
    assert "negated" not in accusation.flags


# 4. "received no reports" is no visit hosted


@pytest.mark.parametrize(
    "sentence",
    [
        "NAIROBI — Officials said they had received no reports of looting.",
        "The governor said he had received reports of looting in the town.",
    ],
)
def test_reports_received_are_no_visit(read: Read, sentence: str) -> None:
    assert not _with(read(sentence), "043")


# 5. near misses: one act, as before


@pytest.mark.parametrize(
    "sentence",
    [
        "KYIV — The strike killed three and wounded five in Kharkiv on Monday.",
        "KYIV — Gunmen attacked a checkpoint in Kharkiv on Monday, and killed two guards.",
        "KYIV — Russia, and its ally Belarus, held exercises near the border on Monday.",
    ],
)
def test_a_toll_or_a_noun_phrase_coordination_is_no_second_act(read: Read, sentence: str) -> None:
    assert len(read(sentence)) == 1
