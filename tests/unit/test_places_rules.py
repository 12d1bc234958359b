"""Resolution and coverage rules of the geoparser (issue 13), each on sentences written for
it, with the expected place, kind and approximate coordinates."""

from __future__ import annotations

import pytest

from dashboard.model import Mention
from dashboard.places.geoparser import Geoparser


def mention(gp: Geoparser, text: str, surface: str) -> Mention:
    found = [m for m in gp.parse(text) if m.text == surface]
    assert found, f"{surface!r} not found in {[m.text for m in gp.parse(text)]}"
    return found[0]


def assert_at(m: Mention, kind: str, lat: float, lon: float, tolerance: float = 1.0) -> None:
    assert m.place is not None, m
    assert m.place.kind == kind, (m.place, m.reason)
    assert m.place.lat is not None
    assert m.place.lon is not None
    assert abs(m.place.lat - lat) <= tolerance, (m.place, m.reason)
    assert abs(m.place.lon - lon) <= tolerance, (m.place, m.reason)


# ---------------------------------------------------------------- point conventions


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Deputies in Laurel County searched the woods.", "Laurel County", 37.1, -84.1),
        ("Voters in Santa Clara County approved the levy.", "Santa Clara County", 37.3, -121.9),
    ],
)
def test_a_us_county_resolves_to_its_point(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    m = mention(geoparser, text, surface)
    assert_at(m, "admin2", lat, lon, tolerance=0.7)
    assert m.place is not None
    assert m.place.country_code == "US"


def test_a_county_in_a_named_state_beats_its_namesakes(geoparser: Geoparser) -> None:
    text = "Flooding closed roads in Madison County, Alabama officials said."
    assert_at(mention(geoparser, text, "Madison County"), "admin2", 34.8, -86.6, tolerance=0.7)


# ---------------------------------------------------------------- the right namesake


def test_an_ambiguous_town_goes_to_the_namesake_beside_the_others(geoparser: Geoparser) -> None:
    # neither name is unique, but only Alabama has both within a few dozen kilometres
    m = mention(geoparser, "Storms hit Decatur and Huntsville.", "Decatur")
    assert_at(m, "city", 34.6, -87.0, tolerance=0.5)
    assert "nearest namesake to Huntsville" in m.reason


def test_a_small_town_beside_a_named_place_is_found(geoparser: Geoparser) -> None:
    # Corbin (under the minor-town cut-off) is 20 km from Laurel County's point
    m = mention(geoparser, "Deputies from Laurel County drove to Corbin.", "Corbin")
    assert_at(m, "city", 36.95, -84.1, tolerance=0.3)


# ---------------------------------------------------------------- demonyms, by choice


def test_demonym_mentions_cover_plurals_and_curated_adjectives(geoparser: Geoparser) -> None:
    gp = Geoparser(geoparser.gaz, demonyms=True)
    text = "Palestinians and Israelis marched; Saudi officials watched."
    found = [(m.text, m.place.country_code if m.place else None, m.demonym) for m in gp.parse(text)]
    assert found == [("Palestinians", "PS", True), ("Israelis", "IL", True), ("Saudi", "SA", True)]
    assert geoparser.parse(text) == []  # without the option they stay context


# ---------------------------------------------------------------- particles and short forms


@pytest.mark.parametrize(
    ("text", "surface", "kind", "lat", "lon"),
    [
        ("Cocoa prices rose in Côte d'Ivoire this week.", "Côte d'Ivoire", "country", 7.5, -5.5),
        ("Cocoa prices rose in Cote d’Ivoire this week.", "Cote d’Ivoire", "country", 7.5, -5.5),
        ("Rescuers dug through rubble in L'Aquila.", "L'Aquila", "city", 42.35, 13.4),
        ("Rescuers dug through rubble in L’Aquila.", "L’Aquila", "city", 42.35, 13.4),
        ("Cranes stood idle at the port of Hodeidah.", "Hodeidah", "city", 14.8, 42.95),
        ("Shelling was reported near Qamishli overnight.", "Qamishli", "city", 37.05, 41.23),
        ("Tribal leaders in Anbar met the governor.", "Anbar", "admin1", 32.8, 41.6),
        ("The EU imposed new tariffs.", "EU", "region", 50.8, 4.4),
        ("The UAE reopened its embassy.", "UAE", "country", 24.0, 54.0),
        ("Wildfires spread near Kelowna, B.C., on Sunday.", "B.C.", "admin1", 55.0, -125.0),
        ("The rink in Red Deer, Alta., closed.", "Alta", "admin1", 55.0, -115.0),
        ("Snow fell on Sudbury, Ont., overnight.", "Ont", "admin1", 50.0, -86.0),
        ("Voters in Fresno, Calif., lined up early.", "Calif", "admin1", 36.7, -118.8),
        ("Miners in Logan, W. Va., returned to work.", "W. Va", "admin1", 38.5, -80.8),
    ],
)
def test_particles_abbreviations_and_short_forms(
    geoparser: Geoparser, text: str, surface: str, kind: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), kind, lat, lon, tolerance=1.5)


def test_a_town_named_like_an_abbreviation_keeps_its_name_without_the_dot(
    geoparser: Geoparser,
) -> None:
    # "Alta" without a dot is the Norwegian town, not Alberta
    m = mention(geoparser, "The northern lights drew visitors to Alta in Norway.", "Alta")
    assert_at(m, "city", 69.97, 23.27, tolerance=0.5)


# ---------------------------------------------------------------- divisions and the document's country


def test_a_division_beats_a_city_that_lists_its_name_as_an_alternate(geoparser: Geoparser) -> None:
    assert_at(
        mention(geoparser, "Oklahoma lawmakers say the budget is short.", "Oklahoma"),
        "admin1",
        35.0,
        -97.3,
    )


def test_new_york_is_the_state_alone_and_the_city_beside_its_boroughs(
    geoparser: Geoparser,
) -> None:
    alone = mention(geoparser, "New York lawmakers passed the budget.", "New York")
    assert_at(alone, "admin1", 43.0, -75.5)
    beside = mention(geoparser, "New York police held a man from Brooklyn.", "New York")
    assert_at(beside, "city", 40.7, -74.0, tolerance=0.2)
    assert "Brooklyn" in beside.reason


def test_a_country_named_like_a_home_state_is_the_state(geoparser: Geoparser) -> None:
    m = mention(geoparser, "Georgia officials met in Athens and Madison.", "Georgia")
    assert_at(m, "admin1", 32.3, -83.1)
    assert "document's country US" in m.reason


def test_the_country_stays_when_the_text_names_places_in_it(geoparser: Geoparser) -> None:
    m = mention(geoparser, "Russian troops entered Georgia near Gori.", "Georgia")
    assert_at(m, "country", 42.0, 43.5, tolerance=1.5)


# ---------------------------------------------------------------- places inside names


def test_a_place_opening_an_institution_name_is_still_the_place(geoparser: Geoparser) -> None:
    text = "She studied at Texas Southern University before moving on."
    assert_at(mention(geoparser, text, "Texas"), "admin1", 31.3, -98.6, tolerance=1.5)


def test_a_village_name_before_a_school_is_a_person(geoparser: Geoparser) -> None:
    text = "Pupils at Harding Elementary School went home early."
    assert [m.text for m in geoparser.parse(text)] == []


# ---------------------------------------------------------------- division type words


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Shelling hit villages across Kharkiv Oblast overnight.", "Kharkiv Oblast", 49.8, 36.4),
        ("Factories in Aichi Prefecture halted output.", "Aichi Prefecture", 35.0, 137.3),
        ("Factories in Aichi-ken halted output.", "Aichi-ken", 35.0, 137.3),
        ("Washington State troopers closed the pass.", "Washington State", 47.3, -120.2),
        ("The Province of Ontario announced funding.", "Province of Ontario", 50.0, -86.0),
    ],
)
def test_a_type_word_makes_the_name_a_division(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    m = mention(geoparser, text, surface)
    assert_at(m, "admin1", lat, lon, tolerance=1.0)
    assert "division" in m.reason


def test_a_university_named_state_is_not_a_division_of_its_town(geoparser: Geoparser) -> None:
    found = [m for m in geoparser.parse("Fans of San Diego State cheered.") if m.place]
    assert all(m.place is not None and m.place.kind != "admin1" for m in found)


def test_a_town_outside_the_us_is_in_the_province_the_text_names(geoparser: Geoparser) -> None:
    # Nelson, British Columbia (10,000 people) over Nelson, New Zealand: the ISO code of a
    # town's division is voted from GeoNames' own codes, so "British Columbia" backs it
    text = "Nelson council met; British Columbia officials from Castlegar attended."
    m = mention(geoparser, text, "Nelson")
    assert_at(m, "city", 49.5, -117.3, tolerance=0.3)
    assert m.place is not None
    assert m.place.admin1 == "CA-BC"


# ---------------------------------------------------------------- what Review needs


def test_candidates_tell_two_augustas_apart(geoparser: Geoparser) -> None:
    from dashboard.places.candidates import describe

    m = geoparser.parse("Storm damage closed roads around Augusta this week.")[0]
    found = describe(geoparser.gaz, m.candidates)
    assert len(found) >= 2
    states = {c.admin1_name for c in found if c.country_code == "US"}
    assert {"Georgia", "Maine"} <= states
    assert all(c.feature_code == "PPL" for c in found if c.kind == "city")
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)
    assert found[0].place_id == m.place.id if m.place else False


def test_stored_candidates_stay_plain_pairs(geoparser: Geoparser) -> None:
    import json

    m = geoparser.parse("Storm damage closed roads around Augusta this week.")[0]
    assert json.loads(json.dumps(list(m.candidates)))[0][0] == m.candidates[0][0]


# ---------------------------------------------------------------- not places


@pytest.mark.parametrize(
    "text",
    [
        "Time magazine said salt was back in fashion.",
        "Salt prices rose again this winter.",
        "Can officials act before the deadline?",
        "Google said the outage was over.",
        "Barry scored twice in the second half.",
        "Levi said nothing about the transfer.",
        "South Central Ambulance Service crews attended.",
        "Engineers examined the Hwasong-18 engine.",
        "Matthew D. Flores was shot. Flores, 26, had just left the Army.",
        "The Obama administration said little.",
        "A letter from Mrs. Lincoln was read aloud.",
        "Drivers were stuck between North and Strickland avenues.",
    ],
)
def test_words_and_people_that_are_also_towns_are_not_places(
    geoparser: Geoparser, text: str
) -> None:
    assert [m.text for m in geoparser.parse(text)] == []


def test_a_big_city_that_said_something_is_still_the_city(geoparser: Geoparser) -> None:
    assert_at(mention(geoparser, "Moscow said nothing.", "Moscow"), "city", 55.75, 37.6, 0.3)


def test_the_compass_region_standing_alone_is_kept(geoparser: Geoparser) -> None:
    found = [m.text for m in geoparser.parse("Storms battered the North West overnight.")]
    assert found == ["North West"]


# ---------------------------------------------------------------- landmarks


def test_a_street_in_a_town_is_a_landmark_at_the_town(geoparser: Geoparser) -> None:
    m = mention(geoparser, "Shops on Baker Street in Leeds closed early.", "Baker Street")
    assert_at(m, "landmark", 53.8, -1.55, tolerance=0.2)
    assert m.place is not None
    assert m.place.geo_precision == 1
    assert "placed at Leeds" in m.reason


def test_a_hospital_named_after_its_town_replaces_the_town_mention(geoparser: Geoparser) -> None:
    text = "She was taken to Frederick Memorial Hospital in Frederick, Maryland."
    found = geoparser.parse(text)
    first = found[0]
    assert first.text == "Frederick Memorial Hospital"
    assert_at(first, "landmark", 39.41, -77.41, tolerance=0.2)
    assert [m.text for m in found[1:]] == ["Frederick", "Maryland"]


def test_an_equal_score_goes_to_the_division_of_the_bigger_country(geoparser: Geoparser) -> None:
    m = mention(geoparser, "Maryland officials met on Monday.", "Maryland")
    assert_at(m, "admin1", 39.0, -76.8)


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Crowds gathered downtown in St. Louis on Friday.", "St. Louis", 38.6, -90.2),
        ("Officials from St. Paul, Minn., came.", "St. Paul", 44.9, -93.1),
        ("The rodeo in Ft. Worth drew a crowd.", "Ft. Worth", 32.7, -97.3),
    ],
)
def test_abbreviated_saint_mount_and_fort(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), "city", lat, lon, tolerance=0.3)


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("ST. LOUIS -- The council met on Friday to discuss the budget.", "ST. LOUIS", 38.6, -90.2),
        ("ST. PAUL -- A man accused of threats was charged.", "ST. PAUL", 44.9, -93.1),
        ("FT. WORTH -- The rodeo drew a record crowd.", "FT. WORTH", 32.7, -97.3),
    ],
)
def test_abbreviated_prefix_in_a_capitals_dateline(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), "city", lat, lon, tolerance=0.3)


def test_a_capitals_abbreviation_before_a_mixed_case_word_stays_apart(
    geoparser: Geoparser,
) -> None:
    # "ST." for Street before a name in mixed case is no saint's prefix: Paris is the city
    found = [m.text for m in geoparser.parse("They met at 40 MAIN ST. Paris officials came too.")]
    assert "ST. Paris" not in found
    assert_at(
        mention(geoparser, "They met at 40 MAIN ST. Paris officials came too.", "Paris"),
        "city",
        48.9,
        2.35,
        tolerance=0.3,
    )


# ---------------------------------------------------------------- natural features


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Two climbers died on Everest this week.", "Everest", 28.0, 86.9),
        ("Ash from Mount Etna closed the airport.", "Mount Etna", 37.75, 15.0),
        ("Bison roamed Yellowstone National Park.", "Yellowstone National Park", 44.6, -110.5),
        ("Boats landed on Lesbos at dawn.", "Lesbos", 39.2, 26.3),
        ("Floods hit the Rift Valley again.", "Rift Valley", 0.5, 36.1),
    ],
)
def test_natural_features_news_names(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), "region", lat, lon, tolerance=0.5)


def test_a_country_before_a_comma_starts_a_list_not_a_container(geoparser: Geoparser) -> None:
    m = mention(geoparser, "Cases rose in China, Japan and Korea.", "China")
    assert_at(m, "country", 35.0, 105.0, tolerance=2.0)


def test_a_country_outweighs_a_metropolis_named_after_it(geoparser: Geoparser) -> None:
    m = mention(geoparser, "Mexico reported new cases near Acapulco.", "Mexico")
    assert_at(m, "country", 23.0, -102.0, tolerance=2.0)


def test_a_former_kenyan_province(geoparser: Geoparser) -> None:
    m = mention(geoparser, "Nyanza Province reported new cases.", "Nyanza Province")
    assert_at(m, "region", -0.5, 34.6, tolerance=0.5)


# ---------------------------------------------------------------- a country named by its adjective


def test_a_country_whose_name_is_its_adjective_is_a_place(geoparser: Geoparser) -> None:
    # "Myanmar" is also the adjective news uses; as a name in a list it is the country
    text = "Monsoon floods reached Laos, Myanmar and Cambodia this week."
    m = mention(geoparser, text, "Myanmar")
    assert_at(m, "country", 21.0, 96.0, tolerance=3.0)
    assert m.place is not None
    assert m.place.country_code == "MM"


def test_an_adjective_that_is_only_another_spelling_stays_a_demonym(geoparser: Geoparser) -> None:
    text = "Thai officials met farmers on Monday."
    assert [m.text for m in geoparser.parse(text)] == []
    assert [code for *_, code in geoparser.demonyms(text)] == ["TH"]


# ---------------------------------------------------------------- newspapers named after a place


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Denver Post reported that the clinic in Tulsa closed.", ["Tulsa"]),
        ("According to China Daily, the farm near Hefei was shut.", ["Hefei"]),
        ("An editor at the Seattle Times said Boise was next.", ["Boise"]),
    ],
)
def test_a_newspaper_named_after_a_place_is_not_the_place(
    geoparser: Geoparser, text: str, found: list[str]
) -> None:
    assert [m.text for m in geoparser.parse(text)] == found


def test_a_place_before_a_lowercase_times_word_stays(geoparser: Geoparser) -> None:
    # only the capitalised title word makes a newspaper
    assert [m.text for m in geoparser.parse("Denver posted record heat three times.")] == ["Denver"]


# ---------------------------------------------------------------- divisions by their English names


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Hail flattened barley across Bavaria on Tuesday.", "Bavaria", 48.9, 11.4),
        ("Voters in Saxony-Anhalt went to the polls.", "Saxony-Anhalt", 51.9, 11.7),
        ("Gunmen were reported in Chechnya overnight.", "Chechnya", 43.4, 45.7),
    ],
)
def test_a_division_is_found_by_its_english_name(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), "admin1", lat, lon, tolerance=1.0)


def test_a_compass_word_before_an_english_name_keeps_it(geoparser: Geoparser) -> None:
    # "Java" alone is an ordinary word too; "West Java" is the province (Jawa Barat)
    m = mention(geoparser, "Landslides buried homes in West Java.", "West Java")
    assert_at(m, "admin1", -6.9, 107.6, tolerance=1.0)  # a province: first-level (geo15)


def test_a_nickname_made_of_ordinary_words_is_no_division(geoparser: Geoparser) -> None:
    # iso3166-2 lists "The City" as an English name of the City of London
    assert [m.text for m in geoparser.parse("The City Council met in Duluth.")] == ["Duluth"]


# ---------------------------------------------------------------- lists of states


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        (
            "Inspectors sampled orchards in Washington, Oregon and Idaho.",
            "Washington",
            47.4,
            -120.5,
        ),
        ("Storms moved across Georgia, Alabama and Florida overnight.", "Georgia", 32.7, -83.4),
        ("Recalls reached Manitoba, Ontario and Quebec.", "Ontario", 50.0, -86.0),
    ],
)
def test_a_state_in_a_list_of_states_is_the_state(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    m = mention(geoparser, text, surface)
    assert_at(m, "admin1", lat, lon, tolerance=2.5)
    assert m.reason == "a state in a list of states"


def test_a_capital_written_with_its_district_is_no_list(geoparser: Geoparser) -> None:
    m = mention(
        geoparser, "Visitors came from Texas and Washington, D.C. to the fair.", "Washington"
    )
    assert_at(m, "city", 38.9, -77.0, tolerance=0.5)


# ---------------------------------------------------------------- "X, Y": Y is what contains X


@pytest.mark.parametrize(
    ("text", "kind", "code", "lat", "lon"),
    [
        (
            "Samples went to a laboratory in Atlanta, Georgia for tests.",
            "admin1",
            "US",
            32.7,
            -83.4,
        ),
        ("Talks in Tbilisi, Georgia ended without a deal.", "country", "GE", 42.0, 43.5),
    ],
)
def test_the_place_after_the_comma_is_the_one_containing_the_first(
    geoparser: Geoparser, text: str, kind: str, code: str, lat: float, lon: float
) -> None:
    m = mention(geoparser, text, "Georgia")
    assert_at(m, kind, lat, lon, tolerance=2.0)
    assert m.place is not None
    assert m.place.country_code == code


def test_the_state_of_x_in_lowercase_names_the_division(geoparser: Geoparser) -> None:
    text = "Most of the cases were in the state of Victoria, officials in Canberra and Ottawa said."
    m = mention(geoparser, text, "Victoria")  # the span is the name alone
    assert_at(m, "admin1", -36.6, 144.7, tolerance=1.5)
    assert "'state' with the name" in m.reason


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Three children fell ill in Dogubayazit last week.", "Dogubayazit", 39.5, 44.1),
        ("A factory near Lodz closed on Friday.", "Lodz", 51.8, 19.5),
    ],
)
def test_letters_without_an_accent_fold_as_english_writes_them(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    # GeoNames writes Doğubayazıt and Łódź: no Unicode decomposition turns ı into i or ł into l
    assert_at(mention(geoparser, text, surface), "city", lat, lon, tolerance=0.5)


def test_the_capital_of_x_keeps_x_a_place_beside_a_name_like_use(geoparser: Geoparser) -> None:
    # "Radio Kigali" alone would make Kigali part of a name for the whole text
    text = "Radio Kigali reported that the capital of Kigali was calm."
    found = [m for m in geoparser.parse(text) if m.text == "Kigali"]
    assert [m.start for m in found] == [text.rindex("Kigali")]
    assert_at(found[0], "city", -1.95, 30.06, tolerance=0.3)


def test_an_abbreviation_is_never_taken_for_a_persons_name(geoparser: Geoparser) -> None:
    # "Total U.S." opening a sentence reads like a name part, yet it must not make "U.S."
    # a person's name for the whole text; nor is it one there (an abbreviation is no surname)
    text = "Total U.S. exports rose in May. The U.S. economy grew."
    assert [m.start for m in geoparser.parse(text)] == [text.index("U.S."), text.rindex("U.S.")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Officials flew to Nairobi Sunday to meet donors.", ["Nairobi"]),
        ("She moved to Lisbon March 3, 2009, friends said.", ["Lisbon"]),
        ("On Monday the council met in Reno.", ["Reno"]),
    ],
)
def test_a_date_after_a_place_is_no_surname(
    geoparser: Geoparser, text: str, found: list[str]
) -> None:
    assert [m.text for m in geoparser.parse(text)] == found


def test_a_division_is_found_without_isos_parenthesised_note(geoparser: Geoparser) -> None:
    # ISO 3166-2 names the region "Central Luzon (Region III)"
    m = mention(geoparser, "Hog farms in Central Luzon were quarantined.", "Central Luzon")
    assert_at(m, "admin1", 15.4, 120.7, tolerance=1.0)


def test_a_landmarks_name_opens_after_a_sentence_end_and_any_article(geoparser: Geoparser) -> None:
    text = "The nurse worked at the Royal Victoria Hospital in Belfast. Said Ms. Preston. Elm Grove Hospital in Wheeling was closed."
    names = [
        m.text for m in geoparser.parse(text) if m.place is not None and m.place.kind == "landmark"
    ]
    assert names == ["Royal Victoria Hospital", "Elm Grove Hospital"]


def test_an_english_name_never_takes_another_divisions_own_name(geoparser: Geoparser) -> None:
    # iso3166-2 lists "Washington" among the District of Columbia's English names
    divisions = [p.id for p in geoparser.gaz.lookup("Washington") if p.kind == "admin1"]
    assert divisions == ["a1:US-WA"]


# ---------------------------------------------------------------- "X, Y" with no X in Y


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A driver was pulled over on a highway in Stroud, Ontario, Canada, on Friday.", "Stroud"),
        ("He is due in a Bradford, Ontario court on May 12.", "Bradford"),
    ],
)
def test_a_town_put_in_a_foreign_division_is_placed_there_not_at_a_namesake(
    geoparser: Geoparser, text: str, surface: str
) -> None:
    # the gazetteer's Stroud and Bradford are English; the text puts them in Ontario
    m = mention(geoparser, text, surface)
    assert_at(m, "region", 50.0, -86.0, tolerance=1.0)  # Ontario's point
    assert m.place is not None
    assert m.place.country_code == "CA"
    assert m.place.geo_precision == 3
    assert "Ontario" in m.reason


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Cases were reported in Lyon, Bavaria and Lombardy.", "Lyon", 45.75, 4.85),  # a list
        ("Officials in Paris, Texas, said the storm passed.", "Paris", 33.66, -95.56),
        ("The outbreak spread from Stroud to Gloucester.", "Stroud", 51.75, -2.2),
    ],
)
def test_near_misses_of_a_town_in_a_foreign_division(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), "city", lat, lon, tolerance=0.3)


# ---------------------------------------------------------------- how near a neighbour is


def test_a_namesake_beside_the_texts_town_beats_a_bigger_one_300_km_off(
    geoparser: Geoparser,
) -> None:
    # Mansfield, Texas (64,000) lies 318 km from Shreveport; Louisiana's village 54 km
    text = "A fire destroyed a barn in Mansfield, and crews from Shreveport helped."
    assert_at(mention(geoparser, text, "Mansfield"), "city", 32.04, -93.70, tolerance=0.2)


def test_a_namesake_within_161_km_still_takes_the_full_bonus(geoparser: Geoparser) -> None:
    text = "Police in Decatur and Huntsville searched for the car."
    assert_at(mention(geoparser, text, "Decatur"), "city", 34.61, -86.98, tolerance=0.2)


def test_x_located_in_y_reads_as_x_comma_y(geoparser: Geoparser) -> None:
    # eleven states have a Crawford County; Arkansas's wins by the kind's prior alone
    text = "Ducks in Crawford County located in Pennsylvania tested positive."
    m = mention(geoparser, text, "Crawford County")
    assert_at(m, "admin2", 41.66, -80.15, tolerance=0.3)
    assert m.place is not None
    assert m.place.admin1 == "US-PA"


def test_a_bare_in_between_two_places_is_no_container(geoparser: Geoparser) -> None:
    # the officials came from the capital: not Washington, Georgia
    text = "Officials from Washington in Georgia said the money would come."
    assert_at(mention(geoparser, text, "Washington"), "city", 38.9, -77.04, tolerance=0.3)


# ---------------------------------------------------------------- a division holding a named place


def test_a_town_abroad_yields_to_the_division_holding_a_named_place(
    geoparser: Geoparser,
) -> None:
    # Canada named elsewhere had made Victoria the British Columbia city
    text = "Travellers were told to avoid Melbourne and Victoria; Canada issued a warning."
    m = mention(geoparser, text, "Victoria")
    assert_at(m, "admin1", -36.6, 144.7, tolerance=1.0)
    assert "Melbourne" in m.reason


def test_a_town_the_text_places_itself_does_not_yield(geoparser: Geoparser) -> None:
    text = "Tourists from Victoria, British Columbia, met friends in Melbourne."
    assert_at(mention(geoparser, text, "Victoria"), "city", 48.43, -123.35, tolerance=0.3)


# ---------------------------------------------------------------- regions news names


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Cases were found on Long Island, New York.", "Long Island", 40.8, -73.2),
        ("A farm in the Fraser Valley was quarantined.", "Fraser Valley", 49.1, -122.1),
        ("Hospitals in the West Midlands were full.", "West Midlands", 52.48, -1.9),
        ("Police in the East Midlands arrested two men.", "East Midlands", 52.95, -1.0),
    ],
)
def test_regions_news_names_are_rows_of_the_curated_file(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), "region", lat, lon, tolerance=0.3)


def test_the_bahamas_long_island_stays_when_the_text_says_so(geoparser: Geoparser) -> None:
    m = mention(geoparser, "Boats anchored off Long Island, Bahamas.", "Long Island")
    assert_at(m, "admin1", 23.3, -75.1, tolerance=0.5)
