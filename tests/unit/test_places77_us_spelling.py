"""places77: a text that spells words the United States' way is set there.

A town abroad that won on size alone ("Paris", "Athens"), in a country the text names by no
other word, demonym or place, gives way to its namesake in the United States when the text
spells "center" or "neighborhood" as only the United States does (Britain and Canada write
"centre", "neighbourhood"; ``data/gazetteer/us_spellings.csv``). Sentences written for the
rule; the near misses (British spelling, the country named, a demonym, "epicenter") keep
their reading."""

from __future__ import annotations

import pytest

from dashboard.model import Mention
from dashboard.places.geoparser import Geoparser
from dashboard.places.us_context import us_spelling


def named(gp: Geoparser, text: str, surface: str) -> list[Mention]:
    return [m for m in gp.parse(text) if m.text == surface]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Paris volunteers will repaint the youth center on Saturday morning.", "Paris"),
        ("Athens neighborhood groups asked for a new stop sign on Elm.", "Athens"),
        ("The Alexandria Senior Center reopens after the flood repairs.", "Alexandria"),
    ],
)
def test_a_us_spelling_moves_a_namesake_abroad_won_on_size(
    geoparser: Geoparser, text: str, surface: str
) -> None:
    got = named(geoparser, text, surface)
    assert got
    assert all(m.place is not None for m in got)
    assert {m.place.country_code for m in got if m.place} == {"US"}
    assert all("the US way" in m.reason for m in got)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # the British and Canadian spelling: no sign
        ("Paris volunteers will repaint the youth centre on Saturday morning.", "Paris", "FR"),
        # the text names the country, or its people
        ("Paris, France, opened a new arts center on Monday.", "Paris", "FR"),
        ("French officials in Paris opened a new arts center.", "Paris", "FR"),
        # "epicenter" is not the word
        ("The quake's epicenter lay far from Athens, officials said.", "Athens", "GR"),
    ],
)
def test_near_misses_keep_the_place_abroad(
    geoparser: Geoparser, text: str, surface: str, country: str
) -> None:
    got = named(geoparser, text, surface)
    assert got
    assert {m.place.country_code for m in got if m.place} == {country}


def test_us_spelling_reads_whole_words() -> None:
    assert us_spelling("They met at the Civic Center.") == "Center"
    assert us_spelling("Two neighborhoods flooded.") == "neighborhoods"
    assert us_spelling("They met at the civic centre.") is None
    assert us_spelling("The epicenter moved.") is None
    assert us_spelling("The Centerville road.") is None
