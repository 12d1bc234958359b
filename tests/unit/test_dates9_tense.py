"""Stop 35 (dates9): which side of the publication date a bare weekday falls, from the verb
that governs it. Every sentence was written for these tests; none comes from an evaluation
set. Values follow TimeML (TIMEX3 DATE values, anchored on the document creation time)."""

from __future__ import annotations

from datetime import date

from dashboard.events.dates import find_dates

THU = date(2024, 3, 14)  # a Thursday


def value(text: str, pub: date = THU) -> list[tuple[str, str]]:
    return [(d.text, d.range.start.isoformat()) for d in find_dates(text, pub)]


def test_reporting_present_dates_a_statement_already_made() -> None:
    # a speech verb in the reporting present dates the statement, which was made by
    # publication; the future verb after the day is what was said (TIMEX3 2024-03-13)
    assert value("The president says Wednesday he will resign.") == [("Wednesday", "2024-03-13")]
    assert value("Police say Tuesday they will reopen the road.") == [("Tuesday", "2024-03-12")]
    assert value("The agency warns Monday that the dam may fail.") == [("Monday", "2024-03-11")]
    # near miss: a possessive day after the speech verb names the vote, still ahead
    assert value("Officials say Friday's vote will go ahead.") == [("Friday's", "2024-03-15")]
    # near miss: a present timetable verb after a noun subject still looks ahead
    assert value("The trial resumes Tuesday.") == [("Tuesday", "2024-03-19")]
    # near miss: the fronted day dates the main clause's future
    assert value("On Tuesday, the minister will chair the cabinet.") == [
        ("On Tuesday", "2024-03-19")
    ]


def test_past_perfect_deadline_is_past() -> None:
    # the past perfect puts the act before a past reference time (E < R < S): its
    # deadline day is a past one, TIMEX3 2024-03-12 / 2024-03-11
    assert value("The storm had weakened by Tuesday.") == [("Tuesday", "2024-03-12")]
    assert value("The rebels had taken the hill by Monday.") == [("Monday", "2024-03-11")]
    # near miss: a present perfect with a deadline ("have until") keeps the day ahead
    assert value("Officials have given them until Tuesday to leave.") == [("Tuesday", "2024-03-19")]


def test_reduced_relative_schedule_takes_the_finite_verb_after_it() -> None:
    # "the vote scheduled for Sunday will go ahead": the participle has no tense of its
    # own; the finite verb after the phrase decides, not "said" before it (2024-03-17)
    got = value("Officials said the vote scheduled for Sunday will go ahead.")
    assert got == [("Sunday", "2024-03-17")]
    # near miss: with a past finite verb after it the day is the latest one
    got = value("Officials said the rally planned for Sunday drew thousands.")
    assert got == [("Sunday", "2024-03-10")]


def test_a_noun_after_a_past_verb_is_no_timetable() -> None:
    # "took effect at midnight Tuesday": "effect" is the object of the past "took", not a
    # present verb with a clock time; the day is the latest Tuesday (2024-03-12)
    got = value("The ceasefire took effect at midnight Tuesday.")
    assert got == [("at midnight Tuesday", "2024-03-12")]
    # near miss: the present "takes effect" at a clock time is still a timetable
    got = value("The ceasefire takes effect at midnight Saturday.")
    assert got == [("at midnight Saturday", "2024-03-16")]


def test_takes_place_with_a_day_is_a_timetable() -> None:
    # an event noun's "takes place" in the simple present schedules its day (2024-03-17)
    assert value("The vote takes place on Sunday.") == [("on Sunday", "2024-03-17")]
    # near miss: the past "took place" is the latest Sunday
    assert value("The vote took place on Sunday.") == [("on Sunday", "2024-03-10")]


def test_a_second_timetable_verb_after_and_shares_the_first_ones_future() -> None:
    # "begin Monday and end Friday": both verbs of one subject read the timetable present
    got = value("The talks begin Monday and end Friday.")
    assert got == [("Monday", "2024-03-18"), ("Friday", "2024-03-15")]
    # near miss: past verbs keep both days behind publication
    got = value("The talks began Monday and ended Tuesday.")
    assert got == [("Monday", "2024-03-11"), ("Tuesday", "2024-03-12")]
