"""Event dates testers found wrong (dates59), each rule with sentences written for these
tests and near misses that keep their reading:

- "May Day" was the GB bank holiday (the first Monday of May), so "rallies on May Day"
  told two days after 1 May went a year back: May Day is 1 May (RFC 5545 rule in
  data/lexicon/holidays.csv);
- an act "during May Day marches" or "during Tuesday's protests" had no date: "during"
  takes a happening, and a date written on its noun is that happening's (TimeML
  IS_INCLUDED), also with no "the" and with a count before "during";
- "rejected Israel's plan to seize the corridor on Tuesday" read the noun "plan" as the
  verb of intent and put a done act after publication: a noun's infinitive complement sets
  no tense (Quirk et al. 1985 §17.24), so the finite verb decides;
- a day after a verb of saying in a relative clause ("The envoy who said on Tuesday that …
  met …", "the army, which said on Monday it …, announced on Thursday") dated the main act,
  or was taken as the day the main clause was reported: TimeML anchors it to its own clause.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.events.dates_tense import direction
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

PUB_DAY = date(2026, 6, 18)  # a Thursday (tests.unit.reading.PUB)
MONDAY, TUESDAY = date(2026, 6, 15), date(2026, 6, 16)
MAY_DAY = date(2026, 5, 1)  # a Friday
AFTER_MAY_DAY = "2026-05-02"  # the Saturday after


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _span(ev) -> tuple[date, date]:  # type: ignore[no-untyped-def]
    return ev.date_start, ev.date_end


def _resolved(sentence: str, phrase: str, pub: date) -> tuple[date, date]:
    (dm,) = [d for d in find_dates(sentence, pub) if phrase in d.text]
    return dm.range.start, dm.range.end


# ---------------------------------------------------------------- May Day is 1 May


@pytest.mark.parametrize(
    ("sentence", "pub"),
    [
        ("Protesters clashed with riot police on May Day in Ankara.", date(2026, 5, 2)),
        ("Unions will march through the capital on May Day.", date(2026, 4, 27)),
    ],
)
def test_may_day_is_the_first_of_may(sentence: str, pub: date) -> None:
    assert _resolved(sentence, "May Day", pub) == (MAY_DAY, MAY_DAY)


def test_a_rally_on_may_day_told_after_it_is_this_year_s(extract: Extract) -> None:
    events = extract("ANKARA — Thousands rallied on May Day in Ankara.", pub=AFTER_MAY_DAY)
    (ev,) = rooted(events, "14")
    assert _span(ev) == (MAY_DAY, MAY_DAY)


def test_labor_day_stays_the_us_first_monday_of_september() -> None:
    # near miss: another workers' holiday keeps its own calendar
    got = _resolved("Teachers will strike on Labor Day.", "Labor Day", date(2026, 8, 20))
    assert got == (date(2026, 9, 7), date(2026, 9, 7))


# ---------------------------------------------------------------- during a dated happening


@pytest.mark.parametrize(
    ("sentence", "pub", "day"),
    [
        (
            "ANKARA — Police detained 40 people during May Day marches in Ankara.",
            AFTER_MAY_DAY,
            MAY_DAY,
        ),
        (
            "NAIROBI — Police detained 25 students during Tuesday's protests in Nairobi.",
            "2026-06-18",
            TUESDAY,
        ),
    ],
)
def test_an_act_during_a_happening_dated_on_its_noun_takes_that_day(
    extract: Extract, sentence: str, pub: str, day: date
) -> None:
    (ev,) = rooted(extract(sentence, pub=pub), "17")
    assert _span(ev) == (day, day)


def test_an_act_with_its_own_day_before_during_keeps_it(extract: Extract) -> None:
    # near miss: "on Wednesday" is the arrests' own day, told before "during"
    events = extract(
        "NAIROBI — Police detained 25 students on Wednesday during Tuesday's protests."
    )
    (ev,) = rooted(events, "17")
    assert _span(ev) == (date(2026, 6, 17), date(2026, 6, 17))


# ------------------------------------------------ a known plan's day is the plan's (stop 59)


@pytest.mark.parametrize(
    ("sentence", "phrase", "way"),
    [
        ("The rebels plan to attack the town on Saturday.", "on Saturday", "future"),
        ("The talks are set to resume on Saturday.", "on Saturday", "future"),
        ("It's set to resume on Saturday.", "on Saturday", "future"),
        # an indefinite noun brings its plan in with the plan's own day
        ("He was released on a promise to appear in court on Friday.", "on Friday", "future"),
        # a known plan's day is still the plan's: dates59's reading of it as the clause's own
        # sent "Hamas's plan to free three hostages on Saturday was confirmed" to a past
        # Saturday (newuser59c), so it was taken out
        ("Hamas's plan to free three hostages on Saturday was confirmed.", "on Saturday", "future"),
        ("Israel's plan to invade Rafah on Sunday drew warnings.", "on Sunday", "future"),
    ],
)
def test_a_verb_of_intent_still_looks_ahead(sentence: str, phrase: str, way: str) -> None:
    at = sentence.index(phrase)
    assert direction(sentence, at, at + len(phrase))[0] == way


# ---------------------------------------------------------------- a saying in a relative clause


def test_a_relative_clause_s_saying_day_does_not_date_the_main_act(extract: Extract) -> None:
    events = extract(
        "GENEVA — The envoy who said on Tuesday that the talks had stalled met Iranian "
        "officials in Geneva."
    )
    met = rooted(events, "04")
    assert met
    assert all(_span(e) != (TUESDAY, TUESDAY) for e in met)


def test_the_sentence_s_own_saying_day_still_dates_what_it_reports(extract: Extract) -> None:
    # near miss: no relative word, so the saying is the sentence's own
    events = extract("GENEVA — The envoy said on Tuesday that he met Iranian officials in Geneva.")
    met = rooted(events, "04")
    assert met
    assert all(e.date_end <= TUESDAY for e in met)


def test_a_weekday_after_a_relative_clause_s_saying_is_told_from_publication() -> None:
    sentence = (
        "Israeli jets bombed a bridge, the army, which said on Monday it was hunting "
        "Hezbollah, announced on Thursday."
    )
    assert _resolved(sentence, "Thursday", PUB_DAY) == (PUB_DAY, PUB_DAY)


def test_a_weekday_the_sentence_s_own_saying_reports_comes_before_it() -> None:
    # near miss: "said on Monday that … on Saturday": the Saturday before the Monday
    sentence = "The army said on Monday that its jets had bombed a bridge on Saturday."
    assert _resolved(sentence, "Saturday", PUB_DAY) == (date(2026, 6, 13), date(2026, 6, 13))


# ---------------------------------------------------------------- "expects X to …" looks ahead


@pytest.mark.parametrize(
    ("sentence", "phrase", "start"),
    [
        (
            "The firm expects profit to rise in the fourth quarter.",
            "the fourth quarter",
            date(2026, 10, 1),
        ),
        (
            "Analysts expect exports to fall in the third quarter.",
            "the third quarter",
            date(2026, 7, 1),
        ),
        ("Egypt wants Israel to pull out its troops in September.", "September", date(2026, 9, 1)),
    ],
)
def test_an_infinitive_after_the_object_of_expect_or_want_looks_ahead(
    sentence: str, phrase: str, start: date
) -> None:
    assert _resolved(sentence, phrase, PUB_DAY)[0] == start


@pytest.mark.parametrize(
    ("sentence", "phrase", "start"),
    [
        # near misses: a verb of ordering or asking, and a report, leave the tense alone
        ("The court ordered the army to withdraw on Monday.", "on Monday", MONDAY),
        ("Police asked residents to leave on Tuesday.", "on Tuesday", TUESDAY),
        (
            "The firm reported profit to rise in the third quarter.",
            "the third quarter",
            date(2025, 7, 1),
        ),
    ],
)
def test_other_verbs_with_an_object_and_an_infinitive_keep_their_reading(
    sentence: str, phrase: str, start: date
) -> None:
    assert _resolved(sentence, phrase, PUB_DAY)[0] == start
