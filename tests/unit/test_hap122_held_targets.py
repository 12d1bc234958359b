"""Session 93, hap122 (issue 16, precision): two arrests or expulsions of one city and day
whose sentences each name one person held, bare or after a title, a trade or a nationality,
and two persons, are two happenings (``happenings/held_targets``); one person named in full
by one outlet and with a title by another, or not named at all, stays one. Reports written
for these tests."""

from __future__ import annotations

from pathlib import Path

from dashboard.places.geoparser import Geoparser
from tests.unit.happening_sets import article, happenings_of

DEPORTED = article(
    1,
    "2024-10-12",
    "Police in Tbilisi deported Piet Vos on Friday after holding him overnight, his employer said.",
)
DETAINED = article(
    2,
    "2024-10-12",
    "Danish photographer Lena Sorensen was detained in Tbilisi on Friday, her agency said.",
)
DEPORTED_AGAIN = article(
    3,
    "2024-10-12",
    "Dutch reporter Piet Vos was deported from Tbilisi on Friday, the interior ministry said.",
)
UNNAMED = article(
    4,
    "2024-10-12",
    "A foreign correspondent was deported from Tbilisi on Friday, the interior ministry said.",
)
ACTIVIST = article(
    5,
    "2023-04-05",
    "Police arrested opposition activist Marta Kovac in Zagreb on Tuesday, her party said.",
)
ORGANISER = article(
    6,
    "2023-04-05",
    "Tomislav Horvat was arrested in Zagreb on Tuesday, his lawyer said.",
)
LEADER = article(
    7,
    "2023-04-05",
    "Police arrested the opposition leader in Zagreb on Tuesday, his party said.",
)
LEADER_NAMED = article(
    8,
    "2023-04-05",
    "Opposition leader Tomislav Horvat was arrested in Zagreb on Tuesday, his lawyer said.",
)


def test_a_deportation_and_another_persons_detention_are_two(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, DEPORTED, DETAINED)
    assert a
    assert b
    assert a != b


def test_two_arrests_of_two_named_figures_in_one_capital_are_two(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, ACTIVIST, ORGANISER)
    assert a
    assert b
    assert a != b


def test_an_unnamed_deportee_goes_with_the_deportation_not_the_detention(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b, c = happenings_of(geoparser, tmp_path, DEPORTED, DETAINED, UNNAMED)
    assert a
    assert c == a
    assert b != a


def test_one_person_named_bare_and_after_a_trade_stays_one(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, DEPORTED, DEPORTED_AGAIN)
    assert a
    assert a == b


def test_a_title_without_a_name_and_the_full_name_stay_one(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, LEADER, LEADER_NAMED)
    assert a
    assert a == b
