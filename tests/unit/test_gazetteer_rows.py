"""Rows of the curated gazetteer files (issue 13, data): each kind of row on sentences written
for it, with the expected place, kind and approximate coordinates, and the rows' own form."""

from __future__ import annotations

import csv

import pytest

from dashboard.paths import data_dir
from dashboard.places.geoparser import Geoparser
from tests.unit.test_places_rules import assert_at, mention

GAZ = data_dir() / "gazetteer"


def _rows(name: str) -> list[dict[str, str]]:
    with (GAZ / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# ---------------------------------------------------------------- Ukrainian romanisations


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Artillery pounded Izium, in the Kharkiv Oblast, overnight.", "Izium", 49.21, 37.28),
        ("Residents left Kupiansk as the front moved closer.", "Kupiansk", 49.71, 37.62),
        ("The ruins of Sievierodonetsk were shown on television.", "Sievierodonetsk", 48.94, 38.49),
        ("A drone hit a depot in Kostiantynivka on Sunday.", "Kostiantynivka", 48.53, 37.71),
        ("Ferries left Izmail for the Danube delta.", "Izmail", 45.35, 28.84),
    ],
)
def test_ukraines_national_romanisation_names_the_town(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), "city", lat, lon, tolerance=0.2)


def test_a_small_town_under_its_romanisation_needs_the_text_to_back_it(
    geoparser: Geoparser,
) -> None:
    # Mar'yinka has 9,000 people: a minor town, found when its oblast is named beside it
    backed = "Shelling was reported in Marinka, Donetsk Oblast, on Friday."
    assert_at(mention(geoparser, backed, "Marinka"), "city", 47.95, 37.51, tolerance=0.2)


def test_ukrainian_alias_rows_cite_a_geonames_id_and_alternate_name() -> None:
    rows = [r for r in _rows("aliases.csv") if "KMU 2010" in r["note"]]
    assert len(rows) > 100
    for row in rows:
        gid = row["place_id"].removeprefix("gn:")
        assert gid.isdigit(), row
        assert f"GeoNames alternate name of {gid} " in row["note"], row


# ---------------------------------------------------------------- Arabic spellings


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Tanks moved into Beit Lahia before dawn.", "Beit Lahia", 31.55, 34.50),
        ("Aid trucks reached Nuseirat, in central Gaza, on Tuesday.", "Nuseirat", 31.45, 34.39),
        ("The council met in Jarablus near the Turkish border.", "Jarablus", 36.82, 38.01),
    ],
)
def test_english_spellings_of_arabic_town_names(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), "city", lat, lon, tolerance=0.2)


@pytest.mark.parametrize(
    "text",
    ["Ezra Klein wrote the column.", "Jassim Ali was named coach on Monday."],
)
def test_given_names_among_the_spellings_are_not_places(geoparser: Geoparser, text: str) -> None:
    assert [m.text for m in geoparser.parse(text)] == []


# ---------------------------------------------------------------- divisions


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Militants attacked a checkpoint in Salahuddin on Friday.", "Salahuddin", 34.38, 43.64),
        ("Protesters gathered in Sweida for a third week.", "Sweida", 32.74, 36.90),
        ("Floods cut roads across Hadramout.", "Hadramout", 16.73, 48.61),
        ("The Taliban held Panjshir by September.", "Panjshir", 35.43, 69.79),
        ("Drones struck an oil depot in Krasnodar Krai.", "Krasnodar Krai", 45.77, 39.03),
        ("Wildfires spread in Primorsky Krai.", "Primorsky Krai", 45.08, 134.73),
        ("Evacuations began in Kyiv Oblast.", "Kyiv Oblast", 50.18, 30.49),
        ("Fighting resumed in Unity State, aid workers said.", "Unity State", 8.46, 29.96),
        ("Gas flared across Yamalo-Nenets.", "Yamalo-Nenets", 67.15, 74.34),
        ("Rains flooded North Pyongan.", "North Pyongan", 40.06, 125.24),
    ],
)
def test_english_names_of_divisions(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), "admin1", lat, lon, tolerance=0.2)


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        # written with letters the packaged index refused (ı, ə, ʻ): rows of divisions.csv
        ("Troops entered Lachin on Wednesday.", "Lachin", 39.72, 46.31),
        ("Houthi fighters shelled Saada again.", "Saada", 17.06, 43.91),
        ("Curfews were lifted in Şırnak province.", "Şırnak province", 37.46, 42.52),
    ],
)
def test_divisions_whose_iso_names_the_index_refused(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), "admin1", lat, lon, tolerance=0.2)


def test_a_common_word_before_state_is_no_division(geoparser: Geoparser) -> None:
    # Sudan's Northern state is not listed as "Northern State": a US university has the name
    assert [m.text for m in geoparser.parse("She studied at Northern State University.")] == []


def test_a_town_keeps_its_name_beside_a_division_of_that_name(geoparser: Geoparser) -> None:
    # "Sumy" names both the city and (in division_names.csv) its oblast: alone it is the city
    assert_at(
        mention(geoparser, "Shells fell on Sumy overnight.", "Sumy"),
        "city",
        50.92,
        34.80,
        tolerance=0.2,
    )


# ---------------------------------------------------------------- natural features and regions


@pytest.mark.parametrize(
    ("text", "surface", "kind", "lat", "lon"),
    [
        ("A ferry capsized in the Strait of Messina.", "Strait of Messina", "sea", 38.2, 15.6),
        ("Whalers sailed into the Ross Sea.", "Ross Sea", "sea", -75.0, -175.0),
        ("Oil washed up along Chesapeake Bay.", "Chesapeake Bay", "sea", 38.0, -76.2),
        ("Migrants crossed the Gulf of Sidra in small boats.", "Gulf of Sidra", "sea", 31.5, 18.5),
        ("Barges stalled on the Elbe during the drought.", "Elbe", "region", 52.1, 11.65),
        (
            "Ukrainian troops held the bank of the Siverskyi Donets.",
            "Siverskyi Donets",
            "region",
            49.0,
            37.8,
        ),
        ("Climbers were stranded in the Karakoram.", "Karakoram", "region", 35.8, 76.0),
        ("Snow closed roads in Zion National Park.", "Zion National Park", "region", 37.3, -113.05),
        ("Lions were counted in the Masai Mara.", "Masai Mara", "region", -1.49, 35.14),
        ("A drone strike hit North Waziristan.", "North Waziristan", "region", 33.0, 70.07),
        ("Troops patrolled the Swat Valley.", "Swat Valley", "region", 34.75, 72.36),
        ("Tourists packed Venice Beach on Sunday.", "Venice Beach", "landmark", 33.99, -118.47),
        ("A typhoon made landfall on Kyushu.", "Kyushu", "region", 32.6, 130.8),
    ],
)
def test_natural_features_and_regions(
    geoparser: Geoparser, text: str, surface: str, kind: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), kind, lat, lon, tolerance=0.3)


def test_gulf_of_is_not_the_papuan_province(geoparser: Geoparser) -> None:
    # before the row, "Gulf" alone matched Papua New Guinea's Gulf province
    found = [
        (m.text, m.place.id if m.place else None)
        for m in geoparser.parse("Fishing fleets left the Gulf of Carpentaria.")
    ]
    assert found == [("Gulf of Carpentaria", "rg:gulf-of-carpentaria")]


def test_division_names_rows_name_known_divisions_with_a_source() -> None:
    rows = _rows("division_names.csv")
    assert rows
    assert all(r["code"] and r["name"] and r["source"] for r in rows)


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Sirens sounded in Kiryat Shmona after midnight.", "Kiryat Shmona", 33.21, 35.57),
        ("A hospital in Nahariya treated the wounded.", "Nahariya", 33.01, 35.10),
        ("Kurdish fighters retook Kobani in 2015.", "Kobani", 36.89, 38.35),
    ],
)
def test_english_spellings_of_israeli_and_kurdish_names(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), "city", lat, lon, tolerance=0.2)


# ---------------------------------------------------------------- abbreviations, former states


@pytest.mark.parametrize(
    ("text", "surface", "kind", "lat", "lon"),
    [
        ("Rents in L.A. rose again last year.", "L.A.", "city", 34.05, -118.24),
        ("Subway fares in NYC will rise.", "NYC", "city", 40.71, -74.01),
        ("Lawmakers in NY passed the bill.", "NY", "admin1", 43.16, -75.85),
        ("He defected from the Soviet Union in 1979.", "Soviet Union", "region", 55.75, 37.62),
        ("She was born in Czechoslovakia.", "Czechoslovakia", "region", 50.08, 14.44),
        ("He grew up in East Germany.", "East Germany", "region", 52.52, 13.40),
    ],
)
def test_city_abbreviations_and_former_states(
    geoparser: Geoparser, text: str, surface: str, kind: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), kind, lat, lon, tolerance=0.3)


def test_lowercase_ny_is_no_place(geoparser: Geoparser) -> None:
    # the alias is matched in capitals only; "ny" in running text is no state
    assert [m.text for m in geoparser.parse("The word ny appears in old Danish texts.")] == []


# ---------------------------------------------------------------- landmarks


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Thousands rallied in Tahrir Square on Friday.", "Tahrir Square", 30.04, 31.24),
        ("Water poured through the breached Kakhovka Dam.", "Kakhovka Dam", 46.78, 33.37),
        ("Defenders held out in Azovstal for weeks.", "Azovstal", 47.10, 37.59),
        ("Lifeguards closed Bondi Beach after the sighting.", "Bondi Beach", -33.89, 151.28),
        ("Troops searched Al-Shifa Hospital.", "Al-Shifa Hospital", 31.52, 34.44),
        ("Visitors lined up at the Taj Mahal.", "Taj Mahal", 27.18, 78.04),
    ],
)
def test_landmarks_news_names_alone(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    m = mention(geoparser, text, surface)
    assert_at(m, "landmark", lat, lon, tolerance=0.05)
    assert m.place is not None
    assert m.place.geo_precision == 1


def test_the_suburb_stays_a_town_beside_the_beach(geoparser: Geoparser) -> None:
    # "Bondi" alone is the suburb (a town of 9,900, found when Sydney backs it)
    m = mention(geoparser, "A shark was seen off Bondi in Sydney.", "Bondi")
    assert_at(m, "city", -33.89, 151.26, tolerance=0.05)


def test_congo_alone_is_the_drc_and_congo_republic_its_neighbour(geoparser) -> None:  # type: ignore[no-untyped-def]
    # AP style: "Congo" for the Democratic Republic of Congo, "Congo Republic" for its neighbour
    found = {
        m.text: m.place.country_code
        for m in geoparser.parse("Troops from Congo and Congo Republic met in Kinshasa.")
        if m.place
    }
    assert found.get("Congo") == "CD"
    assert found.get("Congo Republic") == "CG"


# ---------------------------------------------------------------- UN M49 subregions


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Bluetongue may reach Northern Europe by August.", "Northern Europe", 60.0, 15.0),
        ("Heatwaves gripped Southern Europe this week.", "Southern Europe", 41.5, 14.0),
        ("Oil prices rose as tension grew in Western Asia.", "Western Asia", 33.0, 44.0),
        ("Flu cases fell across Northern America in March.", "Northern America", 49.0, -100.0),
        ("Aid ships sailed for Melanesia after the cyclone.", "Melanesia", -6.5, 147.0),
        ("Sea levels threaten atolls across Polynesia.", "Polynesia", -17.6, -149.5),
        ("Trade with Eastern Asia grew in 2024.", "Eastern Asia", 35.0, 110.0),
    ],
)
def test_un_subregions_are_regions_not_their_continent(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), "region", lat, lon, tolerance=0.5)


def test_a_lowercase_compass_word_leaves_the_continent(geoparser: Geoparser) -> None:
    m = mention(geoparser, "Storms hit northern Europe on Monday.", "Europe")
    assert_at(m, "continent", 48.7, 9.1, tolerance=0.5)


def test_micronesia_stays_the_country(geoparser: Geoparser) -> None:
    # UN M49's Micronesia subregion shares its name with a country: no row for it
    m = mention(geoparser, "Talks with Micronesia and Palau resumed.", "Micronesia")
    assert m.place is not None
    assert m.place.kind == "country"


# ---------------------------------------------------------------- military posts


@pytest.mark.parametrize(
    ("text", "surface", "kind", "lat", "lon"),
    [
        (
            "The soldier was based at Fort Hood before his deployment.",
            "Fort Hood",
            "city",
            31.13,
            -97.78,
        ),
        (
            "Scientists at Fort Detrick studied the samples.",
            "Fort Detrick",
            "landmark",
            39.44,
            -77.43,
        ),
        (
            "Paratroopers from Fort Liberty flew out on Monday.",
            "Fort Liberty",
            "city",
            35.14,
            -79.01,
        ),
        ("Recruits graduated at Fort Moore in Georgia.", "Fort Moore", "landmark", 32.36, -84.95),
        (
            "Marines at Camp Lejeune were tested for the virus.",
            "Camp Lejeune",
            "landmark",
            34.68,
            -77.35,
        ),
    ],
)
def test_army_and_marine_posts_are_placed_at_the_post(
    geoparser: Geoparser, text: str, surface: str, kind: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), kind, lat, lon, tolerance=0.1)


def test_the_town_a_post_shares_its_name_with_stays_the_town(geoparser: Geoparser) -> None:
    # Fort Bragg, California, is a coastal town, not the North Carolina post
    m = mention(geoparser, "The Fort Bragg, California, council met.", "Fort Bragg")
    assert_at(m, "city", 39.45, -123.81, tolerance=0.1)
