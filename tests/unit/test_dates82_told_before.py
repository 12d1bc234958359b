"""An act dated by a narrative phrase that counts from the time just told (dates82), each rule
with sentences written for these tests and near misses that keep their reading:

- "Over the following days, police detained dozens" after a day, "in the days that
  followed", "in the days after the attack": the days after that day, not after publication
  or the day itself ("following" is anaphoric where "next" and "coming" are deictic; TimeML
  1.2.1 §2.2.1), in ``dates_following.stretch_following``;
- "earlier in the week" / "later in the week" with no date told before: publication's week,
  up to publication for an act done, from it for one planned (the DCT is TimeML's default
  reference time), in ``story_start.storyless_range``;
- "Overnight, rioters torched two buses" after a sentence dated Tuesday: Tuesday's night,
  dated the next day, not the night before publication (``story_start.overnight_range``);
- "Within hours, police arrested two contractors" after a day: that day or the next, as
  "hours later" (``dates_relative.hours_later``).
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates_document import document_dates
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

PUB = "2026-06-19"  # a Friday: Monday is 15 June, Tuesday 16, Wednesday 17


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _when(extract: Extract, text: str, root: str) -> list[tuple[date, date, int]]:
    return [(e.when.start, e.when.end, e.when.precision) for e in rooted(extract(text, PUB), root)]


def _june(first: int, last: int, precision: int) -> tuple[date, date, int]:
    return date(2026, 6, first), date(2026, 6, last), precision


@pytest.mark.parametrize(
    ("text", "root", "want"),
    [
        ("Protesters blocked the main road into Cochabamba on June 2. Over the following "
         "days, police detained dozens of them.", "173", _june(3, 8, 2)),
        ("Gunmen killed five villagers in Plateau state on June 14. In the days after the "
         "attack, soldiers arrested 20 suspects.", "173", _june(15, 19, 2)),
        ("Gunmen killed five villagers in Plateau state on June 14. In the days that "
         "followed, soldiers arrested 20 suspects.", "173", _june(15, 19, 2)),
        # after a month, the month's span moved: the stretch may open on any of its days
        ("Rebels seized the town of Kalehe in May. In the days that followed, police arrested "
         "20 suspects in Goma.", "173", (date(2026, 5, 2), date(2026, 6, 6), 4)),
        ("Security forces arrested a union leader in Lusaka earlier in the week.", "173",
         _june(15, 19, 2)),
        ("Ministers will meet in Brussels later in the week.", "036", _june(19, 21, 2)),
        ("Police detained 30 protesters in Dhaka on Tuesday. Overnight, rioters torched two "
         "buses in the city.", "1712", _june(17, 17, 1)),
        ("A landslide buried a village in Sichuan on Monday. Within hours, police arrested "
         "two contractors in the city of Ya'an.", "173", _june(15, 16, 2)),
    ],
)  # fmt: skip
def test_an_act_dated_from_the_time_just_told(
    extract: Extract, text: str, root: str, want: tuple[date, date, int]
) -> None:
    assert _when(extract, text, root) == [want]


@pytest.mark.parametrize(
    ("text", "root", "want"),
    [
        # "coming" and "next" count from publication, ahead
        ("Talks between the two sides will resume in the coming days.", "040", _june(19, 25, 2)),
        ("Over the next few days, the army will deploy troops to Kidal.", "138",
         _june(19, 22, 2)),
        # "overnight" with no day told before, or after publication's own day
        ("Overnight, drones struck an oil depot in Bryansk, the governor said.", "195",
         _june(19, 19, 1)),
        ("Police detained 30 protesters in Dhaka on Friday. Overnight, rioters torched two "
         "buses in the city.", "1712", _june(19, 19, 1)),
        # a day ("earlier in the day") and an act done "later in the week" stay undated
        ("Police arrested a man in Leeds earlier in the day.", "173", _june(13, 19, 2)),
        ("Police arrested two men in Goma later in the week.", "173", _june(13, 19, 2)),
        # "within hours of the attack" counts from a happening the text does not date
        ("Within hours of the attack, police arrested two men in Peshawar.", "173",
         _june(13, 19, 2)),
    ],
)  # fmt: skip
def test_a_phrase_with_no_time_to_count_from_keeps_its_reading(
    extract: Extract, text: str, root: str, want: tuple[date, date, int]
) -> None:
    assert _when(extract, text, root) == [want]


def test_the_dates_contract_leaves_the_stretches_out() -> None:
    text = (
        "Protesters blocked the main road on June 2. Over the following days, police "
        "detained dozens. Within hours, the army arrived. In the days that followed, more came."
    )
    assert [f.text for f in document_dates(text, date(2026, 6, 19))] == ["on June 2"]
