"""Geoparser rules of the geo49 round, each on sentences written for it, with a near miss:
a country's name used for the state that acts is the country, not a division of its name;
a river's bare name after "across the" is the river; names before a plural first-level type
word are divisions; an armed group's and an institution's name is no place mention; an
airport is a landmark by its town; a town the gazetteer lacks by that spelling is found by
another romanisation, or placed in the text's one country."""

from __future__ import annotations

from dashboard.model import Mention
from dashboard.places.geoparser import Geoparser


def named(geoparser: Geoparser, text: str, span: str) -> list[Mention]:
    """The mentions written exactly ``span`` in ``text``."""
    return [m for m in geoparser.parse(text) if m.text == span]


def placed(m: Mention) -> tuple[str, str | None]:
    assert m.place is not None
    return m.place.kind, m.place.country_code


def near(m: Mention, lat: float, lon: float, within: float = 1.0) -> bool:
    p = m.place
    assert p is not None
    assert p.lat is not None
    assert p.lon is not None
    return abs(p.lat - lat) < within and abs(p.lon - lon) < within


# 1. a country acting as a state beats a division of its name in the dateline's country


def test_sanctions_on_a_country_name_the_country(geoparser: Geoparser) -> None:
    text = "ABUJA — The regional bloc said sanctions it had laid on Niger would end in May."
    (m,) = named(geoparser, text, "Niger")
    assert placed(m) == ("country", "NE")
    assert near(m, 17.6, 8.1, 2.0)


def test_a_possessive_junta_is_the_country(geoparser: Geoparser) -> None:
    text = "ABUJA — Niger's ruling junta ordered two diplomats to leave within 48 hours."
    (m,) = named(geoparser, text, "Niger")
    assert placed(m) == ("country", "NE")


def test_closing_its_border_is_a_state_act(geoparser: Geoparser) -> None:
    text = "KANO — Niger shut its borders with Nigeria for a week, traders said."
    (m,) = named(geoparser, text, "Niger")
    assert placed(m) == ("country", "NE")


def test_a_parliament_is_the_country_georgia(geoparser: Geoparser) -> None:
    text = "WASHINGTON — Georgia's parliament voted on the media bill on Tuesday."
    (m,) = named(geoparser, text, "Georgia")
    assert placed(m) == ("country", "GE")


def test_the_state_with_its_type_word_stays_the_division(geoparser: Geoparser) -> None:
    # near miss: "Niger State" and "the state of Niger" name the division
    text = "ABUJA — Floods swept farms in Niger State and the state of Kogi on Monday."
    (m,) = named(geoparser, text, "Niger State")
    assert placed(m) == ("admin1", "NG")


def test_a_governor_keeps_the_us_state(geoparser: Geoparser) -> None:
    # near miss: a governor is a division's, not a sovereign state's
    text = "ATLANTA — Georgia's governor signed the school budget on Tuesday."
    (m,) = named(geoparser, text, "Georgia")
    assert placed(m) == ("admin1", "US")


# 2. a river's bare name after a word of crossing or lying along


def test_across_the_river_name_is_the_river(geoparser: Geoparser) -> None:
    text = "ODESA — Drones struck boats moored across the Dnipro late on Sunday."
    (m,) = named(geoparser, text, "Dnipro")
    assert placed(m) == ("region", None)
    assert m.place is not None
    assert m.place.id == "rg:dnieper"


def test_along_the_river_name_is_the_river(geoparser: Geoparser) -> None:
    text = "KYIV — Troops dug new trenches along the Dnipro near the delta."
    (m,) = named(geoparser, text, "Dnipro")
    assert m.place is not None
    assert m.place.id == "rg:dnieper"


def test_the_city_named_plainly_stays_the_city(geoparser: Geoparser) -> None:
    # near miss: no crossing word, no article
    text = "KYIV — A missile hit an apartment block in Dnipro on Friday."
    (m,) = named(geoparser, text, "Dnipro")
    assert placed(m) == ("city", "UA")
    assert near(m, 48.5, 35.0, 0.3)


# 3. a list of names before a plural first-level type word


def test_names_before_provinces_are_provinces(geoparser: Geoparser) -> None:
    text = "BEIRUT — Clashes spread across Latakia and Tartus provinces overnight."
    ms = [m for m in geoparser.parse(text) if m.text in ("Latakia", "Tartus")]
    assert [placed(m) for m in ms] == [("admin1", "SY"), ("admin1", "SY")]


def test_a_province_named_after_its_seat_is_found_by_the_seat(geoparser: Geoparser) -> None:
    # the gazetteer indexes Hama governorate only as "Ḩamāh": through the town of Hama
    text = "BEIRUT — Rebels advanced through Idlib and Hama provinces this week."
    (m,) = named(geoparser, text, "Hama")
    assert placed(m) == ("admin1", "SY")
    assert m.place is not None
    assert m.place.id == "a1:SY-HM"


def test_regions_of_ukraine_are_oblasts(geoparser: Geoparser) -> None:
    text = "KYIV — Power cuts hit Kherson and Zaporizhzhia regions on Monday."
    (m,) = named(geoparser, text, "Kherson")
    assert placed(m) == ("admin1", "UA")


def test_one_name_before_the_plural_is_left_alone(geoparser: Geoparser) -> None:
    # near miss: no list ("Latakia" then "provinces" with no second item)
    text = "BEIRUT — Trade through Latakia resumed, as did farming in nearby provinces."
    (m,) = named(geoparser, text, "Latakia")
    assert placed(m) == ("city", "SY")


# 4. armed groups' names; towns the gazetteer lacks by that spelling


def test_an_armed_groups_name_is_no_place(geoparser: Geoparser) -> None:
    text = "YANGON — The Arakan Army said its fighters held the ferry crossing."
    assert named(geoparser, text, "Arakan") == []


def test_a_national_guard_keeps_its_state(geoparser: Geoparser) -> None:
    # near miss: a state's reserve force is no armed group
    text = "The Georgia Army National Guard sent trucks to Savannah after the storm."
    (m,) = named(geoparser, text, "Georgia")
    assert placed(m) == ("admin1", "US")


def test_an_aspirated_spelling_finds_the_town(geoparser: Geoparser) -> None:
    # GeoNames writes Kyaukpyu; English news writes the Burmese aspirate "ph"
    text = "YANGON — Shelling damaged the port town of Kyaukphyu, residents said."
    (m,) = named(geoparser, text, "Kyaukphyu")
    assert placed(m) == ("city", "MM")
    assert near(m, 19.4, 93.5, 0.3)


def test_a_town_of_another_name_stays_unplaced(geoparser: Geoparser) -> None:
    # near miss: no town of the name without its "h" in the text's country
    text = "YANGON — Shelling damaged the port town of Zzyphyu, residents said."
    found = named(geoparser, text, "Zzyphyu")
    assert all(m.place is None for m in found)


# 5. institutions and airports


def test_a_university_is_no_town(geoparser: Geoparser) -> None:
    text = "NEW YORK — Students camped on the lawn at Columbia University for a week."
    assert named(geoparser, text, "Columbia") == []


def test_a_small_towns_name_on_a_university_is_no_town(geoparser: Geoparser) -> None:
    # Wright State University is in Dayton, not in a town named Wright
    text = "Staff at Wright State University voted on the new contract on Monday."
    assert named(geoparser, text, "Wright") == []


def test_a_big_citys_university_keeps_the_city(geoparser: Geoparser) -> None:
    # near miss: a city of millions that owns its name holds its university
    text = "Surgeons at Baghdad University hospital treated the wounded on Friday."
    (m,) = named(geoparser, text, "Baghdad")
    assert placed(m) == ("city", "IQ")


def test_a_states_university_keeps_the_state(geoparser: Geoparser) -> None:
    # near miss: a state's university lies in the state
    text = "Students at Eastern Kentucky University raised funds for flood relief."
    (m,) = named(geoparser, text, "Kentucky")
    assert placed(m) == ("admin1", "US")


def test_the_town_named_alone_stays(geoparser: Geoparser) -> None:
    # near miss: the town in running text, no institution word
    text = "Storms knocked out power across Columbia, South Carolina, on Monday."
    (m,) = named(geoparser, text, "Columbia")
    assert placed(m) == ("city", "US")
    assert near(m, 34.0, -81.0, 0.3)


def test_an_airport_is_a_landmark_by_its_town(geoparser: Geoparser) -> None:
    text = "Flights were grounded at Kandahar International Airport on Friday."
    (m,) = named(geoparser, text, "Kandahar International Airport")
    assert m.place is not None
    assert m.place.kind == "landmark"
    assert near(m, 31.6, 65.7, 0.3)
