"""A national capital stands alone in a dateline (AP Stylebook, "datelines": a US town of the
name carries its state), so a country named in the story does not move it: "MOSCOW - …
American journalist …" was filed from Moscow, Idaho (newuser16). Every text was written for
these tests."""

from __future__ import annotations

from datetime import date

from dashboard.places.geoparser import Geoparser


def _dateline(geoparser: Geoparser, text: str) -> str | None:
    a = geoparser.analyse(text, date(2025, 3, 4))
    return a.dateline.place.country_code if a.dateline and a.dateline.place else None


def test_a_capital_dateline_keeps_its_country(geoparser: Geoparser) -> None:
    text = "MOSCOW - A court on Thursday ordered an American reporter held for two months."
    assert _dateline(geoparser, text) == "RU"


def test_near_miss_a_dateline_with_its_state_is_the_us_town(geoparser: Geoparser) -> None:
    text = "MOSCOW, Idaho - Police on Thursday charged a man over a shooting near the campus."
    assert _dateline(geoparser, text) == "US"


def test_near_miss_a_non_capital_dateline_follows_the_country_named(geoparser: Geoparser) -> None:
    text = "VALENCIA - Floods swept through towns in eastern Spain on Tuesday."
    assert _dateline(geoparser, text) == "ES"


def test_near_miss_a_dateline_naming_its_country_is_that_country_s(geoparser: Geoparser) -> None:
    text = "TRIPOLI, Lebanon - A bomb exploded in a market on Friday, a Libyan trader said."
    assert _dateline(geoparser, text) == "LB"
