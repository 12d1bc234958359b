"""namesake: the division most of a text's places lie in takes its small namesakes too
(``places/focus_towns.py``). Sentences of our own."""

from __future__ import annotations

from dashboard.model import Place
from dashboard.places.geoparser import Geoparser

OHIO = (
    "Deputies from Mercer County and police in Celina searched a farm after a fire. "
    "A Rockford woman was treated at a Lima hospital."
)


def _places(geoparser: Geoparser, text: str) -> dict[str, Place | None]:
    return {m.text: m.place for m in geoparser.parse(text)}


def test_a_small_town_of_the_focus_beats_a_far_city_left_as_the_only_candidate(
    geoparser: Geoparser,
) -> None:
    # Rockford, Illinois (148,000) was the one candidate above the small-town cut-off; the
    # text's other places all lie in Ohio, which has a village of that name
    town = _places(geoparser, OHIO)["Rockford"]
    assert town is not None
    assert (town.kind, town.admin1) == ("city", "US-OH")
    assert abs((town.lat or 0.0) - 40.69) < 0.2
    assert abs((town.lon or 0.0) + 84.65) < 0.2


def test_a_town_chosen_on_size_moves_into_the_focus(geoparser: Geoparser) -> None:
    text = (
        "An Athens man was charged on Friday after a crash near Sweetwater. "
        "Police in Knoxville and Nashville questioned him."
    )
    town = _places(geoparser, text)["Sweetwater"]
    assert town is not None
    assert town.admin1 == "US-TN"  # not Sweetwater, Florida (21,000), by size alone
    assert abs((town.lat or 0.0) - 35.60) < 0.2
    assert abs((town.lon or 0.0) + 84.46) < 0.2


def test_a_city_whose_own_state_the_text_backs_stays(geoparser: Geoparser) -> None:
    # near miss: Chicago lies in Illinois, so Illinois' Rockford keeps its reading
    town = _places(geoparser, OHIO + " She flew home to Chicago.")["Rockford"]
    assert town is not None
    assert town.admin1 == "US-IL"


def test_a_national_capital_stays(geoparser: Geoparser) -> None:
    # near miss: three Virginia towns, and Virginia has a hamlet called Washington
    text = (
        "Mayors of Roanoke, Lynchburg and Blacksburg met on Monday. "
        "A Washington lawyer spoke to them."
    )
    city = _places(geoparser, text)["Washington"]
    assert city is not None
    assert city.admin1 == "US-DC"


def test_no_focus_from_one_place(geoparser: Geoparser) -> None:
    # near miss: one Tennessee city sets no focus
    text = "Police in Knoxville questioned a man after a crash near Sweetwater."
    town = _places(geoparser, text)["Sweetwater"]
    assert town is not None
    assert town.admin1 != "US-TN"
