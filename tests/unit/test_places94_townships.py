"""Places (session 91, places94): each sentence was written for these tests.

"X Township" / "X Twp." is the township, read as one name in the state the text is about
(``places/townships.py``): at a county of that state the text names, else without a
point; never a city of that name elsewhere.
"""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser


def test_township_in_the_named_county(geoparser: Geoparser) -> None:
    text = (
        "Firefighters from Licking County, Ohio, put out a barn fire in Madison Township on Sunday."
    )
    found = {m.text: m for m in geoparser.parse(text)}
    assert "Madison" not in found
    township = found["Madison Township"]
    assert township.place is not None
    assert (township.place.name, township.place.admin1) == ("Licking County", "US-OH")


def test_abbreviated_township_is_read_without_a_point(geoparser: Geoparser) -> None:
    text = (
        "A tornado flattened two barns in Bloomfield Twp. on Sunday, Michigan officials "
        "said, and roads near Pontiac and Troy were closed."
    )
    found = {m.text: m for m in geoparser.parse(text)}
    township = found["Bloomfield Twp."]
    assert township.place is None
    assert "Michigan" in township.reason


def test_the_township_committee_is_no_place(geoparser: Geoparser) -> None:
    text = "The Township Committee met on Monday in Trenton, New Jersey, and Princeton."
    assert not [m for m in geoparser.parse(text) if "Township" in m.text]


def test_a_text_about_no_state_is_left_alone(geoparser: Geoparser) -> None:
    found = [m.text for m in geoparser.parse("Madison Township officials met on Monday.")]
    assert "Madison Township" not in found
