"""Date faults a fresh user found (newuser19, newuser20) and dates16 left (stop 42): an act
a reprisal answers, named after "consequences ... after", took the threat's future and was
flagged planned; someone else's meeting "next week", told before ", X said on Tuesday", took
the saying's day; "since late March" opened on the 1st; a past result of a quarter still
running at publication took this year's quarter; and a noun subject with a post-modifier
("The negotiations with the union collapsed on Friday") lost its date to a reduced-relative
reading. Each positive case has a near miss that stays as it was. Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract

PUB = "2025-06-11"  # a Wednesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _day(sentence: str, phrase: str, pub: date) -> tuple[date, date]:
    got = [d for d in find_dates(sentence, pub) if d.text == phrase]
    assert got, [d.text for d in find_dates(sentence, pub)]
    return got[0].range.start, got[0].range.end


# ------------------------------------------------------------------ the act a reprisal answers


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Moscow said Kyiv would face grave consequences after a drone strike on its "
            "airbase on Sunday.",
            date(2025, 6, 8),
        ),
        (
            "The militia said Kabul would face repercussions over the arrest of its commander "
            "on Monday.",
            date(2025, 6, 9),
        ),
        # near miss: a price is set as often as it is paid, so it is no reprisal word
        ("The board will set the price for the auction on Tuesday.", date(2025, 6, 17)),
        # near misses: no reprisal, so the future verb still looks ahead
        ("The ministry said the army would withdraw after a vote in parliament on Sunday.", date(2025, 6, 15)),
        ("The minister will resign after a vote in parliament on Sunday.", date(2025, 6, 15)),
    ],
)  # fmt: skip
def test_the_act_a_reprisal_answers_is_past(sentence: str, want: date) -> None:
    phrase = next(d.text for d in find_dates(sentence, date.fromisoformat(PUB)))
    assert _day(sentence, phrase, date.fromisoformat(PUB)) == (want, want)


def test_a_strike_named_after_a_threat_is_dated_before_and_not_planned(extract: Extract) -> None:
    text = (
        "MOSCOW — Moscow said Kyiv would face grave consequences after a drone strike on an "
        "airbase in Kursk on Sunday."
    )
    events = extract(text, pub=PUB)
    strikes = [e for e in events if code(e).startswith("19")]
    assert strikes, [code(e) for e in events]
    assert (strikes[0].date_start, strikes[0].date_end) == (date(2025, 6, 8), date(2025, 6, 8))
    assert "planned" not in strikes[0].flags


# ------------------------------------------------------------------ someone else's act, said after


def test_a_meeting_said_after_keeps_its_own_week(extract: Extract) -> None:
    text = (
        "LUSAKA — Southern African ministers will meet in Lusaka next week, Zambia's "
        "foreign ministry said on Monday."
    )
    (ev,) = [e for e in extract(text, pub=PUB) if code(e).startswith("03")]
    assert (ev.date_start, ev.date_end) == (date(2025, 6, 16), date(2025, 6, 22))
    assert ev.when.precision == 2
    assert "planned" in ev.flags


def test_near_miss_the_speakers_own_intent_is_dated_by_its_telling(extract: Extract) -> None:
    text = (
        "LUSAKA — Zambia's foreign ministry said on Monday that it would host a summit of "
        "Southern African ministers next week."
    )
    (ev,) = [e for e in extract(text, pub=PUB) if code(e).startswith("03")]
    assert (ev.date_start, ev.date_end) == (date(2025, 6, 9), date(2025, 6, 9))
    assert "planned" not in ev.flags


# ------------------------------------------------------------------ "since late March"


def test_since_late_march_opens_in_the_months_second_half(extract: Extract) -> None:
    text = (
        "LUSAKA — Cholera has killed 40 people in Lusaka province since late March, officials said."
    )
    (ev,) = extract(text, pub="2025-04-20")
    assert (ev.date_start, ev.date_end) == (date(2025, 3, 16), date(2025, 4, 20))
    assert ev.when.precision == 4  # 36 days: longer than a month (ACLED)


def test_near_miss_since_march_opens_on_the_first(extract: Extract) -> None:
    text = "LUSAKA — Cholera has killed 40 people in Lusaka province since March, officials said."
    (ev,) = extract(text, pub="2025-04-20")
    assert ev.date_start == date(2025, 3, 1)


def test_the_dates_contract_keeps_late_march_whole() -> None:
    # TimeML values the phrase "late March" as the month with mod END, as before
    got = find_dates("Cholera has spread since late March.", date(2025, 4, 20))
    assert [(d.text, d.range.start, d.range.end) for d in got] == [
        ("since late March", date(2025, 3, 16), date(2025, 4, 20))
    ]
    (part,) = got[0].parts
    assert (part.range.start, part.range.end, part.range.part) == (
        date(2025, 3, 1),
        date(2025, 3, 31),
        "late",
    )


# ------------------------------------------------------------------ a past result of a running quarter

AUGUST = date(2025, 8, 14)


@pytest.mark.parametrize(
    ("sentence", "phrase", "year"),
    [
        ("Third-quarter earnings at the brewer fell sharply.", "Third-quarter", 2024),
        ("Second-half orders at the shipyard slumped.", "Second-half", 2024),
        # near misses: a perfect, "so far", a verb of beginning, and a future keep this year's
        ("Earnings at the brewer have fallen in the third quarter.", "the third quarter", 2025),
        ("Earnings at the brewer fell in the third quarter so far.", "the third quarter", 2025),
        ("The third quarter began with a strike at the brewery.", "The third quarter", 2025),
        ("Earnings at the brewer will fall in the third quarter.", "the third quarter", 2025),
        ("Earnings at the brewer fell in the second quarter.", "the second quarter", 2025),
    ],
)  # fmt: skip
def test_a_result_told_done_is_of_a_period_over(sentence: str, phrase: str, year: int) -> None:
    start, _ = _day(sentence, phrase, AUGUST)
    assert start.year == year


# ------------------------------------------------------------------ a noun subject's post-modifier


def test_a_noun_subject_with_a_post_modifier_keeps_its_day(extract: Extract) -> None:
    text = "HARARE — The negotiations with the union collapsed on Friday."
    (ev,) = extract(text, pub=PUB)
    assert (ev.date_start, ev.date_end) == (date(2025, 6, 6), date(2025, 6, 6))
    assert "date_inferred" not in ev.flags


def test_near_miss_a_reduced_relative_after_a_verb_dates_its_noun(extract: Extract) -> None:
    # "closed since January" befell the posts, not the reopening: the week is still inferred
    text = "HARARE — The army reopened border posts closed since January."
    (ev,) = extract(text, pub=PUB)
    assert "date_inferred" in ev.flags


# ------------------------------------------------------------------ a count from a happening


def test_within_weeks_of_a_happening_is_no_date_from_publication() -> None:
    # TimeML: a DURATION anchored on the killing, whose day the sentence does not give
    pub = date.fromisoformat(PUB)
    assert find_dates("Police made an arrest within two weeks of the killing.", pub) == []
    # near miss: with no anchor named, the count runs from publication
    got = find_dates("The army will withdraw within two weeks.", pub)
    assert [(d.range.start, d.range.end) for d in got] == [(pub, date(2025, 6, 25))]
