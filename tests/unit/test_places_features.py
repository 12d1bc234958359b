"""Natural features and their namesakes (issue 13, the tester's finds), each on a sentence
written for it, with the expected place, kind and approximate coordinates."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from dashboard.places.lists import _list_before
from tests.unit.test_places_rules import assert_at, mention

# ---------------------------------------------------------------- features the gazetteer has


@pytest.mark.parametrize(
    ("text", "surface", "kind", "lat", "lon"),
    [
        (
            "Barges carried coal down the Ohio River past Louisville.",
            "Ohio River",
            "region",
            39.1,
            -84.5,
        ),
        ("A ferry crossed the Hudson River before dawn.", "Hudson River", "region", 41.7, -74.0),
        ("Storms swept Luzon as the typhoon neared.", "Luzon", "region", 16.0, 121.0),
        ("Two climbers were rescued on Mount Rainier.", "Mount Rainier", "region", 46.85, -121.76),
        ("Ferries across Lake Geneva were halted by the wind.", "Lake Geneva", "sea", 46.45, 6.55),
        ("Rowers trained on the River Thames at dawn.", "River Thames", "region", 51.5, -0.12),
        ("Scientists sampled the ice of Lake Baikal.", "Lake Baikal", "sea", 53.5, 108.0),
        ("Barges moved grain along the Volga last week.", "Volga", "region", 48.7, 44.5),
        # the stop-25 rows of regions.csv: islands, rivers and mountains news names
        (
            "A migrant boat reached the Canary Islands on Sunday.",
            "Canary Islands",
            "region",
            28.3,
            -15.6,
        ),
        ("Russian bombers flew near Bornholm on Tuesday.", "Bornholm", "region", 55.13, 14.92),
        (
            "Israeli strikes hit villages north of the Litani River.",
            "Litani River",
            "region",
            33.45,
            35.55,
        ),
        ("Yazidi families fled to Mount Sinjar in 2014.", "Mount Sinjar", "region", 36.38, 41.75),
        ("Ash rose from Mount Semeru on Monday.", "Mount Semeru", "region", -8.11, 112.92),
        ("Troops on the Matsu Islands held a drill.", "Matsu Islands", "region", 26.16, 119.95),
    ],
)
def test_a_feature_the_gazetteer_has_is_placed_at_its_own_point(
    geoparser: Geoparser, text: str, surface: str, kind: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), kind, lat, lon, tolerance=0.3)


# ---------------------------------------------------------------- features named after a place


@pytest.mark.parametrize(
    ("text", "surface", "namesake"),
    [
        ("Barges waited on the Kansas River for the flood to pass.", "Kansas River", "Kansas"),
        ("Anglers crowded the Iowa River near the dam.", "Iowa River", "Iowa"),
        ("Divers searched Lake Washington on Sunday.", "Lake Washington", "Washington"),
    ],
)
def test_a_feature_named_after_a_state_has_no_point(
    geoparser: Geoparser, text: str, surface: str, namesake: str
) -> None:
    m = mention(geoparser, text, surface)
    assert m.place is None, m
    assert namesake in m.reason or "not in the gazetteer" in m.reason
    assert not [x for x in geoparser.parse(text) if x.text == namesake]


def test_a_river_named_after_a_town_of_the_texts_country_is_placed_near_the_town(
    geoparser: Geoparser,
) -> None:
    text = "Crews cleared debris from the Chicago River, officials in Illinois said."
    m = mention(geoparser, text, "Chicago River")
    assert_at(m, "region", 41.85, -87.65, tolerance=0.3)
    assert m.place is not None
    assert m.place.geo_precision == 2
    assert "named after the town of Chicago" in m.reason
    town = mention(geoparser, "Crews cleared debris in Chicago, Illinois.", "Chicago")
    assert m.score < town.score  # an approximate point: less sure than the town itself


def test_a_river_named_after_a_town_abroad_has_no_point(geoparser: Geoparser) -> None:
    # Kīsh is an Iranian island town; the text's other places are American
    text = "Farmers along the Kish River in Illinois reported high water."
    m = mention(geoparser, text, "Kish River")
    assert m.place is None, m


def test_a_longer_name_after_the_feature_word_leaves_the_place() -> None:
    from dashboard.model import Mention, Place
    from dashboard.places.features import named_features

    ohio = Place("iso:US-OH", "Ohio", "admin1", 40.2, -82.7, "US", 3)
    text = "The Ohio River Museum reopened."
    m = Mention(4, 8, "Ohio", ohio, 1.0, "only candidate")
    assert named_features(text, [m]) == [m]


# ---------------------------------------------------------------- a division with a type word


def test_a_region_of_a_country_is_the_division(geoparser: Geoparser) -> None:
    text = "Ukraine launched drones at a refinery in Russia's Samara region overnight."
    m = mention(geoparser, text, "Samara region")
    assert_at(m, "admin1", 52.7, 50.6, tolerance=0.5)
    assert m.place is not None
    assert m.place.country_code == "RU"


# ---------------------------------------------------------------- words that fold from town names


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Bānk (India) and Mīlē (Ethiopia) read as the English words
        ("The Central Bank in Nairobi raised its rate.", ["Nairobi"]),
        ("Runners finished the Ten Mile race in Boise.", ["Boise"]),
    ],
)
def test_a_town_whose_accents_fold_it_into_a_word_is_the_word(
    geoparser: Geoparser, text: str, found: list[str]
) -> None:
    assert [m.text for m in geoparser.parse(text)] == found


def test_a_large_city_keeps_its_accented_name(geoparser: Geoparser) -> None:
    assert_at(
        mention(geoparser, "Students marched in Liège on Friday.", "Liège"),
        "city",
        50.63,
        5.57,
        tolerance=0.2,
    )


# ---------------------------------------------------------------- a person's name and the country


def test_what_only_a_state_owns_makes_the_name_the_country_again(geoparser: Geoparser) -> None:
    text = "Michael Jordan watched the game. On Monday Jordan's king opened parliament."
    found = [m for m in geoparser.parse(text) if m.text == "Jordan"]
    assert [m.start for m in found] == [text.index("Jordan's")]
    assert_at(found[0], "country", 31.0, 36.0, tolerance=1.0)


def test_a_persons_possessive_stays_the_person(geoparser: Geoparser) -> None:
    text = "Michael Jordan scored 40 points in Chicago. Jordan's coach praised him."
    assert [m.text for m in geoparser.parse(text)] == ["Chicago"]


# ---------------------------------------------------------------- a county and its town


@pytest.mark.parametrize(
    ("text", "surface", "kind", "lat", "lon"),
    [
        ("Henry County deputies arrested a man in Paris on Friday.", "Paris", "city", 36.3, -88.33),
        (
            "Henry County deputies arrested a man in Paris on Friday.",
            "Henry County",
            "admin2",
            36.33,
            -88.3,
        ),
        (
            "Walker County officials in Huntsville said the prison was locked down.",
            "Huntsville",
            "city",
            30.72,
            -95.55,
        ),
        (
            "Walker County officials in Huntsville said the prison was locked down.",
            "Walker County",
            "admin2",
            30.74,
            -95.57,
        ),
    ],
)
def test_a_county_and_its_town_named_together_are_the_pair_that_lies_together(
    geoparser: Geoparser, text: str, surface: str, kind: str, lat: float, lon: float
) -> None:
    m = mention(geoparser, text, surface)
    assert_at(m, kind, lat, lon, tolerance=0.3)
    assert "named together" in m.reason


@pytest.mark.parametrize(
    ("surface", "kind", "lat", "lon"),
    [("Alexandria", "city", 45.89, -95.38), ("Douglas County", "admin2", 45.93, -95.45)],
)
def test_two_counties_holding_a_town_each_the_one_with_far_bigger_towns_wins(
    geoparser: Geoparser, surface: str, kind: str, lat: float, lon: float
) -> None:
    # Douglas County, Minnesota, holds its seat Alexandria (12,000); Douglas County, South
    # Dakota, lies near a village called Alexandria (600): a tie by count, not by size
    text = "Douglas County deputies found the car north of Alexandria on Friday."
    m = mention(geoparser, text, surface)
    assert_at(m, kind, lat, lon, tolerance=0.3)
    assert "named together" in m.reason


def test_two_counties_holding_towns_of_like_size_do_not_decide(geoparser: Geoparser) -> None:
    # Clark County holds a Winchester in Kentucky (18,000) and in Nevada (28,000): no pair
    text = "Clark County deputies found the car north of Winchester on Friday."
    for surface in ("Clark County", "Winchester"):
        assert "named together" not in mention(geoparser, text, surface).reason


def test_a_listed_county_holds_its_town(geoparser: Geoparser) -> None:
    # "Hall and Forsyth counties" are Georgia's; Hall County holds the Gainesville meant,
    # not Florida's city of 145,000
    text = (
        "Deputies in Hall and Forsyth counties searched for the driver, who was later "
        "found in Gainesville."
    )
    m = mention(geoparser, text, "Gainesville")
    assert_at(m, "city", 34.3, -83.82, tolerance=0.3)
    assert "named together" in m.reason


def test_a_listed_county_leaves_a_city_it_does_not_hold(geoparser: Geoparser) -> None:
    text = (
        "Deputies in Hall and Forsyth counties searched for the driver, who was later "
        "found in Atlanta."
    )
    assert_at(mention(geoparser, text, "Atlanta"), "city", 33.75, -84.39, tolerance=0.3)


def test_a_county_the_text_places_in_its_state_stays_there(geoparser: Geoparser) -> None:
    # Wood County, Wisconsin, holds a Greenwood; "W. Va." says which Wood County is meant
    text = "Deputies from Wood County, W. Va., arrested a Greenwood, W. Va., man on Monday."
    m = mention(geoparser, text, "Wood County")
    assert_at(m, "admin2", 39.22, -81.5, tolerance=0.3)
    assert "pattern" in m.reason
    greenwood = mention(geoparser, text, "Greenwood")
    assert greenwood.place is not None
    assert greenwood.place.admin1 != "US-WI"  # not pulled into the other Wood County


def test_a_county_placed_in_its_state_still_pulls_its_town(geoparser: Geoparser) -> None:
    text = "Deputies from Henry County, Tenn., said the Paris man was held."
    assert_at(mention(geoparser, text, "Henry County"), "admin2", 36.3, -88.33, tolerance=0.3)
    assert_at(mention(geoparser, text, "Paris"), "city", 36.3, -88.33, tolerance=0.3)


def test_a_town_with_one_candidate_keeps_it_beside_a_county(geoparser: Geoparser) -> None:
    # McLean County, Illinois, holds a village called Atlanta; the city is Georgia's
    text = "McLean County farmers flew to Atlanta for the trade fair."
    assert_at(mention(geoparser, text, "Atlanta"), "city", 33.75, -84.39, tolerance=0.3)


# ---------------------------------------------------------------- a foreign division, a home town


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon", "country"),
    [
        # Saïda is also an Algerian province; Delta a Nigerian state
        ("Protesters marched in Saida and Beirut.", "Saida", 33.56, 35.37, "LB"),
        ("Commuters from Delta crowded Vancouver's bridges.", "Delta", 49.09, -123.05, "CA"),
    ],
)
def test_a_division_of_a_country_the_text_never_names_yields_to_a_home_town(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float, country: str
) -> None:
    m = mention(geoparser, text, surface)
    assert_at(m, "city", lat, lon, tolerance=0.2)
    assert m.place is not None
    assert m.place.country_code == country


def test_a_division_alone_in_its_text_stays_the_division(geoparser: Geoparser) -> None:
    m = mention(geoparser, "Hanover beat its rival on Friday.", "Hanover")
    assert m.place is not None
    assert m.place.kind == "admin1"  # nothing says which country: the kind's prior stands


def test_island_is_the_word_not_iceland(geoparser: Geoparser) -> None:
    # countryinfo spells Iceland "Island"; New Zealand's islands are rows of regions.csv
    assert [m.text for m in geoparser.parse("Island residents voted on Monday.")] == []
    text = "Storms hit the North Island of New Zealand."
    assert_at(mention(geoparser, text, "North Island"), "region", -38.5, 175.8, tolerance=0.5)


# ---------------------------------------------------------------- a county's bare name


def test_a_countys_bare_name_is_the_county_the_text_names(geoparser: Geoparser) -> None:
    text = "Walton County deputies said Walton schools would close."
    county = mention(geoparser, text, "Walton County")
    bare = mention(geoparser, text, "Walton")  # else Model Town, Pakistan, once called Walton
    assert bare.place == county.place
    assert bare.place is not None
    assert bare.place.kind == "admin2"


def test_a_county_seat_of_the_same_name_stays_the_town(geoparser: Geoparser) -> None:
    text = "Dallas County officials met in Dallas."
    assert_at(mention(geoparser, text, "Dallas"), "city", 32.78, -96.81, tolerance=0.2)


def test_a_county_with_one_namesake_holds_the_towns_named_with_it(geoparser: Geoparser) -> None:
    # Licking County is Ohio's alone; its village of Hanover, not Jamaica's parish
    text = "Licking County deputies patrolled Hanover on Friday."
    assert_at(mention(geoparser, text, "Hanover"), "city", 40.08, -82.26, tolerance=0.2)


def test_a_small_towns_one_candidate_yields_to_the_town_in_the_named_county(
    geoparser: Geoparser,
) -> None:
    # Woodbury, Minnesota (60,000) was the one candidate; Cannon County holds Tennessee's
    text = "Cannon County deputies arrested a man in Woodbury."
    assert_at(mention(geoparser, text, "Woodbury"), "city", 35.83, -86.07, tolerance=0.2)


# ---------------------------------------------------------------- the text's home state


def test_a_town_chosen_by_population_moves_into_the_texts_home_state(
    geoparser: Geoparser,
) -> None:
    # Glastonbury and Wethersfield are Connecticut's alone; so is this Litchfield
    text = "Officials from Glastonbury, Wethersfield and Litchfield met on Monday."
    m = mention(geoparser, text, "Litchfield")
    assert_at(m, "city", 41.75, -73.19, tolerance=0.2)
    assert "home state US-CT" in m.reason


def test_a_large_city_stays_outside_the_home_state(geoparser: Geoparser) -> None:
    text = "Officials from Glastonbury and Wethersfield met in Washington on Monday."
    assert_at(mention(geoparser, text, "Washington"), "city", 38.9, -77.04, tolerance=0.2)


# ---------------------------------------------------------------- "A, B and C counties"


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon", "state"),
    [
        (
            "Flooding closed roads in Becker, Clay, Douglas and Wilkin counties on Monday.",
            "Douglas",
            45.94,
            -95.51,
            "US-MN",
        ),
        (
            "Flooding closed roads in Becker, Clay, Douglas and Wilkin counties on Monday.",
            "Wilkin",
            46.28,
            -96.44,
            "US-MN",
        ),
        (
            "Volunteers from Camden and Charlton counties in Georgia and Nassau and Baker "
            "counties in Florida helped.",
            "Camden",
            30.87,
            -81.62,
            "US-GA",
        ),
        (
            "Volunteers from Camden and Charlton counties in Georgia and Nassau and Baker "
            "counties in Florida helped.",
            "Nassau",
            30.62,
            -81.59,
            "US-FL",
        ),
        ("Small Hitchcock and Hayes counties lost people.", "Hitchcock", 40.2, -101.07, "US-NE"),
        ("Schools in Orleans and Jefferson parishes reopened.", "Jefferson", 29.73, -90.1, "US-LA"),
        # a state's name among the items is a county's name too
        (
            "Roads in Cass, Otoe and Washington counties flooded.",
            "Washington",
            41.45,
            -96.19,
            "US-NE",
        ),
    ],
)
def test_names_listed_before_counties_are_counties_of_one_state(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float, state: str
) -> None:
    m = mention(geoparser, text, surface)
    assert_at(m, "admin2", lat, lon, tolerance=0.3)
    assert m.place is not None
    assert m.place.admin1 == state
    assert "a list of" in m.reason


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Douglas and Lancaster were hit by storms.", "Lancaster", "city"),  # no type word
        ("Officials from three counties met in Lancaster and York.", "Lancaster", "city"),
        # states before "counties" say whose counties: Texas is not Oklahoma's Texas County
        ("Officials in Texas and Oklahoma counties reported cases.", "Texas", "admin1"),
    ],
)
def test_names_without_a_plural_type_word_after_them_stay_towns(
    geoparser: Geoparser, text: str, surface: str, kind: str
) -> None:
    m = mention(geoparser, text, surface)
    assert m.place is not None
    assert m.place.kind == kind


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("roads in Becker, Clay and Wilkin counties", ["Becker", "Clay", "Wilkin"]),
        ("in Otter Tail, St. Johns, or Wilkin counties", ["Otter Tail", "St. Johns", "Wilkin"]),
        ("Officials from two counties", []),
        ("Douglas County and three other counties", []),  # "other" ends the list
    ],
)
def test_a_list_is_read_backwards_from_the_plural_word(text: str, items: list[str]) -> None:
    found = _list_before(text, text.rindex(" counties"))
    assert [name for name, _, _ in found if len(found) >= 2] == items


# ---------------------------------------------------------------- ships and companies


@pytest.mark.parametrize(
    ("text", "surface", "kind", "lat", "lon"),
    [
        # near misses of the ship and company rules: a metropolis names its own market, and
        # a town named as a place stays one
        ("Shares in London fell sharply on Monday.", "London", "city", 51.5, -0.13),
        ("Exports from Toyota rose in March.", "Toyota", "city", 35.08, 137.16),
        ("A ship carrying grain left Odesa on Monday.", "Odesa", "city", 46.48, 30.73),
    ],
)
def test_a_place_beside_market_or_ship_words_stays_a_place(
    geoparser: Geoparser, text: str, surface: str, kind: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), kind, lat, lon, tolerance=0.3)


# ---------------------------------------------------------------- one town written two ways


def test_a_names_own_namesake_is_no_neighbour(geoparser: Geoparser) -> None:
    # "Dublin City" is placed at Ireland's Dublin; it must not back Ireland's county of
    # Dublin for the bare "Dublin" as a neighbour 9 km away
    text = (
        "Dublin City Council members met on Monday. Officials in Phoenix said the Dublin "
        "manager would visit."
    )
    m = mention(geoparser, text, "Dublin")
    assert m.place is not None, m
    assert m.place.kind == "city", m
    assert "nearest namesake to Dublin" not in m.reason


def test_x_city_beside_the_bare_x_is_that_town(geoparser: Geoparser) -> None:
    # "Akron City" is an alternate name of Ohio's Akron only
    text = (
        "Akron, Colorado, ranchers met on Monday. Kansas City buyers and Akron City "
        "officials agreed."
    )
    m = mention(geoparser, text, "Akron City")
    assert_at(m, "city", 40.16, -103.21, tolerance=0.3)
    assert "without 'City'" in m.reason
    # a city whose own name ends in "City" keeps it
    assert_at(mention(geoparser, text, "Kansas City"), "city", 39.1, -94.58, tolerance=0.3)


def test_a_small_town_owning_its_name_beats_another_towns_old_name_nearby(
    geoparser: Geoparser,
) -> None:
    # "Breslau" is Wroclaw's old name and the own name of a small Ontario town beside Kitchener
    m = mention(geoparser, "Farmers from Breslau and Kitchener met on Monday.", "Breslau")
    assert_at(m, "city", 43.47, -80.42, tolerance=0.2)
    assert "nearest namesake to Kitchener" in m.reason


def test_an_old_name_with_nothing_nearby_keeps_its_town(geoparser: Geoparser) -> None:
    m = mention(geoparser, "Historians wrote of Breslau before the war.", "Breslau")
    assert_at(m, "city", 51.1, 17.03, tolerance=0.2)
    assert "alternate name" in m.reason


# ---------------------------------------------------------------- "the X": a sea, not a town


def test_the_before_a_towns_name_that_a_sea_shares_names_the_sea(geoparser: Geoparser) -> None:
    # Virginia has a village called Atlantic; "the Atlantic" is the ocean
    text = "Storms churned over the Atlantic this week, officials in Virginia said."
    m = mention(geoparser, text, "Atlantic")
    assert_at(m, "sea", 0.0, -25.0, tolerance=1.0)
    assert "not the town" in m.reason


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Atlantic, Iowa, said the birds flew south.",
        "Officials in Atlantic said the birds flew south, wardens in Iowa said.",
    ],
)
def test_the_towns_name_without_the_stays_the_town(geoparser: Geoparser, text: str) -> None:
    assert_at(mention(geoparser, text, "Atlantic"), "city", 41.4, -95.01, tolerance=0.3)
