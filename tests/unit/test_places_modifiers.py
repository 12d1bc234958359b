"""A word English uses only as an adjective or adverb is no one's first name
(recognise_filters.modifier_only): "United Georgia" inside a party's name does not make every other
"Georgia" of the text a person's. Sentences written for these tests, with near misses."""

from __future__ import annotations

import pytest

from dashboard.model import Mention
from dashboard.places.gazetteer import distance_km
from dashboard.places.geoparser import Geoparser
from dashboard.places.recognise_filters import modifier_only


def mentions(gp: Geoparser, text: str, surface: str) -> list[Mention]:
    return [m for m in gp.parse(text) if m.text == surface]


@pytest.mark.parametrize(
    ("text", "start", "lat", "lon"),
    [
        # the party's name holds "United Georgia"; the later "Georgia's" is the country
        (
            "The Movement for United Georgia party said nine activists were held. "
            "Since Georgia's defeat by Russia, pressure grew.",
            "Georgia's",
            42.0,
            43.5,
        ),
        # "Democratic Ohio" opens a club's name; the later "Ohio" is the state
        (
            "The Democratic Ohio Club met downtown. The rain will reach Ohio farmers this week.",
            "Ohio farmers",
            40.3,
            -82.8,
        ),
    ],
)
def test_a_modifier_before_a_name_makes_no_person_of_it(
    geoparser: Geoparser, text: str, start: str, lat: float, lon: float
) -> None:
    at = text.index(start)
    found = [m for m in geoparser.parse(text) if m.start == at]
    assert found, [m.text for m in geoparser.parse(text)]
    p = found[0].place
    assert p is not None
    assert p.lat is not None
    assert p.lon is not None
    assert distance_km(p.lat, p.lon, lat, lon) < 200


def test_the_name_inside_the_party_name_stays_unmarked(geoparser: Geoparser) -> None:
    text = "The Movement for United Georgia party said nine activists were held."
    assert not mentions(geoparser, text, "Georgia")


def test_a_first_name_that_is_also_a_noun_still_makes_a_person(geoparser: Geoparser) -> None:
    # near miss: "Mark" is a noun as well as a first name: Mark Kent is a person, and so is
    # the later bare "Kent"
    text = "Mark Kent said the vote was close. Later, Kent thanked the voters."
    assert not mentions(geoparser, text, "Kent")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("united", True),
        ("democratic", True),
        ("historic", True),
        ("distinctly", True),
        ("mark", False),
        ("rose", False),
        ("frank", False),
        ("rob", False),
        ("sue", False),
        ("barack", False),
    ],
)
def test_modifier_only_reads_the_lexicon(word: str, expected: bool) -> None:
    assert modifier_only(word) is expected
