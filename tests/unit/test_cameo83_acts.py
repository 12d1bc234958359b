"""newuser87's and newuser86's classes of missed or wrong event readings, in our own
sentences: a structure's partial collapse and a heat toll read as no hazard, a measure a
speaker will respond to read as the speaker's own, a summit's text signed off or agreed read
as a statement, a crowd driven back with water cannon read as the protest alone; and a
prison escape, which no CAMEO code or hazard type holds, kept without a card."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def codes(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body: [
        e.event_code or e.event_type.code
        for e in extractor.extract(parse_article(f"date 2025-03-12\n{body}", path="t"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Part of a road bridge across the Vltava in the Czech city of Prague collapsed "
        "overnight. Nobody was injured.",
        "A bridge over the Danube near Linz collapsed early on Thursday.",
        "A 40-metre span of the Kettlebrook Viaduct plunged into the Ohre on Tuesday night.",
    ],
)
def test_a_structure_that_partly_collapsed_is_an_accident(codes, text: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(text) == ["DIS-ACCIDENT"]


@pytest.mark.parametrize(
    "text",
    [
        "Negotiations over the new bridge collapsed on Monday.",
        "Part of the old city fell into the Taliban's hands.",
    ],
)
def test_near_miss_talks_and_a_capture_are_no_collapse(codes, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "DIS-ACCIDENT" not in codes(text)


def test_near_miss_a_bridge_felled_in_a_typhoon_stays_the_typhoon(codes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A bridge over the Red River in Lao Cai province collapsed on Monday as the toll from "
        "Typhoon Kajiki, which struck on Saturday, rose to 30."
    )
    assert codes(text) == ["DIS-STORM"]


@pytest.mark.parametrize(
    "text",
    [
        "More than 300 farm workers died in southern Spain this week from heat-related "
        "illness as temperatures reached 46C.",
        "At least 90 people have died in extreme heat across Karachi since Saturday.",
    ],
)
def test_a_heat_toll_is_extreme_temperature(codes, text: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(text) == ["DIS-HEAT"]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people die of heatstroke every year in the region.",
        "The soldier died in the heat of battle.",
    ],
)
def test_near_miss_a_yearly_rate_and_a_figure_are_no_heatwave(codes, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "DIS-HEAT" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said it would respond to the new British sanctions.",
        "Tehran said on Monday it would react to the latest round of EU sanctions.",
    ],
)
def test_sanctions_a_state_will_respond_to_are_a_threat(codes, text: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(text) == ["130"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Paris said it would respond to the expulsion of two French diplomats.", "130"),
        ("Britain imposed new sanctions on Moscow on Monday.", "163"),
    ],
)
def test_near_miss_a_response_and_a_sanction_keep_their_codes(codes, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(text) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers signed off late on Friday on a ten-page closing statement in Lisbon.",
        "ASEAN foreign ministers agreed a joint communique in Vientiane on Thursday.",
    ],
)
def test_a_summit_text_signed_off_or_agreed_is_a_signing(codes, text: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(text) == ["057"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The leaders agreed to study the joint statement before the next summit.", "030"),
        # read before (the plain "sign * @AGREEMENT" row); it must stay one signing
        ("Mercosur leaders signed off on a joint declaration in Montevideo on Saturday.", "057"),
        ("Hungary said it opposes the declaration adopted on Sunday by the summit.", "125"),
    ],
)
def test_near_miss_a_text_studied_opposed_or_plainly_signed(codes, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(text) == [code]


def test_a_crowd_driven_back_with_water_cannon_is_repressed(codes) -> None:  # type: ignore[no-untyped-def]
    text = "Riot police drove the demonstrators back with water cannon in Yerevan on Sunday."
    assert codes(text) == ["175"]


@pytest.mark.parametrize(
    "text",
    [
        "More than 200 inmates escaped from the central prison in Lilongwe on Tuesday.",
        "Police were still searching for dozens of prisoners who fled a jail near Kano.",
    ],
)
def test_near_miss_a_prison_escape_gets_no_card(codes, text: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(text) == []
