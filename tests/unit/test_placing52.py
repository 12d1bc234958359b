"""Where an event is put, and one actor read from a place (placing52): the side of a dividing
line the sentence tells, a country named only as a group's seat, a province named with its
type word, contested valleys and passes, and two earlier mends kept (nationwide acts of a
named people filed from abroad, a boat of a named flag seized). Sentences written for these
tests; each rule has a near miss that must not change."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where

PUB = "2025-03-12"


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _one(extract: Extract, body: str, *roots: str):  # type: ignore[no-untyped-def]
    events = rooted(extract(body, PUB), *roots)
    assert events, body
    return events[0]


def _places(geoparser: Geoparser, text: str) -> list[tuple[str, str, str | None]]:
    """(surface, kind, ISO2) of each resolved mention."""
    return [
        (m.text, m.place.kind, m.place.country_code)
        for m in geoparser.parse(text)
        if m.place is not None
    ]


# ------------------------------------------- 1. the side of a dividing line the text tells


@pytest.mark.parametrize(
    ("body", "cc"),
    [
        (
            "SEOUL — North Korea detonated stretches of two roads north of the Military "
            "Demarcation Line on Thursday, South Korea's military said.",
            "KP",
        ),
        (
            "TOKYO — North Korean guards fired warning shots south of the Military "
            "Demarcation Line on Thursday.",
            "KR",
        ),
    ],
)
def test_a_side_of_the_demarcation_line_is_that_sides_country(
    extract: Extract, body: str, cc: str
) -> None:
    ev = _one(extract, body, "17", "18", "19")
    assert where(ev)[1] == cc


def test_the_line_alone_is_the_zone(extract: Extract) -> None:
    ev = _one(
        extract,
        "SEOUL — North Korean soldiers crossed the Military Demarcation Line on Friday.",
        "15",
    )
    assert where(ev) == ("Korean Demilitarized Zone", None)


def test_near_miss_a_town_beside_the_line_stays(extract: Extract) -> None:
    ev = _one(
        extract,
        "SEOUL — North Korean troops blew up a road in Kaesong, north of the Military "
        "Demarcation Line, on Friday.",
        "17",
        "18",
    )
    assert where(ev)[1] == "KP"
    assert where(ev)[0] != "North Korea"


def test_near_miss_no_line_keeps_the_reporters_country(extract: Extract) -> None:
    ev = _one(
        extract,
        "SEOUL — North Korea fired artillery shells on Friday, South Korea's Joint Chiefs of "
        "Staff said.",
        "19",
    )
    assert where(ev)[1] == "KR"


# ------------------------------------------------ 2. a country named as a group's seat


@pytest.mark.parametrize(
    "body",
    [
        "ADEN — A Yemen-based group attacked a cargo ship near Socotra on Friday.",
        "BEIRUT — The Lebanon-based militia fired rockets at Israel on Friday.",
    ],
)
def test_a_countrys_name_as_a_groups_seat_is_no_actor(extract: Extract, body: str) -> None:
    ev = _one(extract, body, "19")
    assert ev.roles.source is None


def test_near_miss_the_state_itself_acts(extract: Extract) -> None:
    ev = _one(extract, "ADEN — Yemen attacked a cargo ship near Socotra on Friday.", "19")
    assert ev.roles.source == "Yemen"


# ------------------------------------------- 3. a province named with its type word


@pytest.mark.parametrize(
    ("text", "cc"),
    [
        ("Hail flattened orchards in the province of Valencia.", "ES"),
        ("Hail flattened orchards in Valencia province.", "ES"),
        ("Hail flattened orchards in the eastern Spanish province of Valencia.", "ES"),
        ("Hail flattened orchards in the northern Italian province of Bergamo.", "IT"),
        # the country's adjective picks among divisions of one name in two countries
        ("Hail flattened orchards in the southern Spanish province of Córdoba.", "ES"),
        ("Hail flattened orchards in the Argentine province of Córdoba.", "AR"),
    ],
)
def test_a_province_with_its_type_word_is_the_division(
    geoparser: Geoparser, text: str, cc: str
) -> None:
    places = _places(geoparser, text)
    assert len(places) == 1, places
    assert places[0][1] in ("admin1", "admin2")
    assert places[0][2] == cc


def test_castilian_names_of_spanish_provinces(geoparser: Geoparser) -> None:
    places = _places(geoparser, "Hail flattened orchards in the Spanish province of Alicante.")
    assert places == [("Alicante", "admin2", "ES")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tourists flew to Alicante on Monday.", "city"),
        ("Protesters marched in the Venezuelan city of Valencia.", "city"),
        ("Police raided homes in the Charlotte region.", "city"),
        # a place's own name before the word: the name after "of" is its container
        ("Gunmen robbed a jeweller in the Mansour district of Baghdad.", "city"),
    ],
)
def test_near_miss_a_town_stays_a_town(geoparser: Geoparser, text: str, kind: str) -> None:
    assert _places(geoparser, text)[-1][1] == kind


def test_near_miss_a_demonym_before_a_type_word_is_no_place(geoparser: Geoparser) -> None:
    # "Argentine province" once read as a place named Argentine
    assert [p[0] for p in _places(geoparser, "Rain hit the Argentine province of Salta.")] == [
        "Salta"
    ]


# ----------------------------------------------- 4. contested valleys and passes


def test_a_contested_valley_is_placed(extract: Extract) -> None:
    ev = _one(
        extract,
        "NEW DELHI — Indian and Chinese soldiers clashed in the Galwan Valley on Monday.",
        "19",
    )
    assert where(ev) == ("Galwan Valley", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Israeli jets struck depots in the Beqaa Valley.", "Bekaa Valley"),
        ("Troops faced off on the shores of Pangong Lake.", "Pangong Tso"),
        ("Soldiers scuffled at Nathu La on Monday.", "Nathu La"),
        ("Both armies keep posts on the Siachen Glacier.", "Siachen Glacier"),
    ],
)
def test_contested_features_are_in_the_gazetteer(
    geoparser: Geoparser, text: str, name: str
) -> None:
    assert name in [m.place.name for m in geoparser.parse(text) if m.place is not None]


def test_a_joint_clash_at_an_unknown_valley_is_on_neither_side(extract: Extract) -> None:
    ev = _one(
        extract,
        "NEW DELHI — Indian and Chinese soldiers clashed in the Zorvan Valley on Monday.",
        "19",
    )
    assert where(ev) == (None, None)


# --------------------------- 5-6. earlier mends kept (guards: these passed before this work)


@pytest.mark.parametrize(
    ("body", "source", "cc"),
    [
        ("KAMPALA — Kenyan nurses went on strike across the country on Monday.", "Kenya", "KE"),
        ("KAMPALA — Police arrested protesters across the country on Monday.", None, "UG"),
    ],
)
def test_nationwide_acts_are_the_named_peoples_country(
    extract: Extract, body: str, source: str | None, cc: str
) -> None:
    ev = rooted(extract(body, PUB), "1")[0]
    assert ev.roles.source == source
    assert where(ev)[1] == cc


def test_a_seized_boat_of_a_named_flag_keeps_its_state_as_target(extract: Extract) -> None:
    ev = _one(
        extract,
        "MANILA — China seized a Philippine-registered trawler near Scarborough Shoal.",
        "17",
    )
    assert (ev.roles.source, ev.roles.target) == ("China", "Philippines")


def test_near_miss_an_attack_on_one_side_at_an_unknown_valley_keeps_its_target(
    extract: Extract,
) -> None:
    ev = _one(
        extract,
        "NEW DELHI — Chinese troops attacked Indian posts in the Zorvan Valley on Monday.",
        "19",
    )
    assert where(ev)[1] == "IN"
