"""US place names opening with a particle (De, Du, La, Le) answer to both spellings, apart
and closed up (``gazetteer._particle_forms``): the Census Bureau lists De Soto Parish beside
DeSoto County. Sentences written for these tests, with near misses that must not change."""

from __future__ import annotations

import pytest

from dashboard.model import Mention
from dashboard.places.gazetteer import _particle_forms
from dashboard.places.geoparser import Geoparser


def _named(gp: Geoparser, text: str, surface: str) -> Mention:
    hits = [m for m in gp.parse(text) if m.text == surface]
    assert hits, f"{surface!r} not found in {[m.text for m in gp.parse(text)]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "surface", "admin1", "lat", "lon"),
    [
        # the gazetteer spells it "De Soto Parish"; "DeSoto" alone is a Texas city
        (
            "Deputies from the DeSoto Parish sheriff's office searched the woods near Logansport.",
            "DeSoto Parish",
            "US-LA",
            32.1,
            -93.8,
        ),
        # the gazetteer spells Georgia's county "DeKalb County"
        (
            "Schools in De Kalb County, Georgia, reopened on Monday.",
            "De Kalb County",
            "US-GA",
            33.8,
            -84.3,
        ),
    ],
)
def test_a_county_in_the_other_spelling_is_the_county(
    geoparser: Geoparser, text: str, surface: str, admin1: str, lat: float, lon: float
) -> None:
    m = _named(geoparser, text, surface)
    assert m.place is not None
    assert (m.place.kind, m.place.admin1) == ("admin2", admin1)
    assert (m.place.lat, m.place.lon) == (pytest.approx(lat, abs=0.3), pytest.approx(lon, abs=0.3))


def test_a_place_abroad_gets_no_closed_up_form(geoparser: Geoparser) -> None:
    # near miss: the spelling variation is a US one; "LeMans" is not indexed for Le Mans
    assert not [m for m in geoparser.parse("The race at LeMans drew big crowds.") if m.place]


@pytest.mark.parametrize(
    ("names", "forms"),
    [
        (["De Soto Parish"], ["DeSoto Parish"]),
        (["LaSalle County"], ["La Salle County"]),
        (["Du Page"], ["DuPage"]),
        # near misses: a particle before a lowercase word, or none at all
        (["La crosse"], []),
        (["Delaware"], []),
        (["Lebanon"], []),
    ],
)
def test_particle_forms(names: list[str], forms: list[str]) -> None:
    assert _particle_forms(names) == forms
