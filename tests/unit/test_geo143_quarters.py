"""geo143: a city quarter's common name ("the Chinatown district", "the Old Town") is a
quarter of the story's city, not a far namesake (an Italian division named after a town, a
Las Vegas alias). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def _country(geoparser: Geoparser, text: str, name: str) -> str | None:
    codes = {m.place.country_code for m in geoparser.parse(text) if m.text == name and m.place}
    assert len(codes) <= 1
    return next(iter(codes), None)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "PORT MORESBY, Aug 3 (Wire) - Riot police fired tear gas at looters in the "
            "Chinatown district on Friday, and shops burned until dawn.",
            "Chinatown",
            "PG",
        ),
        # a text of several countries: which city's quarter is unknown, so no place,
        # never the Italian division named after a town
        (
            "PORT MORESBY, Aug 3 (Wire) - Riot police fired tear gas at looters in the "
            "Chinatown district on Friday. Australian troops flew in to help, China urged "
            "calm and Japan sent aid.",
            "Chinatown",
            None,
        ),
        (
            "WARSAW, Aug 3 (Wire) - Thousands of people marched through the Old Town on "
            "Saturday, and police in Poland's capital made no arrests.",
            "Old Town",
            "PL",
        ),
    ],
)
def test_a_quarter_takes_the_story_city(
    geoparser: Geoparser, text: str, name: str, code: str | None
) -> None:
    assert _country(geoparser, text, name) == code


def test_a_town_of_that_name_in_the_text_country_stays(geoparser: Geoparser) -> None:
    text = (
        "BANGOR, Maine (Wire) - Fire crews fought a blaze at a paper mill in Old Town on "
        "Sunday, officials said."
    )
    assert _country(geoparser, text, "Old Town") == "US"
