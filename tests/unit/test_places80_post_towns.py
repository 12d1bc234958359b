"""places80: US towns with a post office that cities500 lacks (``us_post_towns.csv``, read
by ``gazetteer_regions._add_post_towns``), and a post town's name the text gives a river
(``features._bare_feature_names``).

Sentences written for the rules; the near misses (a held name, a compass word before a
state, a water body's or a road's name) keep their reading."""

from __future__ import annotations

import csv
import re

import pytest

from dashboard.model import Mention
from dashboard.paths import data_dir
from dashboard.places.gazetteer import Gazetteer, load
from dashboard.places.geoparser import Geoparser

POST_TOWNS = data_dir() / "gazetteer" / "us_post_towns.csv"
_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load()


def named(gp: Geoparser, text: str, surface: str) -> list[Mention]:
    return [m for m in gp.parse(text) if m.text == surface]


@pytest.mark.parametrize(
    ("text", "surface", "state"),
    [
        ("A grass fire burned near Niobrara, Nebraska, on Sunday.", "Niobrara", "US-NE"),
        ("Boats left Elfin Cove and Juneau, Alaska, at dawn.", "Elfin Cove", "US-AK"),
        ("The clinic in Brevig Mission, Alaska, reopened.", "Brevig Mission", "US-AK"),
    ],
)
def test_a_post_town_the_text_backs_is_placed_in_its_state(
    geoparser: Geoparser, text: str, surface: str, state: str
) -> None:
    found = named(geoparser, text, surface)
    assert len(found) == 1
    assert found[0].place is not None
    assert found[0].place.admin1 == state
    assert found[0].place.geo_precision == 1


def test_a_post_towns_name_the_text_gives_a_river_is_the_river(geoparser: Geoparser) -> None:
    text = "Canoeists paddled the Niobrara River in Nebraska. The Niobrara rises in Wyoming."
    bare = named(geoparser, text, "Niobrara")
    assert len(bare) == 1
    assert bare[0].place is None
    assert "river" in bare[0].reason
    (river,) = named(geoparser, text, "Niobrara River")
    assert river.place is None  # the village's point is no point on the river


@pytest.mark.parametrize("name", ["Atlanta", "Paris", "Denver", "Oakland"])
def test_a_held_name_gains_no_post_town(gazetteer: Gazetteer, name: str) -> None:
    # Atlanta, New York has a post office; it must not become a namesake that moves the city
    assert gazetteer.lookup(name)
    assert not [p for p in gazetteer.lookup(name) if p.id.startswith("tn:us-")]


@pytest.mark.parametrize("name", ["Grand River", "Big Creek", "Red River", "State Road"])
def test_a_water_bodys_or_a_roads_name_is_no_post_town(gazetteer: Gazetteer, name: str) -> None:
    assert not [p for p in gazetteer.lookup(name) if p.id.startswith("tn:us-")]


def test_a_compass_word_before_a_state_stays_the_state(geoparser: Geoparser) -> None:
    # East Texas, Pennsylvania has a post office; "East Texas" in news is Texas's east
    found = named(geoparser, "Storms hit East Texas on Monday.", "Texas")
    assert [m.place.id for m in found if m.place is not None] == ["a1:US-TX"]


def test_a_post_town_near_a_river_named_otherwise_keeps_its_point(geoparser: Geoparser) -> None:
    text = "A grass fire burned near Niobrara, Nebraska, close to the Missouri River."
    (town,) = named(geoparser, text, "Niobrara")
    assert town.place is not None


def test_every_post_town_row_has_a_state_a_point_and_a_source() -> None:
    with POST_TOWNS.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 10_000
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert r["state"] in _STATES, r
        assert 18.0 <= float(r["lat"]) <= 72.0, r
        assert -180.0 <= float(r["lon"]) <= -65.0, r
        assert re.fullmatch(r"USPS city of ZIP \d{5}( \d{5})* \(zipcodes 3\.0\.0\)", r["source"]), r
