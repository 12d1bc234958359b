"""Geoparser rules of stop 44 (geo19), each on sentences written for it, with a near miss:
a district named after its province's seat stays in that province's country; "the mayor of X
said" leaves X a place; a country listed beside countries is the country; an organisation's
title ("the Alliance of Sahel States") holds no place, and "Chinatown" is the text's city's
quarter; "Greater X" is the metropolitan area (precision 2); Swat is Pakistan's valley, but
not the police unit; "Nov 22" is a date."""

from __future__ import annotations

from dashboard.model import Mention
from dashboard.places.geoparser import Geoparser


def named(geoparser: Geoparser, text: str, span: str) -> list[Mention]:
    """The mentions written exactly ``span`` in ``text``."""
    return [m for m in geoparser.parse(text) if m.text == span]


def country_of(m: Mention) -> str | None:
    assert m.place is not None
    return m.place.country_code


# 1. "Kandahar district": the district round Kandahar, seat of Kandahar province


def test_a_district_named_after_its_province_seat_stays_in_that_country(
    geoparser: Geoparser,
) -> None:
    # the text's only other places lie in Pakistan: still Afghanistan's district
    text = "Pakistan said the gunmen had crossed from Kandahar district into Balochistan."
    (m,) = named(geoparser, text, "Kandahar")
    assert country_of(m) == "AF"
    # a text naming India, which has a small town of the name too
    text = "India condemned a raid in Kandahar district that killed two Indian engineers."
    (m,) = named(geoparser, text, "Kandahar")
    assert country_of(m) == "AF"


def test_a_district_named_after_a_mere_town_still_moves_into_the_text_country(
    geoparser: Geoparser,
) -> None:
    # near miss: Karo is no province's seat, so the text's one country keeps it
    text = "Floods hit Karo district in North Sumatra, Indonesia's disaster agency said."
    (m,) = named(geoparser, text, "Karo")
    assert country_of(m) == "ID"


# 2. the same town, found once, stays found after "the mayor of X said"


def test_the_object_of_of_before_said_is_no_speaker(geoparser: Geoparser) -> None:
    text = "A storm flooded Pesaro on Monday. The mayor of Pesaro said the damage was severe."
    found = named(geoparser, text, "Pesaro")
    assert len(found) == 2
    assert all(country_of(m) == "IT" for m in found)


def test_a_name_before_said_is_still_a_speaker(geoparser: Geoparser) -> None:
    # near miss: "Levi said" with nothing before it is the person (one sense per text)
    text = "Levi said he would appeal the ruling on Tuesday."
    assert named(geoparser, text, "Levi") == []


# 3. a country listed with countries


def test_a_country_listed_with_countries_is_the_country(geoparser: Geoparser) -> None:
    text = "Cholera has spread in Niger, Nigeria and Benin since the rains began."
    (m,) = named(geoparser, text, "Niger")
    assert m.place is not None
    assert m.place.kind == "country"
    assert m.place.country_code == "NE"


def test_a_name_and_its_country_after_a_comma_is_contained(geoparser: Geoparser) -> None:
    # near miss: "X, Nigeria" alone puts X in Nigeria (Niger State)
    text = "Floods hit Minna in Niger, Nigeria, on Monday."
    (m,) = named(geoparser, text, "Niger")
    assert country_of(m) == "NG"


def test_a_historical_region_listed_with_a_country_stays(geoparser: Geoparser) -> None:
    # near miss: GeoNames gives Serbia and Montenegro "Yugoslavia" only as an old name
    text = "Talks between Yugoslavia and Croatia broke down in 1991."
    (m,) = named(geoparser, text, "Yugoslavia")
    assert m.place is not None
    assert m.place.kind == "region"


# 4. organisations' titles, and a city quarter's common name


def test_an_alliance_title_names_no_town(geoparser: Geoparser) -> None:
    text = "Ministers of the Alliance of Sahel States gathered in Niamey on Saturday."
    assert named(geoparser, text, "Alliance") == []
    assert [m.text for m in geoparser.parse(text)] == ["Niamey"]


def test_a_country_by_its_title_stays(geoparser: Geoparser) -> None:
    # near miss: a head word before one whole place name is that place's title
    text = "The Union of Comoros and Madagascar signed a fisheries accord."
    assert [country_of(m) for m in geoparser.parse(text)] == ["KM", "MG"]


def test_a_body_named_for_the_place_it_serves_keeps_the_place(geoparser: Geoparser) -> None:
    # near miss: the title ends in a place, not in its members ("States", "Nations")
    text = "The Autism Association of Northern Ohio said it would open a clinic."
    (m,) = named(geoparser, text, "Ohio")
    assert country_of(m) == "US"
    assert named(geoparser, "The Hope Association of Alliance, Ohio, said so.", "Alliance")


def test_chinatown_in_a_story_set_abroad_is_that_city_quarter(geoparser: Geoparser) -> None:
    text = "Restaurants in Chinatown stayed shut on Sunday after a fire in central London."
    (m,) = named(geoparser, text, "Chinatown")
    assert country_of(m) == "GB"
    assert m.place is not None
    assert m.place.geo_precision == 2


def test_chinatown_in_a_story_of_several_countries_is_dropped(geoparser: Geoparser) -> None:
    text = "Tourists from Japan and France crowded Chinatown over the holiday."
    assert named(geoparser, text, "Chinatown") == []


# 5. "Greater X"


def test_greater_city_is_the_metropolitan_area(geoparser: Geoparser) -> None:
    (m,) = named(geoparser, "Water cuts hit millions across Greater Cairo on Friday.", "Cairo")
    assert m.place is not None
    assert m.place.country_code == "EG"
    assert m.place.kind == "region"
    assert m.place.geo_precision == 2


def test_the_city_without_greater_is_the_city(geoparser: Geoparser) -> None:
    (m,) = named(geoparser, "Water cuts hit millions across Cairo on Friday.", "Cairo")
    assert m.place is not None
    assert (m.place.kind, m.place.geo_precision) == ("city", 1)


# 6. Swat


def test_swat_is_the_valley_in_pakistan(geoparser: Geoparser) -> None:
    text = "Flash floods swept through Swat on Monday, Pakistani officials said."
    (m,) = named(geoparser, text, "Swat")
    assert country_of(m) == "PK"


def test_the_police_unit_is_no_place(geoparser: Geoparser) -> None:
    text = "Swat officers stormed the house in Phoenix before dawn."
    assert named(geoparser, text, "Swat") == []
    text = "Police called in a SWAT team when the man refused to leave."
    assert named(geoparser, text, "SWAT") == []


# 7. a month's abbreviation before a day


def test_a_month_abbreviation_and_day_is_a_date(geoparser: Geoparser) -> None:
    text = "HAIFA, Nov 22 (Reuters) - Israeli police said a fire had spread overnight."
    assert named(geoparser, text, "Nov") == []
    assert named(geoparser, "Israeli police said on Nov. 3 that a fire had spread.", "Nov") == []


def test_the_village_without_a_day_is_still_a_place(geoparser: Geoparser) -> None:
    # near miss: the village of Nov, Tajikistan, named with its country
    text = "Border guards detained two men near Nov, Tajikistan, on Friday."
    (m,) = named(geoparser, text, "Nov")
    assert country_of(m) == "TJ"


# 8. "St. X" for a French "Saint-X"


def test_st_abbreviates_a_hyphened_saint_city(geoparser: Geoparser) -> None:
    text = "Aid trucks reached St. Marc on Thursday after the storm, Haitian officials said."
    (m,) = named(geoparser, text, "St. Marc")
    assert country_of(m) == "HT"


def test_st_before_a_small_hyphened_saint_town_is_the_saint(geoparser: Geoparser) -> None:
    # near miss: Saint-Nicolas, Belgium (23,000) is no reading of a hospital's saint
    text = "Patients crowded the St. Nicolas hospital on Thursday."
    assert named(geoparser, text, "St. Nicolas") == []
