"""Session 86, hap97 (issue 16, precision). fix92's named targets are read from the act's own
clause only: a target named "in retaliation for the attack on its embassy" is the answered
act's, and "al-Tanf" and "Al Tanf" are one base (``happenings/named_targets``). A hazard its
own clause tells as "a second" or "another" of its kind, at another town, is not the first
one (``happenings/second_hazard``). Reports written for these tests."""

from __future__ import annotations

from pathlib import Path

from dashboard.places.geoparser import Geoparser
from tests.unit.happening_sets import article, happenings_of

RETALIATION = article(
    1,
    "2024-01-16",
    "ERBIL - Iran's Revolutionary Guards fired ballistic missiles at Erbil late on Monday in "
    "retaliation for the attack on its embassy in Beirut.",
)
BASE_HIT = article(
    2,
    "2024-01-16",
    "Ballistic missiles hit the Sabre air base in Erbil late on Monday, officials said.",
)
TANF = article(
    3, "2023-10-23", "Drones attacked the al-Tanf garrison in Syria on Sunday, the Pentagon said."
)
TANF_AGAIN = article(
    4, "2023-10-23", "US officials said drones struck the Al Tanf base in Syria on Sunday."
)
EMBASSY = article(
    5, "2024-03-02", "Britain condemned the drone attack on its embassy in Kabul on Friday."
)
BASE = article(6, "2024-03-02", "A drone targeted the Sabre base complex in Kabul on Friday.")
BASE_IN_RETALIATION = article(
    7,
    "2024-03-02",
    "Drones struck the Sabre base in Kabul on Friday in retaliation for the raid on their outpost.",
)
EMBASSY_HIT = article(
    8, "2024-03-02", "Rockets hit the Norwegian embassy in Kabul on Friday, police said."
)


def test_a_target_of_the_act_answered_keeps_no_report_apart(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, RETALIATION, BASE_HIT)
    assert a
    assert a == b


def test_an_arabic_article_does_not_make_two_bases(geoparser: Geoparser, tmp_path: Path) -> None:
    a, b = happenings_of(geoparser, tmp_path, TANF, TANF_AGAIN)
    assert a
    assert a == b


def test_an_embassy_and_a_base_in_one_city_stay_two(geoparser: Geoparser, tmp_path: Path) -> None:
    a, b = happenings_of(geoparser, tmp_path, EMBASSY, BASE)
    assert a
    assert b
    assert a != b


def test_the_acts_own_target_beside_a_retaliation_is_still_read(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, BASE_IN_RETALIATION, EMBASSY_HIT)
    assert a
    assert b
    assert a != b


FIRE = article(
    9,
    "2018-11-09",
    "A wind-driven wildfire tore through the town of Paradise in northern California on Thursday.",
)
SECOND_FIRE = article(
    10, "2018-11-09", "A second wildfire forced the evacuation of Malibu in California on Thursday."
)
MALIBU_FIRE = article(
    11,
    "2018-11-09",
    "A wind-driven wildfire swept into Malibu in California on Thursday, forcing thousands to flee.",
)
SIMI_FIRE = article(
    12, "2018-11-09", "A wildfire broke out near Simi Valley in California on Thursday afternoon."
)
ANOTHER_FIRE = article(
    13,
    "2018-11-09",
    "Another brush fire erupted near Camarillo in California on Thursday, officials said.",
)


def test_a_second_wildfire_at_another_town_is_another_fire(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, FIRE, SECOND_FIRE)
    assert a
    assert b
    assert a != b


def test_another_brush_fire_near_another_town_is_another_fire(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, SIMI_FIRE, ANOTHER_FIRE)
    assert a
    assert b
    assert a != b


def test_a_second_wildfire_told_again_at_its_town_stays_one(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, SECOND_FIRE, MALIBU_FIRE)
    assert a
    assert a == b
