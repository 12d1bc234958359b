"""geo13: "Georgia's capital" is Atlanta when the text speaks of a US state's government
("state lawmakers", "the state Capitol"), Tbilisi otherwise."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def _capital(geoparser: Geoparser, text: str):
    found = [m for m in geoparser.analyse(text).mentions if m.text == "capital"]
    assert found
    return found[0].place


@pytest.mark.parametrize(
    "text",
    [
        "State lawmakers in Georgia's capital voted late on Thursday to cut the fuel tax.",
        "Teachers rallied outside the state Capitol in Georgia's capital for higher pay.",
    ],
)
def test_a_us_states_government_words_make_it_atlanta(geoparser: Geoparser, text: str) -> None:
    place = _capital(geoparser, text)
    assert place is not None
    assert (place.name, place.country_code) == ("Atlanta", "US")
    assert abs((place.lat or 0.0) - 33.75) < 0.3
    assert abs((place.lon or 0.0) + 84.39) < 0.3


def test_without_them_it_is_tbilisi(geoparser: Geoparser) -> None:
    # near miss: parliament and a ruling party are no US state's words
    text = "Crowds outside parliament in Georgia's capital jeered the ruling party on Thursday."
    place = _capital(geoparser, text)
    assert place is not None
    assert place.country_code == "GE"
