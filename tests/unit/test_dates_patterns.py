"""Every date pattern, one table row per sentence: written here, with its publication date
and the range a careful reader would give."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.model import DateRange

THU = date(2024, 11, 7)  # a Thursday


def _one(text: str, pub: date | None, **kw: object) -> tuple[str, str, int]:
    found = find_dates(text, pub, **kw)  # type: ignore[arg-type]
    assert len(found) == 1, [(d.text, d.range) for d in found]
    r = found[0].range
    assert r.reason
    return r.start.isoformat(), r.end.isoformat(), r.precision


@pytest.mark.parametrize(
    ("text", "pub", "kw", "want"),
    [
        # numeric: validity decides, then the article's other dates, then the country
        ("Rebels seized the town on 24/4/2019.", THU, {}, ("2019-04-24", "2019-04-24", 1)),
        ("The ceasefire began on 4/24/2019.", THU, {}, ("2019-04-24", "2019-04-24", 1)),
        ("Talks resumed on 5/4/2019.", THU, {}, ("2019-04-05", "2019-05-04", 3)),
        ("Talks resumed on 5/4/2019.", THU, {"country": "GB"}, ("2019-04-05", "2019-04-05", 1)),
        ("Talks resumed on 5/4/2019.", THU, {"country": "US"}, ("2019-05-04", "2019-05-04", 1)),
        ("Talks resumed on 5/4/2019.", THU, {"dayfirst": True}, ("2019-04-05", "2019-04-05", 1)),
        ("The court sat on 24.04.2019 in the capital.", THU, {}, ("2019-04-24", "2019-04-24", 1)),
        ("Voting closed on 2019-04-24.", THU, {}, ("2019-04-24", "2019-04-24", 1)),
        ("Voting closed on 2019/04/24.", THU, {}, ("2019-04-24", "2019-04-24", 1)),
        # quarters, halves, fiscal years
        ("Exports fell in the first quarter of 2023.", THU, {}, ("2023-01-01", "2023-03-31", 4)),
        ("Output rose in Q3 2023.", THU, {}, ("2023-07-01", "2023-09-30", 4)),
        ("Third-quarter profit fell sharply.", THU, {}, ("2024-07-01", "2024-09-30", 4)),
        (
            "The firm expects a profit in the fourth quarter.",
            THU,
            {},
            ("2024-10-01", "2024-12-31", 4),
        ),
        ("Prices doubled in the second half of 2022.", THU, {}, ("2022-07-01", "2022-12-31", 4)),
        ("Spending grew in fiscal 2024.", THU, {"country": "US"}, ("2023-10-01", "2024-09-30", 4)),
        ("Spending grew in fiscal 2024.", THU, {"country": "JP"}, ("2024-04-01", "2025-03-31", 4)),
        ("Spending grew in fiscal 2024.", THU, {}, ("2024-01-01", "2024-12-31", 4)),
        (
            "Aid arrived in the first quarter of fiscal 2024.",
            THU,
            {"country": "US"},
            ("2023-10-01", "2023-12-31", 4),
        ),
        # seasons, by hemisphere
        ("Floods struck last summer.", THU, {}, ("2024-06-01", "2024-08-31", 4)),
        ("Floods struck last winter.", THU, {}, ("2023-12-01", "2024-02-29", 4)),
        ("Fires burn this spring.", THU, {"country": "AU"}, ("2024-09-01", "2024-11-30", 4)),
        ("Fires burn this spring.", THU, {"latitude": -33.9}, ("2024-09-01", "2024-11-30", 4)),
        ("Troops marched in the summer of 1814.", THU, {}, ("1814-06-01", "1814-08-31", 4)),
        # holidays: the package's calendars and dateutil's Easter
        ("Shops close on Thanksgiving Day.", THU, {}, ("2024-11-28", "2024-11-28", 1)),
        (
            "He was rescued on Thanksgiving Day.",
            date(2025, 1, 7),
            {},
            ("2024-11-28", "2024-11-28", 1),
        ),
        ("Pilgrims gathered on Easter Sunday 2024.", THU, {}, ("2024-03-31", "2024-03-31", 1)),
        ("Churches filled on Good Friday 2025.", THU, {}, ("2025-04-18", "2025-04-18", 1)),
        ("Bells rang for Orthodox Easter 2024.", THU, {}, ("2024-05-05", "2024-05-05", 1)),
        ("The truce held last Christmas.", THU, {}, ("2023-12-25", "2023-12-25", 1)),
        (
            "Crowds celebrated Independence Day.",
            THU,
            {"country": "IN"},
            ("2024-08-15", "2024-08-15", 1),
        ),
        ("The guns fell silent at Christmas 1914.", THU, {}, ("1914-12-25", "1914-12-25", 1)),
        ("Markets shut for Ramadan 2024.", THU, {"country": "EG"}, ("2024-03-11", "2024-04-09", 3)),
        # decades and centuries
        ("Violence peaked in the 1990s.", THU, {}, ("1990-01-01", "1999-12-31", 4)),
        ("Songs from the '60s played.", THU, {}, ("1960-01-01", "1969-12-31", 4)),
        ("Exports boomed in the nineties.", THU, {}, ("1990-01-01", "1999-12-31", 4)),
        ("Railways spread in the 19th century.", THU, {}, ("1800-01-01", "1899-12-31", 4)),
        ("Two wars marked the twentieth century.", THU, {}, ("1900-01-01", "1999-12-31", 4)),
        ("Two wars marked the last century.", THU, {}, ("1900-01-01", "1999-12-31", 4)),
        ("Whaling ended in the 1800s.", THU, {}, ("1800-01-01", "1899-12-31", 4)),
        # bare and spelled-out years
        ("Critics recalled the 1996 vote.", THU, {}, ("1996-01-01", "1996-12-31", 4)),
        ("A 1994 law banned the practice.", THU, {}, ("1994-01-01", "1994-12-31", 4)),
        ("The treaty was signed in nineteen ninety-six.", THU, {}, ("1996-01-01", "1996-12-31", 4)),
        ("It opened in two thousand and eight.", THU, {}, ("2008-01-01", "2008-12-31", 4)),
        ("Rebels burned the fort in 1777.", THU, {}, ("1777-01-01", "1777-12-31", 4)),
        ("The army landed in March 1814.", THU, {}, ("1814-03-01", "1814-03-31", 3)),
        ("The battle was fought on 18 June 1815.", THU, {}, ("1815-06-18", "1815-06-18", 1)),
        ("The city fell in AD 711.", THU, {}, ("0711-01-01", "0711-12-31", 4)),
        ("Rome was sacked in the year 410.", THU, {}, ("0410-01-01", "0410-12-31", 4)),
        ("The colony was founded in 1066.", THU, {}, ("1066-01-01", "1066-12-31", 4)),
        # months with last/early/mid/late and no preposition; "early"/"mid"/"late" name no days,
        # so the range is the whole month (TimeML: the month's value, with a START/MID/END modifier)
        ("Floods hit the valley in mid-July 2021.", THU, {}, ("2021-07-01", "2021-07-31", 3)),
        ("The reform stalled in late 2019.", THU, {}, ("2019-01-01", "2019-12-31", 4)),
        (
            "Shelling resumed at the beginning of the month.",
            THU,
            {},
            ("2024-11-01", "2024-11-30", 3),
        ),
        # earlier/later this or that unit: the unit itself (TimeML), not the days either side
        ("Ministers met earlier this week.", THU, {}, ("2024-11-04", "2024-11-10", 2)),
        ("The court rules later this month.", THU, {}, ("2024-11-01", "2024-11-30", 3)),
        # year's end / year-end: the year (TimeML: its value, modifier END)
        ("The deal expires at year's end.", THU, {}, ("2024-01-01", "2024-12-31", 4)),
        ("Results are expected by year-end.", THU, {}, ("2024-01-01", "2024-12-31", 4)),
        # a day and month whose year is given in words, and ordinal days spelled out
        ("Police detained him on 12 November last year.", THU, {}, ("2023-11-12", "2023-11-12", 1)),
        ("The vote is set for March 3 next year.", THU, {}, ("2025-03-03", "2025-03-03", 1)),
        ("The strike began on the first of May.", THU, {}, ("2024-05-01", "2024-05-01", 1)),
        ("They met on the twenty-first of October.", THU, {}, ("2024-10-21", "2024-10-21", 1)),
        # early/late in the unit: the unit; two units away from publication's own
        ("Rains returned late in the month.", THU, {}, ("2024-11-01", "2024-11-30", 3)),
        ("He resigned early in the year.", THU, {}, ("2024-01-01", "2024-12-31", 4)),
        ("Aid arrived the week before last.", THU, {}, ("2024-10-21", "2024-10-27", 2)),
        ("The summit is the month after next.", THU, {}, ("2025-01-01", "2025-01-31", 3)),
        ("Strikes spread the year before last.", THU, {}, ("2022-01-01", "2022-12-31", 4)),
        ("He was killed last October.", date(2025, 2, 6), {}, ("2024-10-01", "2024-10-31", 3)),
        ("Protests began early December.", date(2025, 1, 15), {}, ("2024-12-01", "2024-12-31", 3)),
        (
            "She made the late-November trip.",
            date(2025, 1, 28),
            {},
            ("2024-11-01", "2024-11-30", 3),
        ),
        (
            "The alliance will expand in April.",
            date(2024, 12, 5),
            {},
            ("2025-04-01", "2025-04-30", 3),
        ),
        ("They fought in December.", THU, {}, ("2023-12-01", "2023-12-31", 3)),
        # weekends, windows ahead, deadlines
        (
            "Militias clashed over the weekend.",
            date(2024, 11, 11),
            {},
            ("2024-11-09", "2024-11-10", 2),
        ),
        ("Leaders will meet at the weekend.", THU, {}, ("2024-11-09", "2024-11-10", 2)),
        ("Voting continues this weekend.", date(2024, 11, 9), {}, ("2024-11-09", "2024-11-10", 2)),
        ("Aid is due within the next two weeks.", THU, {}, ("2024-11-07", "2024-11-21", 3)),
        ("More strikes are expected in the coming days.", THU, {}, ("2024-11-07", "2024-11-13", 2)),
        ("Troops must withdraw within 48 hours.", THU, {}, ("2024-11-07", "2024-11-09", 2)),
        ("The envoy will return in two weeks.", THU, {}, ("2024-11-18", "2024-11-24", 2)),
        ("Talks resume three days from now.", THU, {}, ("2024-11-10", "2024-11-10", 1)),
        ("The vote was delayed to Friday.", THU, {}, ("2024-11-08", "2024-11-08", 1)),
        ("They must leave by the end of the month.", THU, {}, ("2024-11-01", "2024-11-30", 3)),
        # parts of months, days around a date, recent stretches
        (
            "Fighting peaked in the first week of March 2023.",
            THU,
            {},
            ("2023-03-01", "2023-03-07", 2),
        ),
        (
            "Aid ran out in the last week of February 2024.",
            THU,
            {},
            ("2024-02-23", "2024-02-29", 2),
        ),
        ("The day before last Tuesday, he fled.", THU, {}, ("2024-11-04", "2024-11-04", 1)),
        (
            "The March accession will follow.",
            date(2025, 2, 10),
            {},
            ("2025-03-01", "2025-03-31", 3),
        ),
        ("Raids have grown in recent weeks.", THU, {}, ("2024-10-11", "2024-11-07", 3)),
        ("Earlier in the day, police fired tear gas.", THU, {}, ("2024-11-07", "2024-11-07", 1)),
        (
            "The pact was signed on the 5th of November 2023.",
            THU,
            {},
            ("2023-11-05", "2023-11-05", 1),
        ),
        (
            "Finland applied to join in May last year.",
            date(2023, 4, 5),
            {},
            ("2022-05-01", "2022-05-31", 3),
        ),
        ("Rebels attacked on Tuesday last week.", THU, {}, ("2024-10-29", "2024-10-29", 1)),
        ("Prices rose over the past week.", THU, {}, ("2024-11-01", "2024-11-07", 2)),
        ("They met this past Sunday.", THU, {}, ("2024-11-03", "2024-11-03", 1)),
        ("Troops leave by the end of 2025.", THU, {}, ("2025-01-01", "2025-12-31", 4)),
        # counted from publication
        ("Troops withdrew a decade ago.", THU, {}, ("2014-01-01", "2014-12-31", 4)),
        ("The mayor resigned two months ago.", THU, {}, ("2024-09-01", "2024-09-30", 3)),
        ("Shelling resumed last night.", THU, {}, ("2024-11-06", "2024-11-06", 1)),
        ("Talks broke down this morning.", THU, {}, ("2024-11-07", "2024-11-07", 1)),
        # "last <weekday>" on that weekday is the week before
        ("The minister resigned last Thursday.", THU, {}, ("2024-10-31", "2024-10-31", 1)),
        ("The minister resigned last Friday.", THU, {}, ("2024-11-01", "2024-11-01", 1)),
        # now-type references: the week up to publication, never the day
        ("The city is now under curfew.", THU, {}, ("2024-11-01", "2024-11-07", 2)),
        ("Aid currently reaches few.", THU, {}, ("2024-11-01", "2024-11-07", 2)),
    ],
)
def test_pattern(text: str, pub: date, kw: dict, want: tuple[str, str, int]) -> None:
    assert _one(text, pub, **kw) == want


@pytest.mark.parametrize(
    "text",
    [
        "The siege lasted for three weeks.",  # a duration
        "Protesters gather every Friday.",  # a recurring time
        "The fall of the Berlin Wall changed Europe.",  # "fall" of something is no season
        "Police searched 1500 homes in 2000 raids.",  # counts, not years
        "Prices fall when supply rises.",
        "Now the alliance faces a harder task.",  # a discourse marker opening the sentence
        "The team may win the cup.",  # "may" the verb is no month
        "The talks broke down late in the day.",  # a time of day, not a date (TimeML)
        "It was the first of many.",  # an ordinal without a month
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, THU) == []


@pytest.mark.parametrize(
    ("text", "offset", "want"),
    [
        # 11 p.m. GMT on Wednesday is already Thursday morning in a Tokyo paper (+09:00)
        ("The blast hit at 11 p.m. GMT on Wednesday.", 540, "2024-11-07"),
        ("The blast hit at 11 p.m. GMT on Wednesday.", None, "2024-11-06"),
        ("The blast hit at 11 p.m. GMT on Wednesday.", 0, "2024-11-06"),
        # local time never moves the day
        ("The quake struck at 3 a.m. local time on Wednesday.", 540, "2024-11-06"),
        # a US paper (-05:00) reading "Thursday at 2 a.m. GMT" places it on Wednesday evening
        ("The strike came on Thursday at 2 a.m. GMT.", -300, "2024-11-06"),
    ],
)
def test_times_with_a_zone_move_the_day(text: str, offset: int | None, want: str) -> None:
    (found,) = find_dates(text, THU, utc_offset=offset)
    assert found.range.start.isoformat() == want
    assert "a.m." in found.text or "p.m." in found.text


def test_a_composite_phrase_names_its_dates() -> None:
    (found,) = find_dates("Attacks rose between 1994 and 1997.", THU)
    assert (found.range.start, found.range.end) == (date(1994, 1, 1), date(1997, 12, 31))
    assert [p.text for p in found.parts] == ["1994", "1997"]
    (since,) = find_dates("He has been jailed since 1990.", THU)
    assert since.range.end == THU
    assert [(p.text, p.range.start) for p in since.parts] == [("1990", date(1990, 1, 1))]


def test_years_in_a_list_are_each_dates() -> None:
    found = find_dates("Fires broke out in 1994, 1995 and 1997.", THU)
    assert [d.range.start.year for d in found] == [1994, 1995, 1997]


def test_a_pair_of_days_in_one_month() -> None:
    (pair,) = find_dates("The summit meets on April 24 and 25, 2025.", THU)
    assert [(p.text, p.range.start) for p in pair.parts] == [
        ("April 24", date(2025, 4, 24)),
        ("25", date(2025, 4, 25)),
    ]


def test_a_narrative_phrase_continues_the_date_just_before_it() -> None:
    found = find_dates("Talks ended on Friday, and the rebels withdrew the same day.", THU)
    assert [(d.text, d.range.start) for d in found] == [
        ("on Friday", date(2024, 11, 1)),
        ("the same day", date(2024, 11, 1)),
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "want"),
    [
        # "later that year" is that year (TimeML), not the months after the date before it
        (
            "Rebels took the port in May 2016 and lost it later that year.",
            "later that year",
            ("2016-01-01", "2016-12-31"),
        ),
        (
            "The dam burst on 3 June 2011; earlier that month, engineers had warned of cracks.",
            "earlier that month",
            ("2011-06-01", "2011-06-30"),
        ),
    ],
)
def test_earlier_or_later_that_unit_is_the_unit(
    text: str, phrase: str, want: tuple[str, str]
) -> None:
    got = {
        d.text: (d.range.start.isoformat(), d.range.end.isoformat()) for d in find_dates(text, THU)
    }
    assert got[phrase] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Voting ran between 2 and 4 October 2024 in the north.", ("2024-10-02", "2024-10-04")),
        ("Drones struck the depot on the night of 3-4 November.", ("2024-11-03", "2024-11-04")),
        ("The fair runs from 10 to 12 October 2025.", ("2025-10-10", "2025-10-12")),
    ],
)
def test_a_day_first_run_of_days_keeps_both_ends(text: str, want: tuple[str, str]) -> None:
    start, end, _ = _one(text, THU)
    assert (start, end) == want


@pytest.mark.parametrize(
    ("text", "continues"),
    [
        ("Two days later, troops shelled the camp.", True),
        ("A week afterwards the talks resumed.", True),
        ("Rebels attacked on 3 March and troops shelled the camp two days later.", False),
        ("Troops shelled the camp on Friday.", False),
    ],
)
def test_a_narrative_phrase_without_a_date_before_it_is_flagged(text: str, continues: bool) -> None:
    """An event reader re-resolves a flagged phrase against its story's date."""
    assert [d.continues for d in find_dates(text, THU)][-1] is continues


def test_the_anchor_given_decides_a_flagged_phrase() -> None:
    story = DateRange(date(2024, 3, 3), date(2024, 3, 3), 1, "on 3 March", "the story's date")
    (later,) = find_dates("Two days later, troops shelled the camp.", THU, anchor=story)
    assert (later.range.start, later.continues) == (date(2024, 3, 5), True)


@pytest.mark.parametrize(
    ("text", "pub", "want"),
    [
        # TimeML FUTURE_REF: after publication, no width: the year after it, precision 4
        ("They will return in the future.", THU, ("2024-11-08", "2025-11-07", 4)),
        ("The plant stays shut for the foreseeable future.", THU, ("2024-11-08", "2025-11-07", 4)),
        ("Talks may resume in the near future.", THU, ("2024-11-08", "2025-11-07", 4)),
        # U.S. Election Day by its RFC 5545 rule, midterm years included
        ("Turnout on Election Day 2022 was high.", THU, ("2022-11-08", "2022-11-08", 1)),
        (
            "Voters will go to the polls on Election Day.",
            date(2026, 10, 20),
            ("2026-11-03", "2026-11-03", 1),
        ),
        ("Turnout on Election Day 1998 was high.", THU, ("1998-11-03", "1998-11-03", 1)),
        # a day of the month alone: the month from publication and the verb
        ("Talks resumed on the 20th.", THU, ("2024-10-20", "2024-10-20", 1)),
        ("The rebels withdrew on the 2nd.", THU, ("2024-11-02", "2024-11-02", 1)),
        ("The summit will open on the 31st.", THU, ("2024-12-31", "2024-12-31", 1)),
        ("The army must leave by the 15th.", THU, ("2024-11-15", "2024-11-15", 1)),
        # "in N units' time" looks ahead whatever the verb
        ("The strike ends in two weeks' time.", THU, ("2024-11-18", "2024-11-24", 2)),
        ("Aid arrives in three days' time.", THU, ("2024-11-10", "2024-11-10", 1)),
    ],
)
def test_future_reference_election_day_day_of_month(text: str, pub: date, want: tuple) -> None:
    assert _one(text, pub) == want


@pytest.mark.parametrize(
    "text",
    [
        "Leaders debated the future of the alliance.",  # a noun, not a time
        "He marked the 14th anniversary of the war.",
        "The 2nd Battalion moved on the 3rd floor.",
        "Troops held the 5th of the hills they had taken.",
    ],
)
def test_no_date_in_ordinals_and_the_noun_future(text: str) -> None:
    assert [d.text for d in find_dates(text, THU) if "future" in d.text or "the " in d.text] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("PARIS, May 2 (Wire) -- Talks resumed.", "May 2"),
        ("LONDON, Nov. 7, 2024 (Wire) - Talks resumed.", "Nov. 7, 2024"),
        ("NEW YORK, Monday, March 4 (Wire) — Talks resumed.", "March 4"),
        ("TOKYO — Talks resumed on May 2.", None),  # a dateline without a date
        ("Rebels, May 2 (Wire) -- a caption, not a dateline.", None),
    ],
)
def test_a_wire_datelines_date(text: str, want: str | None) -> None:
    from dashboard.events.dates import dateline_date

    span = dateline_date(text)
    assert (text[span[0] : span[1]] if span else None) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a fortnight is two weeks, in every counted form
        ("It happened a fortnight ago.", ("2024-10-21", "2024-10-27", 2)),
        ("He will visit within a fortnight.", ("2024-11-07", "2024-11-21", 3)),
        ("The vote comes in a fortnight's time.", ("2024-11-18", "2024-11-24", 2)),
        ("Talks resume in a week's time.", ("2024-11-11", "2024-11-17", 2)),
        # a year under "throughout" is that year
        ("The crisis deepened throughout 2023.", ("2023-01-01", "2023-12-31", 4)),
    ],
)
def test_fortnights_and_throughout(text: str, want: tuple) -> None:
    assert _one(text, THU) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a year behind a limiting phrase is still that year; a count of people is not one
        ("Troops will stay until at least 2030.", ("2030-01-01", "2030-12-31", 4)),
        ("The mission runs through at least 2027.", ("2027-01-01", "2027-12-31", 4)),
        ("Elections could come as early as 2026.", ("2026-01-01", "2026-12-31", 4)),
        ("Payment is due no later than 2025.", ("2025-01-01", "2025-12-31", 4)),
        # the day after Thanksgiving, from the holidays package's Thanksgiving
        ("On Black Friday, sales surged.", ("2023-11-24", "2023-11-24", 1)),
    ],
)
def test_limited_years_and_black_friday(text: str, want: tuple) -> None:
    assert _one(text, THU) == want


@pytest.mark.parametrize(
    "text", ["At least 2030 people fled.", "Until at least 2000 soldiers arrive, we wait."]
)
def test_a_count_after_at_least_is_no_year(text: str) -> None:
    assert find_dates(text, THU) == []


def test_the_future_is_no_anchor_for_a_narrative_phrase() -> None:
    from dashboard.events.dates_document import document_dates

    found = document_dates(
        "Talks ended on 3 November. Both sides may meet in the future. Two days later, "
        "rebels shelled the camp.",
        THU,
    )
    assert [(d.text, d.range.start.isoformat()) for d in found if d.range][-1] == (
        "Two days later",
        "2024-11-05",
    )
