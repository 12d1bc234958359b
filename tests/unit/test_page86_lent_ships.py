"""A ship's name lent across reports of the same days, found by comparing spans, not walking
their days (``happenings.lent_ships``, session 86): the same reports as the day-by-day walk."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.happenings import lent_ships
from dashboard.happenings.lent_ships import lend_ship_names
from dashboard.happenings.model import Report

DAY = date(2025, 7, 7)
NAMES = ("magic seas", "eternity c", "galaxy leader")


def _report(n: int, start: date, end: date, **kw: object) -> Report:
    return Report(f"e{n}", f"a{n}", "19", start, end, 1, None, **kw)  # type: ignore[arg-type]


def _walked(reports: list[Report]) -> list[Report]:
    """The day-by-day walk the spans replace (main at 9c08aa1d), the reference."""
    by_day: dict[date, set[str]] = {}
    for r in reports:
        for k in range((r.end - r.start).days + 1) if r.ships else ():
            by_day.setdefault(r.start + timedelta(days=k), set()).update(r.ships)
    out = []
    for r in reports:
        if not r.ship_text or r.ships or not by_day:
            out.append(r)
            continue
        first, days = r.start - timedelta(days=1), (r.end - r.start).days + 3
        near = set().union(*(by_day.get(first + timedelta(days=k), set()) for k in range(days)))
        found = frozenset(n for n in near if lent_ships._told(n, r.ship_text))
        out.append(replace(r, ships=found) if found else r)
    return out


def test_a_name_marked_the_day_before_is_lent() -> None:
    marked = _report(1, DAY, DAY, ships=frozenset({"magic seas"}))
    told = _report(
        2, DAY + timedelta(days=1), DAY + timedelta(days=1), ship_text=("hit the magic seas",)
    )
    assert lend_ship_names([marked, told])[1].ships == {"magic seas"}


def test_a_name_marked_two_days_before_is_not_lent() -> None:
    marked = _report(1, DAY, DAY, ships=frozenset({"magic seas"}))
    later = DAY + timedelta(days=2)
    told = _report(2, later, later, ship_text=("hit the magic seas",))
    assert lend_ship_names([marked, told])[1].ships == frozenset()


def test_a_report_spanning_decades_meets_a_mark_inside_them() -> None:
    # a report dated by its decade: the mark on one of its days is lent, as the walk lent it
    marked = _report(1, DAY, DAY, ships=frozenset({"eternity c"}))
    told = _report(2, date(2020, 1, 1), date(2029, 12, 31), ship_text=("the eternity c sank",))
    assert lend_ship_names([marked, told])[1].ships == {"eternity c"}


def test_marked_within_compares_spans_at_their_edges() -> None:
    marked = {(DAY, DAY + timedelta(days=3)): {"magic seas"}}
    assert lent_ships._marked_within(marked, DAY + timedelta(days=3), DAY + timedelta(days=9))
    assert not lent_ships._marked_within(marked, DAY + timedelta(days=4), DAY + timedelta(days=9))
    assert lent_ships._marked_within(marked, DAY - timedelta(days=5), DAY)
    assert not lent_ships._marked_within(marked, DAY + timedelta(days=2), DAY + timedelta(days=1))


_spans = st.tuples(st.integers(-40, 40), st.integers(-3, 60))
_texts = st.sampled_from(
    [(), ("hit the magic seas",), ("it sank", "the eternity c went down"), ("galaxy leader",)]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(_spans, st.sets(st.sampled_from(NAMES), max_size=2), _texts),
        max_size=12,
    )
)
def test_spans_lend_what_the_walk_lent(rows: list) -> None:
    reports = [
        _report(
            n,
            DAY + timedelta(days=a),
            DAY + timedelta(days=a + length),
            ships=frozenset(ships),
            ship_text=text,
        )
        for n, ((a, length), ships, text) in enumerate(rows)
    ]
    assert lend_ship_names(reports) == _walked(reports)


# ``answered_places.may_answer``: one scan a sentence before the regroup asks each place


def test_a_sentence_with_an_answered_act_may_answer() -> None:
    from dashboard.events.answered_places import may_answer

    assert may_answer("Hundreds marched to denounce the killing of a student outside Nairobi.")


def test_a_sentence_without_an_answered_act_is_not_asked() -> None:
    from dashboard.events.answered_places import may_answer

    # "in" and "of" but no cue before an act's noun: the regroup asks no place of it
    assert not may_answer("Most of the protesters gathered in the square in Lyon.")


_PIECES = st.sampled_from(
    [
        "to protest against",
        "over",
        "after",
        "the",
        "their",
        "arrest",
        "killing",
        "of",
        "leaders",
        "in",
        "at",
        "outside",
        "Mbeya",
        ",",
        "Protested Against The Arrest",
        "students",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14))
def test_no_answered_place_in_a_sentence_that_may_not_answer(words: list[str]) -> None:
    from dashboard.events.answered_places import answered_place, may_answer

    text = " ".join(words) + " Mbeya."
    found = any(answered_place(text, k) is not None for k in range(len(text) + 1))
    assert may_answer(text) or not found
