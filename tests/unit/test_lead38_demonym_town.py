"""A town the gazetteer lacks that the text calls its country's ("the Syrian town of X") is
placed in that country at geo precision 3, as ACLED codes an event at the smallest unit the
text gives: an air strike on such a town had no place at all (newuser13). Names and
sentences are made up for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def _mention(geoparser: Geoparser, text: str, name: str):  # type: ignore[no-untyped-def]
    return next(m for m in geoparser.parse(text) if m.text == name)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("An air strike hit a market in the Syrian town of Qarzabeh on Monday.", "SY"),
        ("Gunmen raided the Nigerian village of Okuzamba overnight.", "NG"),
        ("Shelling hit the Ukrainian frontline village of Zorivkaya.", "UA"),
    ],
)
def test_an_unlisted_town_is_placed_in_its_demonym_country(
    geoparser: Geoparser, text: str, code: str
) -> None:
    m = _mention(geoparser, text, text.split(" of ")[1].split()[0].rstrip("."))
    assert m.place is not None
    assert m.place.country_code == code
    assert m.place.kind == "city"
    assert m.place.geo_precision == 3
    assert m.place.lat is not None


def test_a_following_place_still_places_it_closer(geoparser: Geoparser) -> None:
    # "in Kaduna state" follows: the state, not the country, holds the village
    m = _mention(
        geoparser, "Gunmen raided the Nigerian village of Okuzamba in Kaduna state.", "Okuzamba"
    )
    assert m.place is not None
    assert m.place.admin1 == "NG-KD"


def test_no_demonym_no_place(geoparser: Geoparser) -> None:
    m = _mention(geoparser, "Gunmen raided the village of Okuzamba overnight.", "Okuzamba")
    assert m.place is None


def test_a_town_the_text_calls_its_countrys_keeps_it(geoparser: Geoparser) -> None:
    # newuser14: Libya's capital took "the Lebanese town of Tripoli" (a namesake 5x its size)
    m = _mention(
        geoparser, "Clashes broke out in the Lebanese town of Tripoli on Monday.", "Tripoli"
    )
    assert m.place is not None
    assert m.place.country_code == "LB"
    m = _mention(geoparser, "Diplomats met in Tripoli on Monday.", "Tripoli")
    assert m.place is not None
    assert m.place.country_code == "LY"
