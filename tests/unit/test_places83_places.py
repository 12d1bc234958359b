"""places83: well-known regions, river names a division hides, listed districts, and a town
the text puts in a region of its own country. Sentences written for these tests; the near
misses keep their reading (a division named as one, a noun after the name)."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def read(gp: Geoparser, text: str, surface: str) -> list[tuple[str | None, str | None]]:
    """(kind, place id) of each mention written ``surface``; (None, None) for no point."""
    return [
        (m.place.kind, m.place.id) if m.place else (None, None)
        for m in gp.parse(text)
        if m.text == surface
    ]


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        (
            "Venezuela's army held drills near the Essequibo, which Guyana administers.",
            "Essequibo",
            "rg:essequibo",
        ),
        (
            "Jihadist attacks across the Liptako-Gourma rose again last year.",
            "Liptako-Gourma",
            "rg:liptako-gourma",
        ),
        (
            "Fishermen in Ogoniland say the creeks are still black with oil.",
            "Ogoniland",
            "rg:ogoniland",
        ),
        (
            "Engineers inspected a second dam on the White Nile.",
            "White Nile",
            "rg:white-nile-river",
        ),
        (
            "A weir on the Blue Nile, downstream of the border, was closed.",
            "Blue Nile",
            "rg:blue-nile-river",
        ),
        ("A drone struck an airfield in Sulaimaniyah on Sunday.", "Sulaimaniyah", "gn:98463"),
        (
            "Gunmen attacked a checkpoint in Sulaimaniyah province overnight.",
            "Sulaimaniyah province",
            "a2:IQ-SU",
        ),
        (
            "Landslides cut roads in the hill districts of Ratnapura and Nuwara Eliya.",
            "Ratnapura",
            "a2:LK-91",
        ),
        ("Rain swamped the Galle and Matara districts overnight.", "Matara", "a2:LK-32"),
    ],
)
def test_a_region_river_or_district_is_read_as_itself(
    geoparser: Geoparser, text: str, surface: str, place_id: str
) -> None:
    assert [pid for _, pid in read(geoparser, text, surface)] == [place_id]


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        # the state of the river's name, named as a division or with no article
        ("Clashes spread across White Nile state on Sunday.", "White Nile state", "a1:SD-NW"),
        ("The army said fighting had reached Blue Nile.", "Blue Nile", "a1:SD-NB"),
        # "on the" before a noun the name modifies: no river
        ("Ranchers on the Colorado border lost cattle.", "Colorado", "a1:US-CO"),
        # one district alone is left to the other rules
        ("Police in Galle arrested two men.", "Galle", "gn:1246294"),
    ],
)
def test_a_division_named_as_one_keeps_its_reading(
    geoparser: Geoparser, text: str, surface: str, place_id: str
) -> None:
    assert [pid for _, pid in read(geoparser, text, surface)] == [place_id]


def test_a_town_the_text_puts_in_another_region_of_its_country_leaves_its_namesake(
    geoparser: Geoparser,
) -> None:
    # the gazetteer's Dolo lies in Tigray, not in the Oromia region the text names
    text = "Troops gathered near the border town of Dolo in the Oromia region."
    found = [m for m in geoparser.parse(text) if m.text == "Dolo"]
    assert len(found) == 1
    place = found[0].place
    assert place is not None
    assert place.admin1 == "ET-OR"


def test_a_town_in_its_own_region_keeps_its_point(geoparser: Geoparser) -> None:
    text = "Troops gathered near the town of Gondar in the Amhara region."
    found = [m for m in geoparser.parse(text) if m.text == "Gondar"]
    assert [m.place.id if m.place else None for m in found] == ["gn:336014"]
