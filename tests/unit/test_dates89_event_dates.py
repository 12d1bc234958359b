"""Confident wrong event dates (dates89), each rule with sentences written for these tests
and near misses that keep their reading:

- "declared Friday a day of mourning": the weekday is the day declared, the object of a
  complex-transitive verb (Quirk et al. 1985 §16.43), not when the declaring was done;
- "the deadliest attack this year": the period bounds the set a superlative or ordinal
  compares (Quirk et al. 1985 §5.116, §7.84), so it gives the act no year-long date
  (``date_domains``);
- "A day after the vote", the vote dated in the sentence before by a day after its noun
  ("in a referendum on Sunday"): counted from that day (TimeML 1.2.1 anchored TIMEX3,
  ``dates_named_anchor``);
- "Miners who occupied the shaft on June 2 clashed with police on Tuesday": the main verb's
  act is the card, dated by its own day, not the relative clause's (``relative_main``);
- "retook the airfield that militants had taken in March": March is the object relative
  clause's act's (``object_relatives``);
- "vowed to crush the bandits on Tuesday, two days after gunmen killed five villagers": a
  count that lands a past act after the report runs from the main date read in the past
  (``done_counts``).
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract

PUB = "2026-06-18"  # a Thursday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _days(extract: Extract, text: str) -> list[tuple[str, date, date, int]]:
    return [(code(e), e.when.start, e.when.end, e.when.precision) for e in extract(text, PUB)]


# ---------------------------------------------------------------- positives (fail on main)


@pytest.mark.parametrize(
    "text",
    [
        "The governor declared Friday a day of mourning for the miners killed in the blast.",
        "The king proclaimed Monday a national day of mourning after the ferry sank.",
    ],
)
def test_a_declared_day_does_not_date_the_declaring(extract: Extract, text: str) -> None:
    events = extract(text, PUB)
    assert events, text
    for ev in events:
        assert ev.when.text is None or "day" not in ev.when.text.lower(), text
        assert "date_inferred" in ev.flags, text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided a village in the north in the first attacks this year in the district.",
        "Nurses marched through the capital, the biggest protest this year, police said.",
        "Pirates hijacked a cargo ship off the coast, the second hijacking this year in the gulf.",
    ],
)
def test_a_ranking_s_period_gives_no_year_long_card(extract: Extract, text: str) -> None:
    events = extract(text, PUB)
    assert events, text
    for ev in events:
        assert ev.when.precision < 4, text
        assert ev.when.text is None or "year" not in ev.when.text, text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Voters rejected the pension reform in a referendum on Sunday. A day after the "
            "vote, strikers blocked the main port.",
            date(2026, 6, 15),
        ),
        (
            "Residents went to the polls on Saturday. Two days after the vote, police "
            "arrested the mayor of the town.",
            date(2026, 6, 15),
        ),
    ],
)
def test_a_count_from_a_vote_dated_after_its_noun(extract: Extract, text: str, day: date) -> None:
    last = extract(text, PUB)[-1]
    assert (last.when.start, last.when.end, last.when.precision) == (day, day, 1), text


def test_the_main_verb_not_the_subject_s_relative_clause_dates_the_card(
    extract: Extract,
) -> None:
    text = "Fighters who captured the airport on June 2 shelled a hospital on Tuesday."
    found = _days(extract, text)
    assert ("190", date(2026, 6, 16), date(2026, 6, 16), 1) in found or any(
        c.startswith("19") and a == date(2026, 6, 16) for c, a, _, _ in found
    ), found
    assert all(a != date(2026, 6, 2) or not c.startswith("19") for c, a, _, _ in found), found


def test_both_acts_keep_their_own_days(extract: Extract) -> None:
    text = "Police who detained the reporter on June 3 freed him on Wednesday."
    found = {(c[:2], a) for c, a, _, _ in _days(extract, text)}
    assert ("08", date(2026, 6, 17)) in found, found
    assert ("17", date(2026, 6, 3)) in found, found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Soldiers on Monday recaptured the airfield that militants had seized in March.",
            date(2026, 6, 15),
        ),
        ("Soldiers recaptured the airfield that militants had taken in March.", None),
    ],
)
def test_an_object_relative_s_date_is_its_own(
    extract: Extract, text: str, day: date | None
) -> None:
    (ev,) = extract(text, PUB)
    assert ev.when.start.month != 3, text
    if day is not None:
        assert (ev.when.start, ev.when.end) == (day, day), text


def test_a_count_never_puts_a_done_act_after_the_report(extract: Extract) -> None:
    text = (
        "The governor vowed to crush the bandits on Tuesday, two days after gunmen killed "
        "five villagers."
    )
    found = _days(extract, text)
    assert all(b <= date(2026, 6, 18) for _, _, b, _ in found), found
    # the vow is Tuesday 16 June, as its past verb tells it; the killing two days before
    assert any(c[:2] == "18" and a == b == date(2026, 6, 14) for c, a, b, _ in found), found


@pytest.mark.parametrize(
    ("text", "root", "day"),
    [
        ("Bandits who abducted 15 farmers on June 4 freed them on Monday.", "08", 15),
        ("Teachers who walked out on June 3 rallied outside the ministry on Tuesday.", "14", 16),
    ],
)
def test_the_main_verb_leads_over_the_subject_and_its_clause(
    extract: Extract, text: str, root: str, day: int
) -> None:
    found = _days(extract, text)
    assert any(c.startswith(root) and a == date(2026, 6, day) for c, a, _, _ in found), found
    assert all(not c.startswith(root) or a.day == day for c, a, _, _ in found), found


# ---------------------------------------------------------------- near misses (pass on both)


def test_a_complement_clause_keeps_its_month(extract: Extract) -> None:
    (ev,) = extract("The army said that militants had seized the airfield in March.", PUB)
    assert ev.when.start == date(2026, 3, 1)


def test_a_count_from_the_main_day_stays(extract: Extract) -> None:
    text = (
        "Students marched on the parliament on Wednesday, a day after lawmakers approved the fee."
    )
    found = {(c[:2], a) for c, a, _, _ in _days(extract, text)}
    assert ("14", date(2026, 6, 17)) in found, found
    assert ("05", date(2026, 6, 16)) in found, found


def test_a_declaration_dated_by_its_own_day_keeps_it(extract: Extract) -> None:
    (ev,) = extract("The governor on Friday declared a day of mourning for the miners.", PUB)
    assert (ev.when.start, ev.when.precision) == (date(2026, 6, 12), 1)


def test_a_ranked_act_with_its_own_day_keeps_it(extract: Extract) -> None:
    text = "Militants ambushed a convoy on Tuesday, the deadliest attack this year."
    (ev,) = extract(text, PUB)
    assert (ev.when.start, ev.when.end) == (date(2026, 6, 16), date(2026, 6, 16))


def test_a_period_that_is_no_ranking_s_still_dates_the_act(extract: Extract) -> None:
    (ev,) = extract("Rioters torched shops in the capital earlier this month.", PUB)
    assert ev.when.precision == 3


def test_a_vote_dated_by_a_month_gives_no_day(extract: Extract) -> None:
    text = (
        "Voters rejected the reform in a referendum in May. A day after the vote, strikers "
        "blocked the port."
    )
    last = extract(text, PUB)[-1]
    assert last.when.precision != 1 or last.when.start.month != 5


def test_a_relative_clause_with_no_day_leaves_the_main_verb_s(extract: Extract) -> None:
    text = "Fighters who captured the airport shelled a hospital on Tuesday."
    found = _days(extract, text)
    assert any(a == date(2026, 6, 16) for _, a, _, _ in found), found


def test_a_subject_s_clause_day_stays_when_the_verb_has_none(extract: Extract) -> None:
    (ev,) = extract("Teachers who gathered on Monday clashed with police.", PUB)
    assert (ev.when.start, ev.when.end) == (date(2026, 6, 15), date(2026, 6, 15))
