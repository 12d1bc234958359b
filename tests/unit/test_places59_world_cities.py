"""A national capital or an international body's seat outweighs a small namesake that only
the dateline's country backed (``places/world_cities``): under a WASHINGTON dateline,
"Geneva" is Switzerland's and "Vienna" Austria's, not towns of Illinois and Virginia.
Sentences written for the rule; the near misses keep the dateline country's town."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def _country(geoparser: Geoparser, text: str, name: str) -> str | None:
    found = [m for m in geoparser.parse(text) if m.text == name and m.place is not None]
    assert found, name
    return found[-1].place.country_code  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "country"),
    [("Geneva", "CH"), ("Vienna", "AT"), ("Paris", "FR"), ("Rome", "IT"), ("Moscow", "RU")],
)
def test_a_world_city_beats_a_small_town_of_the_dateline(
    geoparser: Geoparser, name: str, country: str
) -> None:
    text = f"WASHINGTON (AP) — The negotiators will meet again in {name} next week, officials said."
    assert _country(geoparser, text, name) == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the town's own state named: "X, Y"
        ("WASHINGTON (AP) — The fair opened in Paris, Texas, on Friday.", "Paris", "US"),
        ("WASHINGTON (AP) — Voters in Geneva, Illinois, went to the polls.", "Geneva", "US"),
        # a town near a dateline town that is no capital: a local desk's story
        ("ROCKFORD, Ill. (AP) — The council met in Geneva on Monday.", "Geneva", "US"),
        # a big city of the dateline's country (100,000 or more) keeps its reading
        (
            "WASHINGTON (AP) — The storm flooded streets in Birmingham on Friday.",
            "Birmingham",
            "US",
        ),
    ],
)
def test_a_town_the_text_backs_stays(
    geoparser: Geoparser, text: str, name: str, country: str
) -> None:
    assert _country(geoparser, text, name) == country


# stop 76: the dateline's own town, read by the document's main country alone


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("GENEVA — U.S. and Iranian envoys said on Sunday the U.S. plan was discussed.", "GENEVA"),
        (
            "GENEVA — U.S. and Iranian envoys met in Geneva on Sunday, U.S. officials said.",
            "Geneva",
        ),
    ],
)
def test_a_bare_dateline_names_the_world_city(geoparser: Geoparser, text: str, name: str) -> None:
    assert _country(geoparser, text, name) == "CH"


def test_a_dateline_with_its_state_keeps_its_town(geoparser: Geoparser) -> None:
    # near miss: "GENEVA, Ill." names the state (AP: a dateline outside the stand-alone list
    # carries its state)
    text = "GENEVA, Ill. (AP) — U.S. officials in Geneva said the suspect was arrested."
    assert _country(geoparser, text, "Geneva") == "US"
