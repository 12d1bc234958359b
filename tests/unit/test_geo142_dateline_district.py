"""geo142: under a dateline, a district or town name its country holds is that country's,
not a bigger foreign namesake's ("KINSHASA - ... the Gombe district": Kinshasa's commune,
not Nigeria's Gombe), unless the text names the other country. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract, where


def _country(geoparser: Geoparser, text: str, name: str) -> str | None:
    (code,) = {m.place.country_code for m in geoparser.parse(text) if m.text == name and m.place}
    return code


@pytest.mark.parametrize(
    "text",
    [
        "KINSHASA, May 3 (Reuters) - Police fired tear gas at protesters in the Gombe "
        "district on Saturday, witnesses said.",
        "KINSHASA, May 3 (Reuters) - Gunmen looted shops in Gombe on Saturday night, "
        "residents said.",
    ],
)
def test_the_dateline_country_holds_the_name(geoparser: Geoparser, text: str) -> None:
    assert _country(geoparser, text, "Gombe") == "CD"


def test_the_event_is_placed_in_the_dateline_country(geoparser: Geoparser) -> None:
    body = (
        "KINSHASA, May 3 (Reuters) - Police fired tear gas at protesters in the Gombe "
        "district on Saturday, witnesses said."
    )
    events = make_extract(geoparser)(body, pub="2025-05-03")
    assert [where(e)[1] for e in events if where(e)[0]] == ["CD"]


@pytest.mark.parametrize(
    "text",
    [
        # the text names the other namesake's country
        "NAIROBI, May 3 (Reuters) - Clashes broke out in the Gombe district of Nigeria, "
        "officials said.",
        "KINSHASA, May 3 (Reuters) - Herders clashed with farmers in Nigeria's Gombe "
        "district on Saturday, Nigerian police said.",
        # no dateline: the bigger town
        "Herders clashed with farmers in Gombe on Saturday. Police in Bauchi said six people died.",
    ],
)
def test_the_foreign_namesake_stays_where_the_text_names_it(
    geoparser: Geoparser, text: str
) -> None:
    assert _country(geoparser, text, "Gombe") == "NG"


def test_a_district_of_a_named_city_is_the_city_s(geoparser: Geoparser) -> None:
    text = "Police dispersed protesters in the Gombe district of Kinshasa on Saturday."
    assert _country(geoparser, text, "Gombe") == "CD"


def test_a_town_in_a_country_the_text_names_stays_beside_a_named_city(
    geoparser: Geoparser,
) -> None:
    text = (
        "Officials in Kinshasa said on Saturday that herders had clashed with farmers in "
        "Gombe, in Nigeria."
    )
    assert _country(geoparser, text, "Gombe") == "NG"
