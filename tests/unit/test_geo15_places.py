"""Place faults a fresh user found (geo15). A settlement word before the name ("the
southern Lebanese town of X") asks for GeoNames' class P, a populated place, over a division
of the name; Indonesia's provinces are first-level divisions (ISO 3166-2 groups them under
"geographical units" with no administration), shown by their English names; a village the
gazetteer lacks lies in the one division its sentence names; "near" a division or country
puts nothing inside it. Every text was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.model import Place
from dashboard.places.geoparser import Geoparser


def _place(geoparser: Geoparser, text: str, name: str) -> Place | None:
    a = geoparser.analyse(text, date(2025, 3, 4))
    return next(m.place for m in a.mentions if m.text.startswith(name))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a settlement word after a compass adjective and a demonym: the town
        ("Shells landed in the southern Lebanese town of Nabatieh at dawn.", "Nabatieh", "city"),
        ("Aid reached the northwestern Syrian city of Idlib by noon.", "Idlib", "city"),
        # near misses: a division's word keeps the division; a sentence's "The city of"
        # keeps the city it already chose
        ("The city of Kharkiv lost power after the strike.", "Kharkiv", "city"),
        ("Shells landed across Nabatieh governorate at dawn.", "Nabatieh", "admin1"),
        ("Aid reached the northwestern Syrian province of Idlib by noon.", "Idlib", "admin1"),
        ("Aid convoys crossed into Idlib province on Monday.", "Idlib", "admin1"),
    ],
)
def test_settlement_word_asks_for_the_town(
    geoparser: Geoparser, text: str, name: str, kind: str
) -> None:
    place = _place(geoparser, text, name)
    assert place is not None
    assert place.kind == kind


@pytest.mark.parametrize(
    ("text", "name", "shown"),
    [
        (
            "A landslide buried a road in Central Sulawesi province.",
            "Central Sulawesi",
            "Central Sulawesi",
        ),
        ("Volunteers cleared rubble in West Java on Sunday.", "West Java", "West Java"),
        ("Voters queued early across North Sumatra.", "North Sumatra", "North Sumatra"),
    ],
)
def test_indonesian_provinces_are_first_level(
    geoparser: Geoparser, text: str, name: str, shown: str
) -> None:
    place = _place(geoparser, text, name)
    assert place is not None
    assert (place.kind, place.geo_precision, place.name) == ("admin1", 3, shown)


def test_indonesian_towns_lie_in_their_provinces(geoparser: Geoparser) -> None:
    palu = _place(geoparser, "Ferries left Palu at dawn.", "Palu")
    assert palu is not None
    assert palu.admin1 == "ID-ST"


def test_island_group_and_ugandan_districts_stay(geoparser: Geoparser) -> None:
    """Near misses: the island of Sulawesi is no province; Uganda's districts, under ISO's
    "geographical regions", stay second-level, so the town of Gulu keeps its name."""
    island = _place(geoparser, "Ferries sailed around Sulawesi last year.", "Sulawesi")
    assert island is not None
    assert island.name == "Sulawesi"
    gulu = _place(geoparser, "Police in Gulu arrested five traders.", "Gulu")
    assert gulu is not None
    assert gulu.kind == "city"


def test_unlisted_village_in_its_sentence_division(geoparser: Geoparser) -> None:
    text = (
        "Floods swept Central Sulawesi province on Monday, washing away a bridge in the "
        "village of Barunggi near Kelopo, officials said."
    )
    place = _place(geoparser, text, "Barunggi")
    assert place is not None
    assert (place.country_code, place.admin1, place.geo_precision) == ("ID", "ID-ST", 3)


@pytest.mark.parametrize(
    "text",
    [
        # two divisions in the sentence: which one holds it is not said
        "Floods swept West Java and Central Java, washing away a bridge in the village of "
        "Barunggi near Kelopo.",
        # the division is where they came from, not where the village is
        "Families fled from Central Sulawesi province to the village of Barunggi near Kelopo.",
        # the division is named in another sentence only
        "Floods swept Central Sulawesi province. A bridge fell in the village of Barunggi "
        "near Kelopo.",
    ],
)
def test_unlisted_village_not_placed_without_its_division(geoparser: Geoparser, text: str) -> None:
    assert _place(geoparser, text, "Barunggi") is None


def test_near_a_division_is_not_in_it(geoparser: Geoparser) -> None:
    text = "Drones struck Wanurivka, a village near Kharkiv Oblast, overnight."
    assert _place(geoparser, text, "Wanurivka") is None


def test_in_a_division_and_near_a_town_still_place(geoparser: Geoparser) -> None:
    """Near misses: "in" a division, and "near" a town (ACLED's geo precision 2 there)."""
    inside = _place(geoparser, "Drones struck Wanurivka, a village in Kharkiv Oblast.", "Wanurivka")
    assert inside is not None
    assert (inside.admin1, inside.geo_precision) == ("UA-63", 2)
    beside = _place(geoparser, "Drones struck Wanurivka, a village near Kupiansk.", "Wanurivka")
    assert beside is not None
    assert beside.geo_precision == 2
