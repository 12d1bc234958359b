"""Days of an act in a follow-up report, told against another day than publication
(dates77), each rule with sentences written for these tests and near misses that keep their
reading:

- "attacked a police post a day after Monday's bombing", "48 hours after Monday's raid",
  "Two days after the shooting on Monday, police arrested…": the act with no day of its own
  is the named day moved by the count (TimeML anchored values), and a dated noun in the
  phrase keeps the named day (``dates_counted_after``);
- "The attack, which took place on Saturday, was claimed on Monday", "The attack, carried
  out before dawn on Tuesday, killed…": an aside whose only verb says the happening occurred
  gives the happening's own day (``dates_occurred``);
- "KABUL, June 16 (Reuters) - … yesterday": the dates contract counts relative words from the
  dateline's day, the story's creation time, as the event reader already did.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates_document import document_dates
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

PUB = "2026-06-18"  # a Thursday: Monday is 15 June, Tuesday 16, Wednesday 17


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _days(extract: Extract, text: str, *roots: str) -> list[tuple[date, date]]:
    return [(e.when.start, e.when.end) for e in rooted(extract(text, PUB), *roots)]


def _d(day: int) -> tuple[date, date]:
    return date(2026, 6, day), date(2026, 6, day)


# ---------------------------------------------------------------- a count after a named day


@pytest.mark.parametrize(
    ("text", "roots", "want"),
    [
        ("Gunmen attacked a police post in Kano a day after Monday's bombing in the city.",
         ("180",), _d(16)),
        ("Police arrested a suspect in Leeds a day after Tuesday's stabbing.", ("17",), _d(17)),
        ("Militants attacked a second village in Borno 48 hours after Monday's raid on Dapchi.",
         ("180",), _d(17)),
        ("Troops retook the town of Bunia 72 hours after rebels seized it on Sunday.",
         ("19",), _d(17)),
        ("Hours after Tuesday's blast, police raided a house in a suburb of Peshawar.",
         ("17",), (date(2026, 6, 16), date(2026, 6, 17))),
        # a fronted phrase closed by its comma holds its day (dates141; it was left undated)
        ("Two days after the shooting on Monday, police arrested a teenager in Malmo.",
         ("17",), _d(17)),
    ],
)  # fmt: skip
def test_an_act_counted_after_a_named_day(
    extract: Extract, text: str, roots: tuple[str, ...], want: tuple[date, date]
) -> None:
    assert _days(extract, text, *roots) == [want]


def test_the_noun_counted_from_keeps_its_own_day(extract: Extract) -> None:
    text = "Gunmen attacked a police post in Kano a day after Monday's bombing in the city."
    assert _days(extract, text, "183") == [_d(15)]


@pytest.mark.parametrize(
    ("text", "roots", "want"),
    [
        # the act's own day outranks the count
        ("Police arrested two men in Leeds on Thursday, a day after Tuesday's stabbing.",
         ("17",), _d(18)),
        # no count: "days after" names no day
        ("Days after the vote, police arrested 20 activists in Harare on Monday.",
         ("17",), _d(15)),
        # a day named before the act, outside any "after" phrase
        ("On Monday, police arrested a suspect in Leeds after a stabbing.", ("17",), _d(15)),
    ],
)  # fmt: skip
def test_an_act_with_its_own_day_keeps_it(
    extract: Extract, text: str, roots: tuple[str, ...], want: tuple[date, date]
) -> None:
    assert _days(extract, text, *roots) == [want]


def test_a_count_of_hours_that_is_no_day_moves_nothing(extract: Extract) -> None:
    # "30 hours after": a day and a quarter, no day to move by: the act stays undated
    text = "Police arrested a suspect in Leeds 30 hours after Tuesday's stabbing."
    got = _days(extract, text, "17")
    assert got
    assert all(start != end for start, end in got)


# ---------------------------------------------------------------- an occurrence aside


@pytest.mark.parametrize(
    ("text", "roots", "want"),
    [
        ("The attack on the checkpoint in Idlib, which took place on Saturday, was claimed by "
         "the group on Monday.", ("18", "19"), _d(13)),
        ("The blast at the mine in Zonguldak, which happened early on Friday, killed four "
         "workers, the company said on Sunday.", ("DIS-",), _d(12)),
        ("The attack, carried out before dawn on Tuesday, killed three soldiers at a base "
         "near Gao.", ("18", "19"), _d(16)),
        ("The explosion at the chemical plant in Tianjin, which happened on Wednesday evening, "
         "was felt 10 kilometres away.", ("DIS-",), _d(17)),
    ],
)  # fmt: skip
def test_an_occurrence_aside_gives_the_happenings_day(
    extract: Extract, text: str, roots: tuple[str, ...], want: tuple[date, date]
) -> None:
    events = rooted(extract(text, PUB), *roots) or [
        e for e in extract(text, PUB) if e.event_type.code.startswith(roots)
    ]
    assert [(e.when.start, e.when.end) for e in events] == [want]


@pytest.mark.parametrize(
    ("text", "roots", "want"),
    [
        # an aside with an act of its own: the verb keeps the sentence's day
        ("The president, who took office on Saturday, condemned the attack in Kano on Monday.",
         ("11", "12"), _d(15)),
        # a month in the aside is no single day of the happening
        ("The attack on the base, which took place in March, was condemned by the UN on "
         "Monday.", ("11", "12"), _d(15)),
        # the verb has a day of its own after the subject's aside
        ("The clashes, which broke out in Tripoli on Saturday, killed nine people on Monday.",
         ("19",), _d(15)),
        # the noun's own aside already dated it
        ("The riot, which took place on Saturday, ended on Monday.", ("14",), _d(13)),
    ],
)  # fmt: skip
def test_an_aside_of_another_kind_moves_nothing(
    extract: Extract, text: str, roots: tuple[str, ...], want: tuple[date, date]
) -> None:
    got = _days(extract, text, *roots)
    assert got == [] or got == [want]


# ---------------------------------------------------------------- the dateline's day


def _dated(text: str, phrase: str, pub: date = date(2026, 6, 18)) -> tuple[date, date] | None:
    s = text.index(phrase)
    got = [d.range for d in document_dates(text, pub) if d.start <= s < d.end]
    return (got[0].start, got[0].end) if got and got[0] is not None else None


@pytest.mark.parametrize(
    ("text", "phrase", "want"),
    [
        ("KABUL, June 16 (Reuters) - Gunmen killed four aid workers in Kunduz yesterday.",
         "yesterday", _d(15)),
        ("LAGOS, June 17 (AP) - The governor will visit the site tomorrow.", "tomorrow", _d(18)),
        ("CAIRO, June 17 - Egypt closed the Rafah crossing two days ago.", "two days", _d(15)),
        ("MANILA, June 16 - Floods forced 5,000 families from their homes this morning.",
         "this morning", _d(16)),
    ],
)  # fmt: skip
def test_relative_words_count_from_the_datelines_day(
    text: str, phrase: str, want: tuple[date, date]
) -> None:
    assert _dated(text, phrase) == want


@pytest.mark.parametrize(
    ("text", "phrase", "want"),
    [
        # no day in the dateline: publication's
        ("ISTANBUL (AP) - Police detained 40 protesters yesterday.", "yesterday", _d(17)),
        # a dateline day more than two weeks before publication is no filing day
        ("KABUL, May 1 (Reuters) - Gunmen killed four aid workers yesterday.", "yesterday",
         _d(17)),
        # the dateline's day is publication's
        ("NAIROBI, June 18 (Reuters) - Parliament passed the bill yesterday.", "yesterday",
         _d(17)),
    ],
)  # fmt: skip
def test_other_datelines_keep_publication(text: str, phrase: str, want: tuple[date, date]) -> None:
    assert _dated(text, phrase) == want
