"""geo12: a capitalised role word before a one-word name makes it a person's."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser


def texts(gp: Geoparser, text: str) -> list[str]:
    return [m.text for m in gp.parse(text)]


def test_a_title_before_a_town_name_makes_a_person(geoparser: Geoparser) -> None:
    # Obama is a town in Fukui, Japan; after "President" it is the president
    text = "President Obama came to town on Monday. Obama's speech moved the crowd."
    assert texts(geoparser, text) == []


def test_a_titled_surname_leaves_the_real_places(geoparser: Geoparser) -> None:
    found = [
        (m.text, m.place.country_code if m.place else None)
        for m in geoparser.parse("Governor Perry signed the bill in Austin on Friday.")
    ]
    assert found == [("Austin", "US")]


def test_a_place_after_a_lowercase_role_stays(geoparser: Geoparser) -> None:
    # near miss: "the president visited Paris" has no title glued to the name
    found = geoparser.parse("The president visited Paris on Friday.")
    assert [m.text for m in found] == ["Paris"]
    place = found[0].place
    assert place is not None
    assert place.country_code == "FR"
    assert abs((place.lat or 0.0) - 48.85) < 0.3
