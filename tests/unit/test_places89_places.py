"""Places users found wrong or missing (session 87, places89), mended by general rules or
sourced gazetteer rows; every sentence was written for these tests. A branch of the Islamic
State styled a "province" names no place; a name after the lowercase "river" is the river;
Algeria's Kabylie region has a point."""

from __future__ import annotations

import pytest

from dashboard.model import Mention
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _placed(geoparser: Geoparser, text: str) -> list[Mention]:
    return [m for m in geoparser.parse(text) if m.place is not None]


@pytest.mark.parametrize(
    "text",
    [
        "IS Sahel Province fighters ambushed a patrol on Friday.",
        "Islamic State's Sahel Province said its men burned the market.",
        "The Islamic State group's Mozambique Province claimed the raid.",
        "The Sinai Province of the Islamic State blew up a pipeline.",
        "ISIS's Sinai Province claimed the ambush on Thursday.",
    ],
)
def test_a_province_styled_branch_names_no_place(geoparser: Geoparser, text: str) -> None:
    assert _placed(geoparser, text) == []


def test_a_branch_attack_is_not_placed_in_burkina_faso(extract: Extract) -> None:
    events = real(extract("IS Sahel Province gunmen killed nine herders on Sunday."), "18", "19")
    assert events
    assert all(where(e)[1] != "BF" for e in events)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # the division the branch is not: the same name with no group before it
        ("Soldiers patrolled the Sahel Province of Burkina Faso.", "Sahel Province", "BF"),
        # a word joined to the group's name makes it the province's modifier: the Syrian one
        ("The governor of the Islamic State-held Raqqa Province fled.", "Raqqa Province", "SY"),
        # "is" is a verb, not the group's abbreviation
        ("The capital of Sahel Province is Dori, in Burkina Faso.", "Sahel Province", "BF"),
    ],
)
def test_near_miss_a_province_with_no_branch_stays(
    geoparser: Geoparser, text: str, name: str, code: str
) -> None:
    got = {(m.text, m.place.country_code) for m in _placed(geoparser, text) if m.place}
    assert (name, code) in got


@pytest.mark.parametrize(
    ("text", "name", "river"),
    [
        ("A ferry overturned on the river Niger near Mopti.", "Niger", "Niger River"),
        ("Pilgrims bathed in the river Jordan at dawn.", "Jordan", "Jordan River"),
        ("Barges sank on the river Congo upstream of Kinshasa.", "Congo", "Congo River"),
    ],
)
def test_a_name_after_lowercase_river_is_the_river(
    geoparser: Geoparser, text: str, name: str, river: str
) -> None:
    got = {m.text: m.place for m in geoparser.parse(text)}
    assert got[name] is not None
    assert got[name].name == river
    assert got[name].kind == "region"


def test_a_river_the_gazetteer_lacks_is_no_division(geoparser: Geoparser) -> None:
    got = {m.text: m.place for m in geoparser.parse("Two boys drowned in the river Kunar.")}
    assert "Kunar" in got
    assert got["Kunar"] is None


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # the sentence ends after "river": the next name is the country
        ("The road ends at the river. Niger closed the crossing.", "Niger", "country"),
        # a capital "River" opens the name, which the gazetteer row reads whole
        ("Traders crossed the River Niger at dawn.", "River Niger", "region"),
    ],
)
def test_near_miss_river_word_apart_keeps_reading(
    geoparser: Geoparser, text: str, name: str, kind: str
) -> None:
    got = {m.text: m.place for m in geoparser.parse(text)}
    assert got[name] is not None
    assert got[name].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Wildfires raced through the Kabylie region overnight.",
        "Villagers in Kabylia protested over water cuts.",
    ],
)
def test_kabylie_has_a_point_in_algeria(geoparser: Geoparser, text: str) -> None:
    got = [m.place for m in _placed(geoparser, text) if m.text.startswith("Kabyl")]
    assert got
    assert got[0] is not None
    assert got[0].country_code == "DZ"
    assert got[0].lat is not None
    assert 35.5 < got[0].lat < 37.5


def test_an_arrest_in_kabylie_is_placed_there(extract: Extract) -> None:
    events = real(extract("Police arrested twelve activists in Kabylie on Tuesday."), "17")
    assert events
    assert where(events[0]) == ("Kabylie", "DZ")


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("A barge ran aground on the Niger River in central Mali.", "Niger River", "ML"),
        ("Nomads crossed the Sahara in southern Algeria on camels.", "Sahara", "DZ"),
    ],
)
def test_a_feature_astride_countries_told_in_one_is_placed_there(
    geoparser: Geoparser, text: str, name: str, code: str
) -> None:
    got = {m.text: m.place for m in geoparser.parse(text)}
    assert got[name] is not None
    assert got[name].country_code == code


def test_a_shipwreck_on_a_river_told_in_a_country_is_in_that_country(extract: Extract) -> None:
    events = extract("Eleven traders drowned when their boat sank on the Niger River in Mali.")
    assert events
    assert where(events[0])[1] == "ML"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a list of countries after "in": the feature lies in each, so it keeps its own point
        ("Dams on the Nile in Egypt and Sudan store the flood.", "Nile"),
        # a town, not a country, after the feature: the feature keeps its own point
        ("A ferry sank on the Niger River near Niamey.", "Niger River"),
    ],
)
def test_near_miss_a_feature_not_told_in_one_country_stays(
    geoparser: Geoparser, text: str, name: str
) -> None:
    got = {m.text: m.place for m in geoparser.parse(text)}
    assert got[name] is not None
    assert got[name].country_code is None


@pytest.mark.parametrize(
    ("text", "abbr", "state"),
    [
        ("Elderly Ill. woman rescued from Iowa creek", "Ill", "US-IL"),
        ("Retired Mich. teacher wins poetry prize", "Mich", "US-MI"),
        ("Springfield Ill. man wins state lottery", "Ill", "US-IL"),
    ],
)
def test_a_dotted_state_after_a_headline_word_is_the_state(
    geoparser: Geoparser, text: str, abbr: str, state: str
) -> None:
    got = {m.text: m.place for m in geoparser.parse(text)}
    assert got.get(abbr) is not None
    assert got[abbr].id == f"a1:{state}"


@pytest.mark.parametrize(
    "text",
    [
        # a capital after the dot: a title before a name, not a state in a headline
        "Rep. Gray Ill. Officials said nothing.",
        # no dot: the word is no abbreviation
        "Jerry Mich said the plan was fine.",
    ],
)
def test_near_miss_no_dotted_state_in_a_name(geoparser: Geoparser, text: str) -> None:
    got = [m.text for m in geoparser.parse(text) if m.place is not None]
    assert "Ill" not in got
    assert "Mich" not in got
