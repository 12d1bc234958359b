"""Where an event is put (placing51): a border names no side of it, a surname is no town, a
captive's nationality is no place, an international body speaks at its seat, a place struck
that the gazetteer lacks, a crowd's act in a story naming no other country, a forecast inside
a comment, an institution named by a capital's dateline, a capital named as a side, and a
disputed island the gazetteer now holds. Sentences written for these tests; each rule has a
near miss that must not change."""

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


# ------------------------------------------------- 1. a border names no side of it


def test_a_border_named_by_both_countries_is_on_the_datelines_side(extract: Extract) -> None:
    ev = _one(
        extract,
        "KABUL — Afghan and Pakistani soldiers traded fire along the Pakistan-Afghanistan border on Friday.",
        "19",
    )
    assert where(ev)[1] == "AF"


def test_a_border_named_by_one_country_is_on_the_neighbouring_datelines_side(
    extract: Extract,
) -> None:
    ev = _one(extract, "DHAKA — A cyclone made landfall near the India border on Monday.", "DIS-")
    assert where(ev)[1] == "BD"


def test_a_border_with_no_other_evidence_gives_neither_country(extract: Extract) -> None:
    ev = _one(
        extract,
        "LONDON — Soldiers traded fire along the Afghanistan-Pakistan border on Friday.",
        "19",
    )
    assert where(ev)[1] not in ("AF", "PK")


def test_near_miss_a_country_named_as_a_place_stays(extract: Extract) -> None:
    ev = _one(extract, "LONDON — A cyclone made landfall in Myanmar on Monday.", "DIS-")
    assert where(ev)[1] == "MM"


# ----------------------------------------------------- 2. a surname is no small town


def test_a_surname_speaking_is_not_a_town(geoparser: Geoparser) -> None:
    text = "MADRID — Navarro criticized the budget on Monday."
    assert [m.text for m in geoparser.parse(text) if m.place is not None] == ["MADRID"]


def test_a_surname_speaking_leaves_the_dateline(extract: Extract) -> None:
    ev = _one(extract, "MADRID — Navarro criticized the budget on Monday.", "11")
    assert where(ev) == ("Madrid", "ES")


def test_near_miss_a_town_after_a_preposition_stays(geoparser: Geoparser) -> None:
    text = "Floods reached Navarro, Argentina, and officials said more rain was due."
    assert "Navarro" in [m.text for m in geoparser.parse(text) if m.place is not None]


# ------------------------------------------------ 3. a captive's nationality is no place


def test_captives_nationality_is_not_where_they_were_freed(extract: Extract) -> None:
    ev = _one(
        extract, "NIAMEY — Two French priests were released by their captors on Sunday.", "084"
    )
    assert where(ev)[1] == "NE"


def test_near_miss_a_nationality_is_still_dropped_only_for_captivity(extract: Extract) -> None:
    # not a release or an abduction: the demonym stays the side it was
    ev = _one(extract, "NIAMEY — French troops shelled a camp on Sunday.", "19")
    assert where(ev)[1] != "FR" or ev.roles.source_country == "FR"


# ------------------------------------------- 4. an international body speaks at its seat


def test_a_body_speaking_at_its_seat_is_placed_there(extract: Extract) -> None:
    ev = _one(extract, "VIENNA — The IAEA said on Tuesday that talks would resume on Friday.", "0")
    assert where(ev) == ("Vienna", "AT")


def test_near_miss_a_body_speaking_away_from_its_seats_gets_no_dateline(extract: Extract) -> None:
    ev = _one(extract, "LIMA — The IAEA said on Tuesday that talks would resume on Friday.", "0")
    assert where(ev)[0] != "Lima"


# --------------------------------------------- 5. a place struck the gazetteer lacks


def test_an_unknown_name_struck_is_in_the_datelines_country(extract: Extract) -> None:
    ev = _one(extract, "KYIV — Russia bombed Zarvanivka on Tuesday.", "19")
    assert where(ev)[1] == "UA"


def test_near_miss_an_unknown_name_after_a_verb_of_speech_is_no_place(extract: Extract) -> None:
    ev = _one(extract, "KYIV — Russia criticized Zarvanivka on Tuesday.", "11")
    assert ev.location is None or "gazetteer" not in ev.location_reason


# ---------------------------------------------- 6. a crowd's act, no other country named


def test_a_crowds_act_in_a_story_naming_no_country_is_in_the_datelines(extract: Extract) -> None:
    ev = _one(extract, "COLOMBO — A mob set fire to a mosque on Tuesday.", "18")
    assert where(ev)[1] == "LK"


def test_near_miss_armed_men_in_a_story_naming_no_country_get_none(extract: Extract) -> None:
    # armed men may come from anywhere a regional bureau covers (test_placing_dateline_acts)
    ev = _one(extract, "COLOMBO — Gunmen set fire to a mosque on Tuesday.", "18")
    assert where(ev) == (None, None)


def test_a_crowds_act_on_a_village_is_not_the_towns(extract: Extract) -> None:
    ev = _one(extract, "KANDY — A mob set fire to a village mosque on Tuesday.", "18")
    assert where(ev) == ("Sri Lanka", "LK")


# ------------------------------------------------- 7. a forecast inside a comment


def test_a_place_inside_a_forecast_is_not_the_comments(extract: Extract) -> None:
    ev = _one(extract, "WARSAW — Tusk said Russia will attack Vilnius.", "01")
    assert where(ev)[0] != "Vilnius"


def test_near_miss_a_place_told_before_the_forecast_stays(extract: Extract) -> None:
    ev = _one(extract, "WARSAW — Tusk said in Gdansk that Russia will attack Vilnius.", "01")
    assert where(ev) == ("Gdańsk", "PL")


# ------------------------------------- 8. an institution named by a capital's dateline


def test_a_capitals_dateline_named_by_an_institution_is_no_place(extract: Extract) -> None:
    ev = _one(extract, "KINGSTON — Lecturers marched at Kingston University on Friday.", "14")
    assert where(ev)[1] != "JM"


def test_near_miss_a_dateline_with_its_country_stays(extract: Extract) -> None:
    ev = _one(
        extract, "KINGSTON, Jamaica — Lecturers marched at Kingston University on Friday.", "14"
    )
    assert where(ev)[1] == "JM"


# ------------------------------------------------- 9. a capital named as a side


def test_a_capital_named_as_a_side_is_its_state(extract: Extract) -> None:
    ev = _one(extract, "ALGIERS — Morocco recalled its ambassador from Madrid on Tuesday.", "16")
    assert ev.roles.target == "Spain"
    assert ev.roles.target_country == "ES"


def test_near_miss_a_country_named_as_a_side_keeps_its_name(extract: Extract) -> None:
    ev = _one(extract, "ALGIERS — Morocco recalled its ambassador from Spain on Tuesday.", "16")
    assert ev.roles.source == "Morocco"


# ------------------------------------------------- 10. a disputed island


def test_a_disputed_island_is_found(geoparser: Geoparser) -> None:
    text = "A coast guard ship anchored off Thitu Island on Monday."
    assert "Thitu Island" in [m.place.name for m in geoparser.parse(text) if m.place is not None]
