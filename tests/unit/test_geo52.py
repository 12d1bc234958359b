"""geo52: a bare name that is no town of the text's focus division but one of its counties
is that county (``places/focus_towns._focus_county``). Sentences of our own."""

from __future__ import annotations

from dashboard.model import Place
from dashboard.places.geoparser import Geoparser

NEBRASKA = (
    "Storms knocked out power in Omaha, Bellevue and Grand Island overnight, "
    "and crews in {} worked until dawn."
)


def _places(geoparser: Geoparser, text: str) -> dict[str, Place | None]:
    return {m.text: m.place for m in geoparser.parse(text)}


def _near(place: Place | None, lat: float, lon: float, within: float = 0.3) -> bool:
    return (
        place is not None
        and abs((place.lat or 0.0) - lat) < within
        and abs((place.lon or 0.0) - lon) < within
    )


def test_a_bare_county_name_in_a_nebraska_story_is_the_county(geoparser: Geoparser) -> None:
    # Nebraska has no town called Lancaster, but Lincoln's county bears the name; the
    # bare name went to Lancaster, California (161,000) on size alone
    county = _places(geoparser, NEBRASKA.format("Lancaster"))["Lancaster"]
    assert county is not None
    assert (county.kind, county.admin1) == ("admin2", "US-NE")
    assert _near(county, 40.80, -96.69)


def test_a_bare_county_name_in_a_kentucky_story_is_the_county(geoparser: Geoparser) -> None:
    text = (
        "Deputies in Lexington, Frankfort and Bowling Green searched for the van, "
        "which was later found in Boone."
    )
    county = _places(geoparser, text)["Boone"]
    assert county is not None
    assert (county.kind, county.admin1) == ("admin2", "US-KY")  # not Boone, North Carolina
    assert _near(county, 38.98, -84.71)


def test_a_town_of_the_focus_keeps_its_name(geoparser: Geoparser) -> None:
    # near miss: Nebraska has a Lincoln County, but the city of that name wins
    city = _places(geoparser, NEBRASKA.format("Lincoln"))["Lincoln"]
    assert city is not None
    assert (city.kind, city.admin1) == ("city", "US-NE")
    assert _near(city, 40.80, -96.67)


def test_without_a_focus_the_name_is_no_county(geoparser: Geoparser) -> None:
    # near miss: nothing else in the text says which state, so no county reading
    town = _places(geoparser, "Crews in Lancaster worked until dawn after the storm.")["Lancaster"]
    assert town is not None
    assert town.kind == "city"


# counties named together in several states' namesakes: the state where they are neighbours
# (``places/counties.counties_together``, ``NEIGHBOUR_KM``)


def test_two_counties_many_states_hold_lie_where_they_are_neighbours(
    geoparser: Geoparser,
) -> None:
    # ten states have both; the kind's prior had Alabama's Henry County and the neighbour
    # pass Florida's Washington County beside it, 105 km apart. Iowa's two touch
    text = "Volunteers from Henry County and Washington County filled sandbags on Saturday."
    found = _places(geoparser, text)
    henry, washington = found["Henry County"], found["Washington County"]
    assert henry is not None
    assert washington is not None
    assert (henry.admin1, washington.admin1) == ("US-IA", "US-IA")
    assert _near(henry, 41.01, -91.55)
    assert _near(washington, 41.34, -91.70)


def test_a_named_state_still_places_its_counties(geoparser: Geoparser) -> None:
    # near miss: the text names Indiana, whose Henry and Washington counties are not neighbours
    text = "Indiana officials said Henry County and Washington County would share the grant."
    found = _places(geoparser, text)
    henry, washington = found["Henry County"], found["Washington County"]
    assert henry is not None
    assert washington is not None
    assert (henry.admin1, washington.admin1) == ("US-IN", "US-IN")
