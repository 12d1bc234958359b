"""Words and names whose sense in the sentence decides the place (issue 13 items 2 and 6):
office titles that are towns' names, a country named as where people come from, a capital
as its government, a compass region of a named country, a state beside its own town.
Sentences written for these tests, each with a near miss that must not move."""

from __future__ import annotations

import pytest

from dashboard.model import Mention
from dashboard.places.geoparser import Geoparser


def named(gp: Geoparser, text: str, surface: str) -> list[Mention]:
    return [m for m in gp.parse(text) if m.text == surface]


# ------------------------------------------------ office titles are not towns


def test_the_secretary_of_state_is_no_town(geoparser: Geoparser) -> None:
    text = "Speaking in Baltimore, the Secretary of State praised the port workers."
    assert not named(geoparser, text, "Secretary")
    assert [m.place.admin1 for m in named(geoparser, text, "Baltimore") if m.place] == ["US-MD"]


def test_the_king_of_a_country_is_no_town(geoparser: Geoparser) -> None:
    text = "The King of Jordan met farmers near Raleigh and Durham on Friday."
    assert not named(geoparser, text, "King")


def test_a_title_word_named_as_a_town_stays_a_town(geoparser: Geoparser) -> None:
    # near miss: "Bishop, California" is the town (about 37.4 N, 118.4 W)
    found = named(geoparser, "Snow closed the roads into Bishop, California.", "Bishop")
    place = found[0].place if found else None
    assert place is not None
    assert place.admin1 == "US-CA"
    assert place.lat is not None
    assert place.lon is not None
    assert abs(place.lat - 37.36) < 0.3
    assert abs(place.lon + 118.4) < 0.3


# ------------------------------------------------ a state that holds the text's town


def test_a_state_beside_its_own_town_is_the_state(geoparser: Geoparser) -> None:
    text = "Georgia's governor ordered shelters opened as the storm neared Savannah."
    found = named(geoparser, text, "Georgia")
    assert found
    assert found[0].place is not None
    assert (found[0].place.kind, found[0].place.admin1) == ("admin1", "US-GA")


def test_the_country_beside_its_own_town_stays_the_country(geoparser: Geoparser) -> None:
    # near miss: Batumi lies in the country Georgia
    found = named(geoparser, "Georgia's president opened a new port terminal in Batumi.", "Georgia")
    assert found
    assert found[0].place is not None
    assert (found[0].place.kind, found[0].place.country_code) == ("country", "GE")


# ------------------------------------------------ a country named as people's origin


def test_delegates_from_a_country_do_not_pull_the_meeting_there(geoparser: Geoparser) -> None:
    text = "Diplomats from the United States and Iran held talks in Geneva on Friday."
    found = named(geoparser, text, "Geneva")
    assert found
    assert found[0].place is not None
    assert found[0].place.country_code == "CH"
    assert abs((found[0].place.lat or 0.0) - 46.2) < 0.3


def test_a_country_named_as_a_place_still_backs_its_town(geoparser: Geoparser) -> None:
    # near miss: "in the United States" says where, so the US namesake wins
    text = "Officials in the United States said a tornado hit Geneva on Friday."
    found = named(geoparser, text, "Geneva")
    assert found
    assert found[0].place is not None
    assert found[0].place.country_code == "US"


# ------------------------------------------------ a capital speaking for its government


def test_a_capital_announcing_is_the_capital_under_a_foreign_dateline(
    geoparser: Geoparser,
) -> None:
    text = "LONDON — European markets slid after Washington warned of new sanctions."
    found = named(geoparser, text, "Washington")
    assert found
    assert found[0].place is not None
    assert (found[0].place.country_code, found[0].place.admin1) == ("US", "US-DC")


def test_a_town_named_as_a_scene_keeps_the_datelines_namesake(geoparser: Geoparser) -> None:
    # near miss: no verb of speech after it; the English town beside Sunderland stays
    text = "LONDON — Police said a man was stabbed in Washington near Sunderland on Monday."
    found = named(geoparser, text, "Washington")
    assert found
    assert found[0].place is not None
    assert found[0].place.country_code == "GB"


# ------------------------------------------------ a compass region of a named country


def test_a_compass_region_of_a_country_is_that_countrys(geoparser: Geoparser) -> None:
    text = "Heavy snow shut schools across the East Coast of the United States."
    found = named(geoparser, text, "East Coast")
    assert found
    assert found[0].place is not None
    assert found[0].place.country_code == "US"


def test_the_north_of_england_is_not_cameroons_north(geoparser: Geoparser) -> None:
    found = named(geoparser, "Rail strikes hit the North of England this week.", "North")
    assert found
    assert found[0].place is not None
    assert (found[0].place.country_code, found[0].place.admin1) == ("GB", "GB-ENG")


def test_a_compass_region_of_its_own_country_stays(geoparser: Geoparser) -> None:
    # near miss: New Zealand's East Coast region lies in New Zealand (about 38.7 S, 178 E)
    text = "Floods cut roads across the East Coast of New Zealand."
    found = named(geoparser, text, "East Coast")
    assert found
    assert found[0].place is not None
    assert (found[0].place.kind, found[0].place.country_code) == ("admin1", "NZ")


# ------------------------------------------------ a demonym two countries share


def test_a_shared_demonym_takes_the_country_of_the_named_capital(geoparser: Geoparser) -> None:
    text = "Congolese soldiers guarded the river port in Brazzaville overnight."
    codes = [c.code for c in geoparser.analyse(text).countries if c.demonym]
    assert codes == ["CG"]


def test_a_shared_demonym_beside_the_other_congos_city_stays(geoparser: Geoparser) -> None:
    # near miss: Goma lies in the DR Congo
    text = "Congolese soldiers guarded the airport in Goma overnight."
    codes = [c.code for c in geoparser.analyse(text).countries if c.demonym]
    assert codes == ["CD"]


# ------------------------------------------------ a stoplisted word written as a town


def test_a_common_word_written_as_a_town_of_its_state_is_the_town(geoparser: Geoparser) -> None:
    found = named(geoparser, "Residents of Liberty, Missouri, voted on a school levy.", "Liberty")
    assert found
    assert found[0].place is not None
    assert found[0].place.admin1 == "US-MO"


def test_a_common_word_before_a_state_is_still_a_word(geoparser: Geoparser) -> None:
    # near miss: "hope, Arkansas officials said" is the word; no town comes out
    assert not named(geoparser, "There is still hope, Arkansas officials said.", "hope")
    assert not named(geoparser, "Hope remained, Arkansas officials said on Monday.", "Hope")


# ------------------------------------------------ a name does not back its own small towns


def test_a_name_shared_with_its_division_is_not_the_divisions_village(
    geoparser: Geoparser,
) -> None:
    # the oblast and a village of 656 bear the name as written; the city of 710,000 bears
    # it as an alternate name. The oblast, read from the same word, is no other naming of
    # the division, so it does not vouch for the village
    [m] = named(geoparser, "Fighting was reported in Zaporizhzhia on Monday.", "Zaporizhzhia")
    assert m.place is not None
    assert m.place.kind == "city"
    assert m.place.population > 100_000
    assert (m.place.lat, m.place.lon) == (
        pytest.approx(47.85, abs=0.2),
        pytest.approx(35.12, abs=0.2),
    )


def test_a_state_named_by_its_own_name_still_backs_its_small_town(geoparser: Geoparser) -> None:
    # near miss: Louisiana, named as itself, vouches for its village of 4,946
    text = "Louisiana police said the man was arrested in Mansfield on Friday."
    [m] = named(geoparser, text, "Mansfield")
    assert m.place is not None
    assert m.place.admin1 == "US-LA"
    assert (m.place.lat, m.place.lon) == (
        pytest.approx(32.04, abs=0.2),
        pytest.approx(-93.70, abs=0.2),
    )
