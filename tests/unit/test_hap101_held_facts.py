"""Session 88, hap101 (issue 16, precision): two arrests of one city and day told apart by
what the act's sentence says of whom it held and for what (``happenings/held_facts``): an
offence of another ICCS section, or a named person against someone unnamed. Reports written
for these tests."""

from __future__ import annotations

from pathlib import Path

from dashboard.places.geoparser import Geoparser
from tests.unit.happening_sets import article, happenings_of

CLERK = article(
    1,
    "2024-06-11",
    "Police in Tarsus arrested a clerk on Monday over the theft of copper cable from a rail depot.",
)
MAYOR = article(
    2,
    "2024-06-11",
    "Former mayor Selim Kaya was arrested in Tarsus on Monday and charged with bribery, "
    "prosecutors said.",
)
UNNAMED = article(
    3, "2023-11-19", "Police detained a 52-year-old man in Ghent on Saturday, prosecutors said."
)
SENATOR = article(
    4,
    "2023-11-19",
    "Opposition senator Marie Dubois was detained in Ghent on Saturday, her party said.",
)
WOMAN = article(
    5,
    "2023-11-19",
    "Police arrested a 30-year-old woman in Ghent on Saturday over the theft of paintings "
    "from a museum.",
)
WOMAN_AGAIN = article(
    6,
    "2023-11-19",
    "A woman was arrested in Ghent on Saturday in connection with the theft of three "
    "paintings, police said.",
)
GUARD = article(
    7,
    "2023-11-19",
    "Police arrested the museum guard Pieter Claes in Ghent on Saturday over the theft of "
    "paintings.",
)
A_GUARD = article(
    8,
    "2023-11-19",
    "A museum guard was arrested in Ghent on Saturday over the theft of paintings, police said.",
)

STABBING = article(
    9,
    "2022-05-14",
    "Police arrested a 29-year-old man in Aalborg on Friday after a stabbing at a bus station.",
)
STABBING_NAMED = article(
    10,
    "2022-05-14",
    "Jonas Holm was arrested in Aalborg on Friday after a stabbing at a bus station, police said.",
)


def test_two_offences_of_two_sections_are_two_arrests(geoparser: Geoparser, tmp_path: Path) -> None:
    a, b = happenings_of(geoparser, tmp_path, CLERK, MAYOR)
    assert a
    assert b
    assert a != b


def test_a_named_detainee_and_an_unnamed_one_are_two_arrests(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, UNNAMED, SENATOR)
    assert a
    assert b
    assert a != b


def test_one_offence_told_twice_without_names_is_one_arrest(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, WOMAN, WOMAN_AGAIN)
    assert a
    assert a == b


def test_a_named_guard_and_a_guard_unnamed_by_role_stay_one(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, GUARD, A_GUARD)
    assert a
    assert a == b


def test_a_private_person_named_by_one_outlet_and_unnamed_by_another_stays_one(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, STABBING, STABBING_NAMED)
    assert a
    assert a == b
