"""Session 87, fix101 (newuser96's report, item 15, and fix98's lost ambush): an act told as a
count of days after a happening the sentence before told, named again by a definite noun
("Two days after the port fell, ..."), takes that happening's day moved by the count, and is
another happening, neither folded into it as its toll nor as a mention of it. Sentences
written for these tests, with other names, places and topics than the user's."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_count_after_a_fall_told_before_moves_its_day(extract: Extract) -> None:
    body = (
        "Militiamen captured Bor on June 2. Four days after the city fell, a Red Cross truck "
        "was shot at near the river, wounding a driver."
    )
    shots = [e for e in real(extract(body), "18", "19") if "truck" in e.summary.lower()]
    assert [(e.when.start, e.when.end) for e in shots] == [(date(2026, 6, 6), date(2026, 6, 6))]


def test_the_day_after_the_attack_is_another_act_on_the_next_day(extract: Extract) -> None:
    body = (
        "Gunmen bombed a market in Gao on Monday. The day after the bombing, a police patrol "
        "was ambushed near the town."
    )
    events = extract(body)
    ambushes = [e for e in real(events, "18", "19") if "patrol" in e.summary.lower()]
    assert [e.when.start for e in ambushes] == [date(2026, 6, 16)]
    bombings = [e for e in events if code(e) == "183"]
    assert [e.when.start for e in bombings] == [date(2026, 6, 15)]


def test_a_day_after_the_capture_keeps_the_shooting(extract: Extract) -> None:
    body = (
        "Insurgents captured Kidal on June 9. A day after the capture, an aid convoy was shot "
        "at outside Kidal."
    )
    shots = [e for e in real(extract(body), "18", "19") if "convoy" in e.summary.lower()]
    assert [e.when.start for e in shots] == [date(2026, 6, 10)]


# near misses: what must stay as it was


def test_a_toll_found_hours_after_stays_the_attack(extract: Extract) -> None:
    body = (
        "Gunmen bombed a market in Gao on Monday. Hours after the attack, ten more bodies were "
        "found."
    )
    events = real(extract(body), "18", "19", "20")
    assert [e.when.start for e in events] == [date(2026, 6, 15)]


def test_a_count_after_a_happening_not_told_before_takes_no_anchor(extract: Extract) -> None:
    body = (
        "Militiamen captured Bor on June 2. Two days after a bomb exploded in Juba, a Red Cross "
        "truck was shot at near the river."
    )
    shots = [e for e in real(extract(body), "18", "19") if "truck" in e.summary.lower()]
    assert all(e.when.start != date(2026, 6, 4) for e in shots)


def test_a_count_after_a_month_dated_happening_moves_nothing(extract: Extract) -> None:
    body = (
        "Militiamen captured Bor in May. Two days after the city fell, a Red Cross truck was "
        "shot at near the river."
    )
    shots = [e for e in real(extract(body), "18", "19") if "truck" in e.summary.lower()]
    assert all(e.when.precision != 1 for e in shots)


def test_the_noun_inside_the_phrase_is_not_moved(extract: Extract) -> None:
    body = (
        "Rebels said the raid avenged an air strike on their camp near Gao on June 1. The raid "
        "came two weeks after that strike."
    )
    strikes = real(extract(body), "18", "19")
    assert all(e.when.start <= date(2026, 6, 1) or e.when.precision != 1 for e in strikes)
    assert all(e.when.start != date(2026, 6, 15) for e in strikes)


def test_a_definite_mention_after_the_count_is_the_happening_told_again(
    extract: Extract,
) -> None:
    body = (
        "Gunmen bombed a market in Gao on Monday. Two days after the attack, officials said the "
        "bombing had killed 30 people."
    )
    bombings = [e for e in extract(body) if code(e) == "183"]
    assert [e.when.start for e in bombings] == [date(2026, 6, 15)]
