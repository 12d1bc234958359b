"""newuser93's classes of lost or misread readings (issue 16), in our own sentences: a fire
through a ward, a unit or a market (EM-DAT miscellaneous accident), a strike named by its
trade before it, a deal inked or put pen to paper on (§057), a fast broken (no §142), and a
crowd gathered for a prayer (no §141)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date 2024-06-08\n{body}", path="t"))


def _codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "A blaze tore through the maternity ward of a district hospital in Multan on Friday.",
        "A fire broke out in the intensive care unit of a clinic in Bucharest on Friday.",
        "Flames swept through a crowded market in Lagos on Friday, destroying many stalls.",
        "A fire broke out in the children's ward of a hospital in Sylhet late on Friday.",
    ],
)
def test_a_fire_through_a_ward_or_market_is_an_accident(read: Read, sentence: str) -> None:
    assert _codes(read(sentence)) == ["DIS-ACCIDENT"]


def test_a_wildfire_stays_a_wildfire(read: Read) -> None:
    assert _codes(read("A wildfire swept through the hills above Athens on Friday.")) == [
        "DIS-FIRE"
    ]


def test_fire_at_a_unit_after_shelling_is_no_accident(read: Read) -> None:
    codes = _codes(read("Fire broke out at a military unit near the border after shelling."))
    assert "DIS-ACCIDENT" not in codes


@pytest.mark.parametrize(
    "sentence",
    [
        "A nationwide nurses' strike began in Nigeria on Friday.",
        "Clinics in Abuja sent patients home on Friday as a doctors' strike began.",
    ],
)
def test_a_strike_named_by_its_trade_is_a_strike(read: Read, sentence: str) -> None:
    assert "143" in _codes(read(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile and Peru inked an agreement on water sharing on Friday.",
        "The two governments put pen to paper on a trade accord in Lima on Friday.",
    ],
)
def test_an_inked_deal_is_signed(read: Read, sentence: str) -> None:
    assert "057" in _codes(read(sentence))


def test_a_broken_fast_is_no_hunger_strike(read: Read) -> None:
    codes = _codes(read("The jailed activist and her supporters broke their fast in Cairo."))
    assert "142" not in codes


def test_a_fast_begun_is_a_hunger_strike(read: Read) -> None:
    assert "142" in _codes(read("The activist began a fast outside parliament on Monday."))


def test_a_crowd_gathered_for_a_prayer_is_no_rally(read: Read) -> None:
    codes = _codes(read("The worshippers had gathered for a prayer service when the storm broke."))
    assert "141" not in codes


def test_a_crowd_gathered_for_a_rally_is_a_rally(read: Read) -> None:
    codes = _codes(read("Supporters gathered for a rally against the government in Accra."))
    assert "141" in codes
