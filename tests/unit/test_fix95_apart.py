"""Session 86, fix95 (issue 16, precision: newuser95's wrong merges 02-03). A second bomb and
the first, and a crowd's motive placed where what it protested happened, are kept apart (``happenings/act_facts``, ``answered``). Reports written
for these tests, with other names and places than the user's."""

from __future__ import annotations

from pathlib import Path

from dashboard.places.geoparser import Geoparser
from tests.unit.happening_sets import article, happening_sets_of, happenings_of

FIRST_BOMB = article(
    4, "2025-03-02", "PASTO - A bomb exploded outside a pharmacy in Pasto late on Saturday."
)
SECOND_BOMB = article(
    5,
    "2025-03-02",
    "PASTO - A second bomb exploded near a bakery in Pasto on Saturday night, hours after the "
    "first attack.",
)


def test_a_second_bomb_of_the_night_is_not_the_first(geoparser: Geoparser, tmp_path: Path) -> None:
    a, b = happenings_of(geoparser, tmp_path, FIRST_BOMB, SECOND_BOMB)
    assert a
    assert b
    assert a != b


STORMED = article(
    6,
    "2024-10-07",
    "SILCHAR - Protesters forced their way into the Nepali consulate in Silchar on Monday. The "
    "crowd was protesting the jailing of a priest in Nepal.",
)
MARCH = article(
    7,
    "2024-10-08",
    "KATHMANDU - Students marched towards the Indian embassy in Kathmandu on Tuesday to protest "
    "against the attack on the consulate.",
)


def test_a_crowds_motive_is_no_protest_where_its_cause_was(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    stormed, march = happening_sets_of(geoparser, tmp_path, STORMED, MARCH)
    assert march
    assert not stormed & march
