"""geo55: a name placed only as the nearest namesake of a neighbour that a later pass read
elsewhere keeps its span and candidates but no point (``places/lost_anchors.py``).
Sentences written for the rule; the near misses keep their place."""

from __future__ import annotations

from dashboard.model import Mention
from dashboard.places.geoparser import Geoparser


def found(gp: Geoparser, text: str, surface: str) -> Mention:
    hits = [m for m in gp.parse(text) if m.text == surface]
    assert hits, [m.text for m in gp.parse(text)]
    return hits[0]


def test_a_name_whose_neighbour_moved_away_keeps_no_point(geoparser: Geoparser) -> None:
    # Decatur is first read as Illinois' (the biggest), Avondale as the namesake beside it;
    # DeKalb County then puts Decatur in Georgia, and no Avondale lies near it
    text = (
        "Residents of Avondale met in Decatur on Monday. "
        "DeKalb County officials said the road would close."
    )
    m = found(geoparser, text, "Avondale")
    assert m.place is None
    assert m.candidates  # Review still sees the namesakes
    assert "read elsewhere" in m.reason
    decatur = found(geoparser, text, "Decatur")
    assert decatur.place is not None
    assert decatur.place.admin1 == "US-GA"


def test_a_street_placed_at_that_town_loses_its_point_too(geoparser: Geoparser) -> None:
    text = (
        "Crews closed Maple Street in Avondale after residents met in Decatur. "
        "DeKalb County officials said the road would reopen."
    )
    assert found(geoparser, text, "Maple Street").place is None


def test_a_neighbour_that_stays_keeps_the_namesake(geoparser: Geoparser) -> None:
    # Macon County keeps Decatur in Illinois: the anchor still lies where it did
    text = (
        "Residents of Avondale met in Decatur on Monday. "
        "Macon County officials said the road would close."
    )
    m = found(geoparser, text, "Avondale")
    assert m.place is not None
    assert m.place.admin1 == "US-IL"


def test_a_name_without_a_moved_neighbour_is_untouched(geoparser: Geoparser) -> None:
    m = found(geoparser, "Residents of Avondale met in Decatur on Monday.", "Avondale")
    assert m.place is not None
    assert m.place.admin1 == "US-IL"
