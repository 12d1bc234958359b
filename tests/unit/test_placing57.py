"""Where an event is put (placing57): a launch toward a town is placed at that town, the
country of who reports an act never places it, a country set after a division ("in Borno
state, Nigeria") is the division's container and no side, talks between foreign parties
under a dateline are at the dateline city, and a town's resolved country stands in a story
with no dateline. Sentences written for these tests (the testers' own are marked); each rule
has near misses that must not change."""

from __future__ import annotations

import pytest

from dashboard.events.actors import Actor
from dashboard.events.listed_sides import container_before
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where

PUB = "2025-03-12"  # a Wednesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _one(extract: Extract, body: str, *roots: str):  # type: ignore[no-untyped-def]
    events = rooted(extract(body, PUB), *roots)
    assert events, body
    return events[0]


# ---------------------------------------------------- 1. a launch toward a town


@pytest.mark.parametrize(
    ("body", "town", "cc"),
    [
        # the testers' sentence
        (
            "The Houthis fired a ballistic missile toward Eilat on Monday, the US military said.",
            "Eilat",
            "IL",
        ),
        (
            "WASHINGTON (AP) — The Houthis fired a ballistic missile toward Eilat on Monday, "
            "the US military said.",
            "Eilat",
            "IL",
        ),
        (
            "Hezbollah launched drones toward Nahariya on Sunday, the Israeli military said.",
            "Nahariyya",
            "IL",
        ),
        (
            "Russia launched drones toward Odesa overnight, the Ukrainian air force said.",
            "Odesa",
            "UA",
        ),
        (
            "Hamas fired rockets from Gaza toward Tel Aviv, the Israeli military said.",
            "Tel Aviv",
            "IL",
        ),
        (
            "Russia fired a barrage of missiles toward Lviv overnight, the Polish military said.",
            "Lviv",
            "UA",
        ),
    ],
)
def test_a_launch_toward_a_town_is_placed_at_the_town(
    extract: Extract, body: str, town: str, cc: str
) -> None:
    ev = _one(extract, body, "19")
    assert where(ev) == (town, cc)
    assert ev.location is not None
    assert ev.location.place is not None
    assert ev.location.place.geo_precision == 2  # aimed there: it may have fallen short


def test_near_miss_a_launch_at_a_town_keeps_the_town_at_its_own_precision(
    extract: Extract,
) -> None:
    body = "The Houthis fired a ballistic missile at Eilat on Monday, the US military said."
    ev = _one(extract, body, "19")
    assert where(ev) == ("Eilat", "IL")
    assert ev.location is not None
    assert ev.location.place is not None
    assert ev.location.place.geo_precision == 1


def test_near_miss_a_test_launch_toward_a_sea_stays_with_the_launcher(extract: Extract) -> None:
    body = "North Korea fired a ballistic missile toward the Sea of Japan, South Korea's military said."
    assert where(_one(extract, body, "15"))[1] == "KP"


def test_near_miss_a_launch_toward_a_country_is_not_placed_in_the_reporters(
    extract: Extract,
) -> None:
    body = "The Houthis fired a ballistic missile toward Israel on Monday, the US military said."
    assert where(_one(extract, body, "19"))[1] != "US"


def test_near_miss_a_flight_toward_a_town_after_a_killing_is_no_launch(extract: Extract) -> None:
    body = "Three soldiers were killed in the raid and hundreds of residents fled toward Goma."
    assert where(_one(extract, body, "19"))[0] != "Goma"


# ------------------------------------------------- 2. who reports is never the place


@pytest.mark.parametrize(
    "body",
    [
        "WASHINGTON (AP) — Gunmen attacked a convoy on Monday, a US official said.",
        "WASHINGTON (AP) — Militants ambushed a patrol on Monday, according to US officials.",
    ],
)
def test_the_reporters_country_does_not_place_an_armed_groups_act(
    extract: Extract, body: str
) -> None:
    ev = _one(extract, body, "18", "19")
    assert where(ev)[1] != "US"


def test_near_miss_a_crowd_under_its_own_datelines_country_stays(extract: Extract) -> None:
    ev = _one(extract, "DHAKA — A mob set fire to a temple on Monday, police said.", "1")
    assert where(ev)[1] == "BD"


# ------------------------------------- 3. "X state, Country": the division's container


@pytest.mark.parametrize(
    ("body", "division", "cc"),
    [
        # the testers' sentence
        ("Gunmen killed 12 villagers in Borno state, Nigeria, on Sunday.", "Borno", "NG"),
        ("Gunmen abducted 20 students in Kaduna state, Nigeria.", "Kaduna", "NG"),
        (
            "Militants killed five civilians in Cabo Delgado province, Mozambique, on Friday.",
            "Cabo Delgado",
            "MZ",
        ),
        ("Jihadists killed 30 soldiers in Tillaberi region, Niger, on Sunday.", "Tillabéri", "NE"),
        (
            "Gunmen killed 12 farmers in northeastern Borno state, Nigeria, on Sunday.",
            "Borno",
            "NG",
        ),
    ],
)
def test_a_country_after_a_division_is_its_container_not_the_target(
    extract: Extract, body: str, division: str, cc: str
) -> None:
    ev = _one(extract, body, "18")
    assert where(ev) == (division, cc)
    assert ev.location is not None
    assert ev.location.place is not None
    assert ev.location.place.kind == "admin1"
    assert ev.roles.target is None  # the villagers are no named side; their country no target


def test_near_miss_the_victims_demonym_is_still_the_target(extract: Extract) -> None:
    ev = _one(extract, "Gunmen killed 12 Nigerian villagers on Sunday.", "18")
    assert ev.roles.target_country == "NG"


def test_a_country_between_commas_after_a_town_is_no_subject(extract: Extract) -> None:
    ev = _one(extract, "Clashes in Khartoum, Sudan, killed dozens, the UN said.", "19")
    assert ev.roles.source is None
    assert where(ev) == ("Khartoum", "SD")


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("In Nairobi, Kenya's president met opposition leaders on Monday.", "Kenya"),
        ("In Geneva, Russia and the United States agreed to extend the treaty.", "Russia"),
    ],
)
def test_near_miss_a_subject_after_a_fronted_place_stays_the_source(
    extract: Extract, body: str, source: str
) -> None:
    ev = _one(extract, body, "0")
    assert ev.roles.source == source


# ------------------------------------------ 4. talks abroad: the dateline is the venue


@pytest.mark.parametrize(
    ("body", "city"),
    [
        # a meeting placed in the dateline's own country: the city itself
        (
            "DOHA, Qatar — Negotiators from Israel and Hamas held talks on Wednesday on a ceasefire.",
            "Doha",
        ),
        ("OSLO — Colombian government negotiators and ELN rebels resumed talks on Monday.", "Oslo"),
    ],
)
def test_talks_placed_in_the_datelines_country_are_at_its_city(
    extract: Extract, body: str, city: str
) -> None:
    ev = _one(extract, body, "04")
    assert where(ev)[0] == city
    assert ev.location is not None
    assert ev.location.place is not None
    assert ev.location.place.kind == "city"


@pytest.mark.parametrize(
    "body",
    [
        # a bureau abroad says nothing of where two foreign parties met (newuser57c)
        "LONDON — Russian and Ukrainian officials held talks on Monday.",
        "GENEVA — Envoys from Armenia and Azerbaijan met on Tuesday to discuss a peace treaty.",
    ],
)
def test_talks_of_foreign_parties_take_no_dateline(extract: Extract, body: str) -> None:
    assert _one(extract, body, "04").location is None


@pytest.mark.parametrize(
    "body",
    [
        "GENEVA — Envoys from Armenia and Azerbaijan will meet next week to discuss a treaty.",
        "GENEVA — The foreign ministers of Armenia and Azerbaijan spoke by phone on Tuesday.",
    ],
)
def test_near_miss_talks_ahead_or_by_phone_take_no_dateline(extract: Extract, body: str) -> None:
    ev = _one(extract, body, "03", "04")
    assert ev.location is None


def test_near_miss_talks_with_a_venue_named_keep_it(extract: Extract) -> None:
    body = "GENEVA — Envoys from Armenia and Azerbaijan met in Washington on Tuesday."
    assert where(_one(extract, body, "04")) == ("Washington", "US")


def test_near_miss_talks_with_the_datelines_country_keep_the_country(extract: Extract) -> None:
    ev = _one(extract, "NAIROBI — Kenya and Somalia held talks on Tuesday.", "04")
    assert where(ev)[1] == "KE"


# ------------------------------- 5. a resolved town's country, with no dateline


def test_the_event_keeps_the_place_the_geoparser_resolved(extract: Extract) -> None:
    # the namesake itself is the geoparser's (geo57); the event must not override it
    body = "Floods in Valencia killed at least 200 people, Spain's government said."
    assert where(_one(extract, body, "DIS"))[1] == "ES"


@pytest.mark.parametrize(
    ("body", "cc"),
    [
        (
            "Gunmen killed 12 villagers in Gwoza on Sunday. Troops later killed five of the "
            "attackers, the army said.",
            "NG",
        ),
        ("A car bomb killed 10 people in Kismayo on Saturday, the US embassy said.", "SO"),
        (
            "Militants stormed a hotel in Beledweyne on Monday. Security forces killed all the "
            "attackers, the US embassy said.",
            "SO",
        ),
    ],
)
def test_near_miss_a_town_only_story_keeps_the_towns_country(
    extract: Extract, body: str, cc: str
) -> None:
    events = rooted(extract(body, PUB), "18", "19")
    assert events, body
    assert {where(e)[1] for e in events} == {cc}


def test_near_miss_a_list_of_countries_is_no_city_and_its_country() -> None:
    text = "Farmers in Kenya, Uganda, Tanzania and Rwanda protested on Monday."
    kenya = Actor("Kenya", "country", "KE", 11, 16)
    uganda = Actor("Uganda", "country", "UG", 18, 24)
    assert not container_before(text, uganda, 0, 47, [kenya, uganda])
    town = "Clashes in Khartoum, Sudan, killed dozens."
    sudan = Actor("Sudan", "country", "SD", 21, 26)
    assert container_before(town, sudan, 0, 28, [sudan])
