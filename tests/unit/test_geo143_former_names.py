"""geo143: a former name (GeoNames lists "Salisbury" among Harare's names) does not beat a
living place of that name in a country the text names. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def _country(geoparser: Geoparser, text: str, name: str) -> str | None:
    (code,) = {m.place.country_code for m in geoparser.parse(text) if m.text == name and m.place}
    return code


@pytest.mark.parametrize(
    "text",
    [
        "LONDON, April 4 (Wire) - Detectives said the poisoning in Salisbury was carried out "
        "with a military nerve agent. Britain summoned the ambassador.",
        "Investigators returned to Salisbury on Monday, British officials said, as Britain "
        "and Russia traded accusations over the poisoning.",
    ],
)
def test_a_living_town_beats_a_former_name(geoparser: Geoparser, text: str) -> None:
    assert _country(geoparser, text, "Salisbury") == "GB"


def test_a_city_of_its_own_name_still_moves(geoparser: Geoparser) -> None:
    # a world city bearing the name as its own still outweighs a country named alone
    text = "US and Russian diplomats met in Geneva on Monday to discuss arms control."
    assert _country(geoparser, text, "Geneva") == "CH"
