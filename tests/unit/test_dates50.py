"""Date faults a tester found (dates50), each rule with sentences written for these tests and
near misses that keep their reading: a saying's date before "that" was bound to the reported
clause's noun ("said last Tuesday that negotiations would reopen on Friday"); a reported
clause's own past verb was read as a reduced relative, so its day went to the saying; a
past-tense act counted past publication was flagged planned; a situation that "has lasted
for three years" or "lasted two years" with no date was an act of the report's week; and a
past perfect told by a dated saying took the saying's day."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates_document import document_dates
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

PUB_DAY = date(2026, 6, 18)  # a Thursday (tests.unit.reading.PUB)
MONDAY, WEDNESDAY = date(2026, 6, 15), date(2026, 6, 17)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# ---------------------------------------------- a saying's date is not the reported noun's


def test_a_saying_date_before_that_leaves_the_reported_act_its_own_day(extract: Extract) -> None:
    # published a week on: "last Tuesday" (June 23) is the saying's day, Friday the talks'
    events = extract(
        "BAMAKO — The mediator said last Tuesday that negotiations would reopen on Friday.",
        pub="2026-06-25",
    )
    (ev,) = rooted(events, "04")
    assert (ev.date_start, ev.date_end) == (date(2026, 6, 26), date(2026, 6, 26))
    assert "planned" in ev.flags


def test_a_date_before_a_relative_that_still_dates_its_noun(extract: Extract) -> None:
    # near miss: no verb of saying before the date, so "last year" is the raids' own
    events = extract(
        "BAMAKO — Police arrested two men over the raids on border posts last year "
        "that killed 12 guards."
    )
    assert any(ev.date_start == date(2025, 1, 1) for ev in rooted(events, "19"))


@pytest.mark.parametrize(
    "sentence",
    [
        "BAMAKO — The mediator said on Wednesday that talks restarted on Monday.",
        "BAMAKO — The mediator told reporters on Wednesday that the talks restarted on Monday.",
    ],
)
def test_a_reported_past_verb_is_no_reduced_relative(extract: Extract, sentence: str) -> None:
    (ev,) = rooted(extract(sentence), "04")
    assert (ev.date_start, ev.date_end) == (MONDAY, MONDAY)


def test_a_relative_that_with_its_own_subject_keeps_its_date(extract: Extract) -> None:
    # near miss: no verb of saying, so "pirates seized in March" dates the seizure, not the
    # freeing
    (ev,) = extract("BAMAKO — The navy freed the ship that pirates seized in March.")
    assert ev.date_start > date(2026, 3, 31)


# -------------------------------------------- a past act counted past publication: conflict


def test_a_past_act_counted_past_publication_is_a_conflict_not_a_plan(extract: Extract) -> None:
    events = extract(
        "BAMAKO — The council met on Wednesday. Two days later, soldiers stormed the parliament."
    )
    (ev,) = rooted(events, "19")
    assert ev.date_start > PUB_DAY
    assert "planned" not in ev.flags
    assert "date_conflict" in ev.flags


def test_a_future_act_after_publication_stays_planned(extract: Extract) -> None:
    (ev,) = rooted(extract("BAMAKO — Soldiers will storm the parliament on Friday."), "1")
    assert "planned" in ev.flags
    assert "date_conflict" not in ev.flags


# ---------------------------------------------------------------- a situation that lasted


def test_a_present_perfect_for_n_years_is_the_stretch_up_to_publication(
    extract: Extract,
) -> None:
    events = extract(
        "BAMAKO — Rebels have blockaded the town of Kidal for three years, traders said."
    )
    (ev,) = rooted(events, "19")
    assert (ev.date_start, ev.date_end) == (date(2023, 6, 18), PUB_DAY)
    assert "date_inferred" not in ev.flags


def test_a_set_term_is_no_stretch_gone_by(extract: Extract) -> None:
    # near miss: a ban's length may run on past publication (classes.csv TERM_WORD)
    (ev,) = extract("BAMAKO — The court has banned the party for five years.")
    assert ev.date_start >= date(2026, 6, 1)


def test_a_for_stretch_is_a_duration_the_dates_contract_leaves_out() -> None:
    # a guard, not a fault: the event reader's new reading stays out of the TIMEX3 DATEs
    found = document_dates("Rebels have blockaded the town for three years.", PUB_DAY)
    assert not [f for f in found if "three years" in f.text]


def test_a_past_act_lasting_years_with_no_date_is_left_out(extract: Extract) -> None:
    assert extract("BAMAKO — Jihadists besieged the garrison town of Boni for two years.") == []


def test_a_past_act_lasting_days_keeps_the_week(extract: Extract) -> None:
    # near miss: days fit the report's week
    (ev,) = extract("BAMAKO — Jihadists attacked the garrison town of Boni for two days.")
    assert ev.date_end == PUB_DAY


# ------------------------------------------------- a past perfect told by a dated saying


def test_a_past_perfect_on_a_noun_told_before_takes_that_happenings_day(
    extract: Extract,
) -> None:
    events = extract(
        "KYIV — A convoy was ambushed near Sumy on June 5. Officials said on Wednesday the "
        "convoy had been struck by a Russian drone."
    )
    (ev,) = rooted(events, "195")
    assert (ev.date_start, ev.date_end) == (date(2026, 6, 5), date(2026, 6, 5))


def test_a_simple_past_told_by_a_saying_keeps_the_saying_day(extract: Extract) -> None:
    # near miss: the simple past is no flashback
    events = extract("KYIV — Police said on Wednesday that gunmen killed five villagers near Sumy.")
    (ev,) = rooted(events, "18")
    assert (ev.date_start, ev.date_end, ev.when.precision) == (WEDNESDAY, WEDNESDAY, 1)
