"""Issue 13, not places: a party's or parliament's name that is also a town's ("the Liberal
government", "the Duma"). Sentences written for these tests, with near misses that must
still find the town."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from dashboard.places.political import political_body


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        ("The Liberal government tabled its budget.", "Liberal", True),
        ("A Liberal MP resigned on Friday.", "Liberal", True),
        ("The bill was sent to the Duma in December.", "Duma", True),
        ("The Duma's speaker said no.", "Duma", True),
        ("He flew to Liberal, Kansas.", "Liberal", False),  # the town
        ("Shelling hit Duma, east of Damascus.", "Duma", False),  # the Syrian town
        ("Green Bay beat Chicago.", "Green", False),  # no party noun after it
    ],
)
def test_political_body(text: str, name: str, body: bool) -> None:
    start = text.index(name)
    assert political_body(text, start, start + len(name)) is body


def test_a_party_is_no_town_but_the_capital_stays(geoparser: Geoparser) -> None:
    found = [m.text for m in geoparser.parse("The Liberal government tabled its budget in Ottawa.")]
    assert found == ["Ottawa"]


def test_the_town_of_that_name_stays(geoparser: Geoparser) -> None:
    # near miss: Liberal, Kansas: about 37.04 N, 100.92 W
    found = [
        m for m in geoparser.parse("He flew to Liberal, Kansas, on Monday.") if m.text == "Liberal"
    ]
    assert found
    p = found[0].place
    assert p is not None
    assert p.country_code == "US"
    assert p.lat is not None
    assert p.lon is not None
    assert abs(p.lat - 37.04) < 0.5
    assert abs(p.lon + 100.92) < 0.5


def test_the_syrian_town_duma_stays(geoparser: Geoparser) -> None:
    # near miss: Douma (GeoNames Dūmā), Syria: about 33.57 N, 36.40 E
    found = [m for m in geoparser.parse("Shelling hit Duma, east of Damascus.") if m.text == "Duma"]
    assert found
    p = found[0].place
    assert p is not None
    assert p.country_code == "SY"
    assert p.lat is not None
    assert p.lon is not None
    assert abs(p.lat - 33.57) < 0.5
    assert abs(p.lon - 36.40) < 0.5


def test_a_superior_court_is_no_town(geoparser: Geoparser) -> None:
    text = "Superior Court Judge Ann Roe ruled in Athens, Georgia."
    assert [m.text for m in geoparser.parse(text)] == ["Athens", "Georgia"]


def test_the_city_of_superior_stays(geoparser: Geoparser) -> None:
    # near miss: Superior, Wisconsin: about 46.72 N, 92.10 W
    found = [m for m in geoparser.parse("A storm hit Superior, Wisconsin.") if m.text == "Superior"]
    assert found
    p = found[0].place
    assert p is not None
    assert p.lat is not None
    assert p.lon is not None
    assert abs(p.lat - 46.72) < 0.5
    assert abs(p.lon + 92.10) < 0.5
