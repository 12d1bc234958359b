"""Stretches up to publication (dates92): "for the past four months" is read as "over the
past four months" is, and a stretch in a relative clause on the subject measures that
clause's state, not the act. Sentences written for these tests; each positive fails on main
at 74140c0f, each near miss passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates_document import document_dates
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract

PUB = "2025-02-20"  # a Thursday
PUB_DAY = date(2025, 2, 20)
WEEK = (date(2025, 2, 14), PUB_DAY)  # the inferred week up to publication


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _first(events: list[Event], *roots: str) -> Event:
    return next(e for e in events if code(e).startswith(roots))


def _span(ev: Event) -> tuple[date, date]:
    return ev.date_start, ev.date_end


# ------------------------------------------- "for the past N units": the stretch up to publication


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Gunmen have raided farms in the district for the past four months.", date(2024, 10, 20)),
        ("Soldiers have blockaded the harbour for the last two years.", date(2023, 2, 20)),
        ("Rebels have shelled border villages throughout the past six weeks.", date(2025, 1, 9)),
    ],
)
def test_for_the_past_units_is_the_stretch_to_publication(
    extract: Extract, text: str, start: date
) -> None:
    # TimeML: "the past four months" is anchored at the creation time, as "over the past" is
    ev = _first(extract(text, PUB), "18", "19")
    assert _span(ev) == (start, PUB_DAY)
    assert "date_inferred" not in ev.flags


def test_for_the_last_units_of_something_else_is_no_stretch(extract: Extract) -> None:
    # near miss: "the last two years of the war" is the war's final stretch, not ours
    ev = _first(extract("Troops shelled the valley for the last two years of the war.", PUB), "19")
    assert _span(ev) == WEEK  # no date of its own: the inferred week up to publication
    assert "date_inferred" in ev.flags


def test_for_the_past_units_stays_out_of_the_dates_contract() -> None:
    # near miss: a DURATION (P4M) is no TIMEX3 DATE, as "over the past four months" is not
    text = "Gunmen have raided farms in the district for the past four months."
    assert [m.text for m in document_dates(text, PUB_DAY)] == []


# ------------------------------------------------ a stretch in a relative clause on the subject


@pytest.mark.parametrize(
    "text",
    [
        "A driver who has worked at the depot for 15 years was arrested.",
        "A teacher who has taught in the town over the past decade was detained.",
    ],
)
def test_relative_clause_stretch_does_not_date_the_act(extract: Extract, text: str) -> None:
    # the stretch measures how long the noun's state lasted; an arrest is no years-long act
    ev = _first(extract(text, PUB), "17")
    assert _span(ev) == WEEK
    assert "date_inferred" in ev.flags


def test_relative_clause_day_still_dates_an_undated_act(extract: Extract) -> None:
    # near miss: a day in the relative clause is kept when the act has none of its own
    ev = _first(extract("A driver who arrived at the depot on Monday was arrested.", PUB), "17")
    assert _span(ev) == (date(2025, 2, 17), date(2025, 2, 17))


def test_stretch_of_the_relative_clauses_own_act_is_kept(extract: Extract) -> None:
    # near miss: the attacks are the relative clause's own verb, so the stretch is theirs
    text = "Rebels who have attacked villages over the past three months were defeated."
    ev = _first(extract(text, PUB), "19", "18")
    assert _span(ev) == (date(2024, 11, 20), PUB_DAY)


def test_for_the_past_units_in_a_subordinate_clause_dates_nothing(extract: Extract) -> None:
    # near miss: the stretch is the "as" clause's own (how long she served), not the act's
    text = (
        "I resign with regret, as it has been an honour to serve the town for the past six years."
    )
    events = extract(text, PUB)
    assert events
    assert all(_span(e) == WEEK for e in events)


# ------------------------------- a "past N units" stretch in a clause a dated saying frames


@pytest.mark.parametrize(
    "text",
    [
        "Rebels have shelled the valley over the past 12 days, officials said on Tuesday.",
        "Rebels have shelled the valley for the past 12 days, officials said on Tuesday.",
    ],
)
def test_past_units_stretch_told_by_a_dated_saying_ends_on_its_day(
    extract: Extract, text: str
) -> None:
    # the told clause keeps the speaker's present perfect: its "past" ends on Tuesday
    ev = _first(extract(text, PUB), "19")
    assert _span(ev) == (date(2025, 2, 6), date(2025, 2, 18))


def test_past_units_stretch_with_no_saying_runs_to_publication(extract: Extract) -> None:
    # near miss: no dated saying, so the stretch is the writer's, up to publication
    ev = _first(extract("Rebels have shelled the valley over the past 12 days.", PUB), "19")
    assert _span(ev) == (date(2025, 2, 8), PUB_DAY)


# ------------------------------------------------- an act in a "before" clause with its own day


def test_before_clause_act_with_its_own_day_is_read(extract: Extract) -> None:
    # TimeML: the clause's verb is an EVENT of its own, AFTER the main one, on its own day
    text = "Soldiers detained two journalists on Monday before police arrested their editor on Wednesday."
    arrests = [e for e in extract(text, PUB) if code(e).startswith("17")]
    assert sorted(_span(e) for e in arrests) == [
        (date(2025, 2, 17), date(2025, 2, 17)),
        (date(2025, 2, 19), date(2025, 2, 19)),
    ]


def test_before_clause_act_of_force_keeps_its_own_day(extract: Extract) -> None:
    text = "Troops shelled the valley on Friday before rebels ambushed a convoy on Sunday."
    days = sorted(_span(e) for e in extract(text, PUB) if code(e).startswith(("18", "19")))
    assert (date(2025, 2, 16), date(2025, 2, 16)) in days
    assert (date(2025, 2, 14), date(2025, 2, 14)) in days


@pytest.mark.parametrize(
    ("text", "force"),
    [
        # a modal: the attack was forestalled, no fact
        (
            "Troops withdrew from the valley on Friday before rebels could ambush a convoy on Sunday.",
            0,
        ),
        # no day of the clause's own: no happening apart, the main shelling alone
        ("Troops shelled the valley on Friday before rebels ambushed a convoy.", 1),
    ],
)
def test_before_clause_without_a_fact_on_its_own_day_adds_nothing(
    extract: Extract, text: str, force: int
) -> None:
    events = extract(text, PUB)
    assert not any(_span(e)[0] == date(2025, 2, 16) for e in events)
    assert len([e for e in events if code(e).startswith(("18", "19"))]) == force
