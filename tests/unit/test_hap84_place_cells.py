"""One act told at two granularities of place (issue 16 recall): the place test now reads the
event's own geo precision ("near Kaya" is ACLED's precision 2, so the 80 km radius), the
province of a district the gazetteer lacks (read inside a town it holds), a province whose
point lies in a land region's box ("Donetsk Oblast" in "the Donbas"), and the coast an
attack at sea is told off when the sea report names the attacker's country only through
who attacked. Near misses stay apart. Reports written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dashboard.happenings.containment import contains
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match
from dashboard.places.geoparser import Geoparser
from dashboard.store.happening_reports import _spot, _within_admin1
from tests.unit.happening_reports import article, ingest

DONBAS = Spot("rg:donbas", "Donbas", "region", 48.3, 38.5, "UA", None, 3, (36.5, 46.8, 40.25, 50.1))
DONETSK_OBLAST = Spot("a1:UA-14", "Donetsk Oblast", "admin1", 47.92, 37.78, "UA", "UA-14", 3)


def test_a_province_whose_point_is_in_a_land_regions_box_is_in_it() -> None:
    assert contains(DONBAS, DONETSK_OBLAST)


def test_a_province_outside_the_box_or_of_another_country_is_not() -> None:
    zaporizhzhia = Spot("a1:UA-23", "Zaporizhzhia Oblast", "admin1", 47.84, 35.14, "UA", "UA-23", 3)
    across = Spot("a1:RU-ROS", "Rostov Oblast", "admin1", 47.9, 40.0, "RU", "RU-ROS", 3)
    assert not contains(DONBAS, zaporizhzhia)
    assert not contains(DONBAS, across)


def test_a_seas_box_holds_no_province() -> None:
    sea = Spot(
        "rg:sea-of-azov", "Sea of Azov", "sea", 46.0, 36.5, None, None, 3, (34.8, 45.2, 39.3, 47.3)
    )
    coast = Spot("a1:UA-23", "Zaporizhzhia Oblast", "admin1", 46.8, 36.0, "UA", "UA-23", 3)
    assert not contains(sea, coast)


def test_a_district_read_inside_a_town_is_in_that_towns_province() -> None:
    assert _within_admin1("ul:panjgur-district@gn:1168446") == "PK-BA"
    district = _spot(
        "ul:panjgur-district@gn:1168446", "Panjgur district", "admin2", 26.97, 64.09, "PK", 2
    )
    province = _spot("a1:PK-BA", "Balochistan", "admin1", 28.0, 66.0, "PK", 3)
    assert contains(province, district)


def test_a_district_read_inside_a_country_has_no_province() -> None:
    assert _within_admin1("ul:some-district@cc:PK") is None
    assert _within_admin1("gn:1168446") is None


DAY = date(2024, 2, 23)
SEA = Spot(
    "rg:gulf-of-aden",
    "Gulf of Aden",
    "sea",
    12.5,
    48.0,
    None,
    None,
    3,
    (42.5, 10.4, 51.5, 15.3),
    shores=frozenset({"YE", "SO", "DJ"}),
)
YEMEN = Spot("cc:YE", "Yemen", "country", 15.5, 47.5, "YE", None, 3)
SOMALIA = Spot("cc:SO", "Somalia", "country", 6.0, 47.0, "SO", None, 3)


def _sea_report() -> Report:
    # "Houthi missiles struck the Panama-flagged tanker in the Gulf of Aden": the flag is the
    # only actor country, the attacker's country is its source's
    return Report(
        "e1", "a1", "19", DAY, DAY, 1, SEA, frozenset({"houthi"}), frozenset({"PA"}), "YE"
    )


def test_an_attack_told_off_the_attackers_coast_meets_the_sea_report() -> None:
    land = Report(
        "e2",
        "a2",
        "19",
        DAY,
        DAY,
        1,
        YEMEN,
        frozenset({"houthis"}),
        frozenset(),
        "YE",
        offshore=True,
    )
    assert match(_sea_report(), land) is not None


def test_an_attack_off_the_attackers_coast_a_day_apart_stays_apart() -> None:
    # one side strikes ships off one coast on days running: the tie by who attacked is weak
    later = date(2024, 2, 24)
    land = Report(
        "e2",
        "a2",
        "19",
        later,
        later,
        1,
        YEMEN,
        frozenset({"houthis"}),
        frozenset(),
        "YE",
        offshore=True,
    )
    assert match(_sea_report(), land) is None


def test_an_attack_told_off_another_coast_stays_apart() -> None:
    land = Report(
        "e2",
        "a2",
        "19",
        DAY,
        DAY,
        1,
        SOMALIA,
        frozenset({"pirates"}),
        frozenset(),
        None,
        offshore=True,
    )
    assert match(_sea_report(), land) is None


def test_an_attack_ashore_not_told_offshore_stays_apart() -> None:
    land = Report(
        "e2",
        "a2",
        "19",
        DAY,
        DAY,
        1,
        YEMEN,
        frozenset({"saudi-led coalition"}),
        frozenset({"SA"}),
        "SA",
    )
    assert match(_sea_report(), land) is None


NEAR = [
    article(
        "near",
        "2024-09-01",
        "Gunmen killed 14 villagers near Kaya on Sunday, security sources said.",
        "Sahel Wire",
    ),
    article(
        "town",
        "2024-09-01",
        "Gunmen stormed the town of Barsalogho on Sunday and killed 14 villagers, residents said.",
        "Ouaga Daily",
    ),
]
TWO_TOWNS = [
    article(
        "kaya",
        "2024-09-08",
        "Gunmen killed 9 traders in Kaya on Sunday, security sources said.",
        "Sahel Wire",
    ),
    article(
        "barsalogho",
        "2024-09-08",
        "Gunmen stormed the town of Barsalogho on Sunday and killed 9 villagers, residents said.",
        "Ouaga Daily",
    ),
]


def test_a_report_near_a_town_meets_one_at_a_town_within_80_km(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = ingest(store_url, geoparser, tmp_path, NEAR)
    assert of["near"]["geo_precision"] == 2
    assert of["near"]["happening_id"] == of["town"]["happening_id"]


def test_two_towns_told_at_the_towns_stay_two(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = ingest(store_url, geoparser, tmp_path, TWO_TOWNS)
    assert of["kaya"]["happening_id"] != of["barsalogho"]["happening_id"]


REGION = [
    article(
        "region",
        "2024-06-10",
        "Russian artillery shelled a market in the Donbas on Monday, killing five people, "
        "officials said.",
        "Kyiv Courier",
    ),
    article(
        "oblast",
        "2024-06-10",
        "Russian artillery shelled a market in Ukraine's Donetsk Oblast on Monday, killing five "
        "people.",
        "East Europe Wire",
    ),
]


def test_a_region_report_meets_its_provinces(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = ingest(store_url, geoparser, tmp_path, REGION)
    assert of["region"]["happening_id"] == of["oblast"]["happening_id"]
