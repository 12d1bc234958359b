"""places92: a landmark word after "a" or a feast's name names a kind of place ("a
Christmas market"), not one place; a named market keeps its reading. Sentences written for
these tests."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser


def _names(geoparser: Geoparser, text: str) -> list[str]:
    return [m.text for m in geoparser.parse(text) if m.place is not None]


def test_a_feast_market_is_no_place_name(geoparser: Geoparser) -> None:
    text = "Traders at the Easter market in Krakow said sales were slow this year."
    assert _names(geoparser, text) == ["Krakow"]


def test_an_indefinite_market_is_no_place_name(geoparser: Geoparser) -> None:
    text = "Police closed a Christmas market in Leipzig after a van hit a stall on Friday."
    assert _names(geoparser, text) == ["Leipzig"]


def test_a_named_market_keeps_its_town(geoparser: Geoparser) -> None:
    text = "Gunmen attacked Bakara market in Mogadishu on Friday."
    assert "Bakara market" in _names(geoparser, text)
