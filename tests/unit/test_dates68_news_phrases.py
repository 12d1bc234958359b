"""TIMEX3 date phrases of news that were unread or misread (dates68), each rule with sentences
written for these tests and near misses that keep their reading:

- "two Sundays ago", "two Saturdays from now": the weekday counted itself (a DATE, the day);
- "the week beginning March 18", "the week ended Oct. 29": the seven days from (to) that day;
- "released that December.", "ended that Friday, when ...": "that" a demonstrative where the
  name closes its clause, so the month (weekday) the story is at;
- "in 2011 ... that winter": the winter that starts in 2011 (TimeML 2011-WI);
- "the following spring", "the following decade", "the summer before last";
- "the July-September quarter", "the January-to-March period": one period of those months;
- "The festival is this weekend", "The concert is this Saturday" (no tense read): the weekend
  (weekday) of publication's ISO week, TimeML's "this";
- "The exhibition runs from June 5 to Aug. 30": the timetable present, ahead;
- "two quarters ago": publication's quarter moved back; "a quarter of a century ago" 25 years;
- "Super Tuesday" names no Tuesday the text fixes.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates

PUB = date(2024, 3, 13)  # a Wednesday


def _ranges(sentence: str, pub: date = PUB) -> dict[str, tuple[date, date]]:
    return {d.text: (d.range.start, d.range.end) for d in find_dates(sentence, pub)}


def _covering(sentence: str, phrase: str, pub: date = PUB) -> tuple[date, date] | None:
    """The range of the found phrase that overlaps ``phrase`` in ``sentence``, or None."""
    s = sentence.index(phrase)
    e = s + len(phrase)
    got = [d for d in find_dates(sentence, pub) if d.start < e and s < d.end]
    return (got[0].range.start, got[0].range.end) if got else None


def _day(y: int, m: int, d: int) -> tuple[date, date]:
    return date(y, m, d), date(y, m, d)


# ---------------------------------------------------------------- positives (fail on main)


@pytest.mark.parametrize(
    ("sentence", "phrase", "pub", "expected"),
    [
        # counted weekdays
        ("Voters went to the polls two Sundays ago.", "two Sundays ago", PUB, _day(2024, 3, 3)),
        (
            "The body was found two Fridays ago.",
            "two Fridays ago",
            date(2023, 11, 2),
            _day(2023, 10, 20),
        ),
        ("Turnout fell two Sundays ago.", "two Sundays ago", date(2025, 7, 20), _day(2025, 7, 6)),
        ("Voting ends two Saturdays from now.", "two Saturdays from now", PUB, _day(2024, 3, 23)),
        # a week named by its edge
        (
            "Prices will be set during the week beginning March 18.",
            "the week beginning March 18",
            PUB,
            (date(2024, 3, 18), date(2024, 3, 24)),
        ),
        (
            "Sales rose 3% in the week ended Oct. 29.",
            "the week ended Oct. 29",
            date(2023, 11, 2),
            (date(2023, 10, 23), date(2023, 10, 29)),
        ),
        # "that" + a name closing its clause
        (
            "He was arrested in May 2020 and released that December.",
            "that December",
            PUB,
            (date(2020, 12, 1), date(2020, 12, 31)),
        ),
        (
            "The talks opened on Monday, March 4, 2019, and ended that Friday.",
            "that Friday",
            PUB,
            _day(2019, 3, 8),
        ),
        (
            "The strike began in March 2019 and ended that June, when wages rose.",
            "that June",
            PUB,
            (date(2019, 6, 1), date(2019, 6, 30)),
        ),
        # the winter of a year named before
        (
            "The mine flooded in 2011, and that winter the town was cut off.",
            "that winter",
            PUB,
            (date(2011, 12, 1), date(2012, 2, 29)),
        ),
        # a season or decade beside the date named before, or before last
        (
            "The war began in 1939, and by the following spring the front had collapsed.",
            "the following spring",
            PUB,
            (date(1940, 3, 1), date(1940, 5, 31)),
        ),
        (
            "The dam broke in March 2010, and the following spring it was rebuilt.",
            "the following spring",
            PUB,
            (date(2011, 3, 1), date(2011, 5, 31)),
        ),
        (
            "The dam broke in June 2010 after the preceding winter had been wet.",
            "the preceding winter",
            PUB,
            (date(2009, 12, 1), date(2010, 2, 28)),
        ),
        (
            "He joined the firm in 2001 and left the following decade.",
            "the following decade",
            PUB,
            (date(2010, 1, 1), date(2019, 12, 31)),
        ),
        (
            "The dam burst the summer before last.",
            "the summer before last",
            PUB,
            (date(2022, 6, 1), date(2022, 8, 31)),
        ),
        # a period named by its first and last months
        (
            "Growth slowed in the July-September quarter.",
            "the July-September quarter",
            date(2023, 11, 2),
            (date(2023, 7, 1), date(2023, 9, 30)),
        ),
        (
            "Exports rose in the January-to-March period.",
            "the January-to-March period",
            date(2023, 11, 2),
            (date(2023, 1, 1), date(2023, 3, 31)),
        ),
        (
            "Sales fell in the April-June quarter of 2022.",
            "the April-June quarter of 2022",
            PUB,
            (date(2022, 4, 1), date(2022, 6, 30)),
        ),
        # "this" with no tense read: the unit of publication's week
        (
            "The festival is this weekend.",
            "this weekend",
            PUB,
            (date(2024, 3, 16), date(2024, 3, 17)),
        ),
        ("The concert is this Saturday.", "this Saturday", PUB, _day(2024, 3, 16)),
        # quarters counted back; a quarter of a century is 25 years
        (
            "The firm cut its forecast two quarters ago.",
            "two quarters ago",
            PUB,
            (date(2023, 7, 1), date(2023, 9, 30)),
        ),
        (
            "The plant opened a quarter of a century ago.",
            "a quarter of a century ago",
            PUB,
            (date(1999, 1, 1), date(1999, 12, 31)),
        ),
        (
            "The plant opened a quarter-century ago.",
            "a quarter-century ago",
            PUB,
            (date(1999, 1, 1), date(1999, 12, 31)),
        ),
        # the timetable present of "runs from/through"
        ("The exhibition runs from June 5 to Aug. 30.", "June 5", PUB, _day(2024, 6, 5)),
        ("The exhibition runs from June 5 to Aug. 30.", "Aug. 30", PUB, _day(2024, 8, 30)),
        ("The fair runs from Nov. 10 through Nov. 12.", "Nov. 10", PUB, _day(2024, 11, 10)),
    ],
)
def test_news_phrase_is_read(
    sentence: str, phrase: str, pub: date, expected: tuple[date, date]
) -> None:
    assert _covering(sentence, phrase, pub) == expected


def test_super_tuesday_names_no_tuesday() -> None:
    assert (
        _covering("The election will be held on Super Tuesday.", "Tuesday", date(2024, 3, 1))
        is None
    )


# ---------------------------------------------------------------- near misses (same on main)


@pytest.mark.parametrize(
    ("sentence", "phrase", "pub", "expected"),
    [
        ("Two Sundays in a row, the team lost.", "Two Sundays", PUB, None),
        ("The rebels struck a week ago Friday.", "a week ago Friday", PUB, _day(2024, 3, 1)),
        (
            "Talks are set for the week of March 25.",
            "the week of March 25",
            PUB,
            (date(2024, 3, 25), date(2024, 3, 31)),
        ),
        ("Officials said that Friday was the deadline.", "Friday", PUB, _day(2024, 3, 8)),
        (
            "He said that December and January were cold.",
            "December",
            PUB,
            (date(2023, 12, 1), date(2023, 12, 31)),
        ),
        (
            "The mine flooded in January 2011, and that winter the town was cut off.",
            "that winter",
            PUB,
            (date(2010, 12, 1), date(2011, 2, 28)),
        ),
        (
            "The war began in 1939, and the following winter was harsh.",
            "following winter",
            PUB,
            None,
        ),
        ("Sales fell compared with the previous decade.", "previous decade", PUB, None),
        ("The following spring collection was a hit.", "following spring", PUB, None),
        ("Profit rose in the July-December quarter.", "July", date(2023, 11, 2), None),
        (
            "Prices rose between January and June.",
            "June",
            date(2023, 11, 2),
            (date(2023, 6, 1), date(2023, 6, 30)),
        ),
        ("Rain fell this weekend.", "this weekend", PUB, (date(2024, 3, 9), date(2024, 3, 10))),
        ("This Monday, the court is closed.", "This Monday", PUB, _day(2024, 3, 11)),
        (
            "A quarter of the town burned a century ago.",
            "a century ago",
            PUB,
            (date(1924, 1, 1), date(1924, 12, 31)),
        ),
        ("Three quarters of voters backed him a year ago.", "Three quarters", PUB, None),
        ("The team scored two runs on Sunday.", "Sunday", PUB, _day(2024, 3, 10)),
        ("The exhibition ran from June 5 to Aug. 30.", "June 5", PUB, _day(2023, 6, 5)),
        (
            "Candidates campaigned on Tuesday ahead of Super Tuesday.",
            "on Tuesday",
            date(2024, 3, 1),
            _day(2024, 2, 27),
        ),
    ],
)
def test_near_miss_keeps_its_reading(
    sentence: str, phrase: str, pub: date, expected: tuple[date, date] | None
) -> None:
    assert _covering(sentence, phrase, pub) == expected
