"""What a common noun beside a name says it is (``places/kind_cues``): a settlement word after
it ("in X village") keeps only its populated places (GeoNames class P) of a country the story
names or files from, and an organisation head before it ("the carmaker X") makes it a firm's
name. Sentences written for the rules; the near misses keep their places."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def _places(geoparser: Geoparser, text: str) -> dict[str, tuple[str, str] | None]:
    """Each found name -> (kind, ISO2) of its place, None when unresolved."""
    return {
        m.text: ((m.place.kind, m.place.country_code) if m.place else None)
        for m in geoparser.parse(text)
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "TOKYO (AP) — Shares rose after the automaker Toyota raised its forecast on Monday.",
            "Toyota",
        ),
        (
            "TOKYO (AP) — The carmaker Toyota said on Monday it would build a plant abroad.",
            "Toyota",
        ),
    ],
)
def test_a_name_after_an_organisation_head_is_no_town(
    geoparser: Geoparser, text: str, name: str
) -> None:
    assert name not in _places(geoparser, text)


def test_a_town_after_in_keeps_its_place_near_an_organisation_word(geoparser: Geoparser) -> None:
    text = "TOKYO (AP) — The company said workers at a plant in Toyota went on strike on Monday."
    assert _places(geoparser, text)["Toyota"] == ("city", "JP")


def test_a_village_named_after_an_abroad_division_is_not_that_division(
    geoparser: Geoparser,
) -> None:
    text = "LAGOS, Nigeria (AP) — Gunmen raided homes in Kerala village on Monday, police said."
    assert _places(geoparser, text).get("Kerala") is None


def test_a_village_in_a_named_country_is_its_town(geoparser: Geoparser) -> None:
    text = "KABUL, Afghanistan (AP) — A bomb exploded in Paro village, Bhutan, on Monday."
    assert _places(geoparser, text)["Paro"] == ("city", "BT")


@pytest.mark.parametrize(
    "text",
    [
        # a premodifier: a village in Kerala, a town hall in Ohio
        "NEW DELHI (AP) — Floods swept a Kerala village on Monday, officials said.",
        "NEW DELHI (AP) — Floods swept through Kerala on Monday, officials said.",
        "COLUMBUS, Ohio (AP) — Protesters filled a town hall meeting in Ohio on Monday.",
    ],
)
def test_a_division_before_a_settlement_word_as_modifier_stays(
    geoparser: Geoparser, text: str
) -> None:
    kinds = {v for v in _places(geoparser, text).values() if v and v[0] == "admin1"}
    assert kinds


def test_a_county_before_a_settlement_word_stays_the_county(geoparser: Geoparser) -> None:
    text = "Our paper covered local Harlan County town football for years."
    assert _places(geoparser, text).get("Harlan County") is not None
