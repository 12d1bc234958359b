"""geo13: with no state named, the one US state that holds most of a text's names sets it."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser

STORY = (
    "Deputies in Webster County arrested a Marshfield man on Tuesday after a chase that "
    "began in Rogersville. The man was wanted in Jackson County on a burglary warrant."
)


def test_a_county_goes_to_the_state_of_the_other_names(geoparser: Geoparser) -> None:
    found = {m.text: m.place for m in geoparser.parse(STORY)}
    assert found["Webster County"] is not None
    assert found["Webster County"].admin1 == "US-MO"
    county = found["Jackson County"]
    assert county is not None
    assert (county.kind, county.admin1) == ("admin2", "US-MO")  # not Florida's
    assert abs((county.lat or 0.0) - 39.0) < 0.6
    assert abs((county.lon or 0.0) + 94.35) < 0.6


def test_a_named_state_leaves_it_to_the_state_rules(geoparser: Geoparser) -> None:
    # near miss: the text names Florida, so its Jackson County stands
    text = STORY + " Florida deputies had sought him in Jackson County, Florida, in May."
    found = [m.place for m in geoparser.parse(text) if m.text == "Jackson County"]
    assert found
    assert found[-1] is not None
    assert found[-1].admin1 == "US-FL"
