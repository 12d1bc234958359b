"""Geoparser rules of the geo48 round, each on sentences written for it, with a near miss: a
dateline in capitals names a town, not the division of its name; a lone "Greater X" of a big
city is its metropolitan area; a quarter's common name with nothing to place it is dropped;
a small town's name before a lowercase "district" is that district (precision 2)."""

from __future__ import annotations

from dashboard.model import Mention
from dashboard.places.geoparser import Geoparser


def named(geoparser: Geoparser, text: str, span: str) -> list[Mention]:
    """The mentions written exactly ``span`` in ``text``."""
    return [m for m in geoparser.parse(text) if m.text == span]


def placed(m: Mention) -> tuple[str, str | None, int]:
    assert m.place is not None
    return m.place.kind, m.place.country_code, m.place.geo_precision


# 1. "NEW YORK —": a dateline names the city it was filed from


def test_a_dateline_in_capitals_is_the_city_not_the_state(geoparser: Geoparser) -> None:
    text = "NEW YORK — The harbour ferry ran late on Thursday after a storm."
    (m,) = named(geoparser, text, "NEW YORK")
    assert placed(m) == ("city", "US", 1)
    assert m.place is not None
    assert m.place.lat is not None
    assert m.place.lon is not None
    assert abs(m.place.lat - 40.7) < 0.3
    assert abs(m.place.lon + 74.0) < 0.3


def test_a_dateline_with_its_date_is_the_city_too(geoparser: Geoparser) -> None:
    text = "NEW YORK, March 4 - A water main burst under a busy avenue on Tuesday."
    (m,) = named(geoparser, text, "NEW YORK")
    assert placed(m) == ("city", "US", 1)


def test_the_state_named_in_the_story_stays_the_state(geoparser: Geoparser) -> None:
    # near miss: no dateline, the name in running text
    text = "New York lawmakers agreed on a budget for schools on Thursday."
    (m,) = named(geoparser, text, "New York")
    assert placed(m) == ("admin1", "US", 3)


# 2. "Greater X" alone in a text


def test_a_lone_greater_big_city_is_its_metropolitan_area(geoparser: Geoparser) -> None:
    text = "Rents climbed across Greater Manchester last year."
    (m,) = named(geoparser, text, "Manchester")
    assert placed(m) == ("region", "GB", 2)


def test_a_lone_greater_small_town_is_still_dropped(geoparser: Geoparser) -> None:
    # near miss: a town under 100,000 after "Greater" is likelier another proper name
    assert named(geoparser, "Drilling started in the Greater Sunrise field.", "Sunrise") == []


# 3. a quarter's common name with nothing to say whose


def test_a_lone_chinatown_has_no_place(geoparser: Geoparser) -> None:
    text = "Inspectors closed three bakeries in Chinatown on Friday."
    assert named(geoparser, text, "Chinatown") == []


def test_chinatown_of_a_named_city_stays(geoparser: Geoparser) -> None:
    # near miss: the city is named
    text = "Inspectors closed three bakeries in Chinatown, in central Bangkok, on Friday."
    (m,) = named(geoparser, text, "Chinatown")
    assert m.place is not None
    assert m.place.country_code == "TH"


# 4. a small town's name before "district"


def test_a_small_town_before_district_is_the_district(geoparser: Geoparser) -> None:
    text = "Gunmen attacked a checkpoint in Spin Boldak district on Friday."
    (m,) = named(geoparser, text, "Spin Boldak")
    assert placed(m) == ("admin2", "AF", 2)


def test_the_small_town_alone_stays_the_town(geoparser: Geoparser) -> None:
    # near miss: no type word
    text = "KANDAHAR — Gunmen attacked a checkpoint in Spin Boldak on Friday."
    (m,) = named(geoparser, text, "Spin Boldak")
    assert placed(m) == ("city", "AF", 1)


def test_the_district_of_a_town_is_the_district(geoparser: Geoparser) -> None:
    text = "Officials closed schools in the district of Bannu after the floods."
    (m,) = named(geoparser, text, "Bannu")
    assert placed(m) == ("admin2", "PK", 2)


def test_the_district_of_columbia_stays_the_federal_district(geoparser: Geoparser) -> None:
    # near miss: capitalised, the name of a first-level unit, not "district of" a town
    text = "Voters in the District of Columbia chose a new council on Tuesday."
    (m,) = named(geoparser, text, "District of Columbia")
    assert placed(m) == ("admin1", "US", 3)


def test_the_city_of_a_town_stays_the_town(geoparser: Geoparser) -> None:
    # near miss: a settlement word before the name
    text = "Officials closed schools in the city of Bannu after the floods."
    (m,) = named(geoparser, text, "Bannu")
    assert placed(m) == ("city", "PK", 1)
