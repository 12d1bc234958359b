"""The cues ``happenings.told_days`` reads from a report's sentences: the parts of its day
(TIMEX3 parts of day and START/END mods, ``data/lexicon/day_edges.csv``) and the dead it
counts. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.happenings.told_days import edges, shrunk, straddle, toll

WEDNESDAY = date(2023, 7, 19)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Missiles hit the port early on Wednesday.", (True, False)),
        ("Missiles hit the port late on Wednesday.", (False, True)),
        ("Missiles hit the port on Wednesday afternoon.", (False, False)),
        ("Missiles hit the port on Wednesday evening.", (False, True)),
        ("Missiles hit the port on Wednesday night.", (True, True)),
        ("Missiles hit the port on Wednesday.", (True, True)),
        ("Missiles hit the port overnight, officials said on Wednesday.", (True, True)),
        ("The toll from Wednesday's strike rose on Thursday.", None),
        ("Missiles hit the port, officials said.", None),
    ],
)
def test_the_parts_of_its_day_a_report_tells(sentence: str, expected: object) -> None:
    assert edges([sentence], WEDNESDAY) == expected


def test_only_a_close_then_an_opening_straddle_a_night() -> None:
    assert straddle((False, True), (True, False))
    assert not straddle((True, False), (True, False))
    assert not straddle((False, False), (True, True))
    assert straddle(None, (False, False))


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("Strikes hit the camp, killing at least 50 people.", 50),
        ("The death toll from the attack rose to 133 on Saturday.", 133),
        ("Twelve people were killed, and the attack killed twelve children.", 12),
        ("More than 1,200 people were killed in the floods.", 1200),
        ("The strike killed a boy and his grandmother.", None),
        ("Rioters hurled bricks at police.", None),
    ],
)
def test_the_dead_a_report_counts(sentence: str, dead: int | None) -> None:
    assert toll([sentence]) == dead


def test_a_toll_shrinks_under_half() -> None:
    assert shrunk(50, 20)
    assert not shrunk(50, 30)
    assert not shrunk(None, 2)
