"""Geoparser rules of issue 13's resolution pass, each on a sentence written for it: the
town a type word asks for, capitals over divisions of their name, "-shi" names, a country
over a foreign division of its name, possessed quarters, spelling variants of smaller towns,
small towns of the dateline's country, and a dateline read by its own name."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def placed(
    geoparser: Geoparser, text: str, span: str
) -> list[tuple[str, str | None, float, float]]:
    """(kind, ISO2, lat, lon) of each mention of ``span`` in ``text`` that has a point."""
    return [
        (m.place.kind, m.place.country_code, m.place.lat or 0.0, m.place.lon or 0.0)
        for m in geoparser.parse(text)
        if m.text == span and m.place is not None
    ]


def near(got: tuple[str, str | None, float, float], lat: float, lon: float) -> bool:
    return abs(got[2] - lat) < 1.0 and abs(got[3] - lon) < 1.0


@pytest.mark.parametrize(
    ("text", "span", "country", "lat", "lon"),
    [
        # a type word before the name asks for the town, not the state or province of its name
        ("The vote was held in the city of Guanajuato.", "Guanajuato", "MX", 21.0, -101.3),
        ("Students marched in the town of Idlib.", "Idlib", "SY", 35.9, 36.6),
    ],
)
def test_the_city_of_a_division_name_is_the_town(
    geoparser: Geoparser, text: str, span: str, country: str, lat: float, lon: float
) -> None:
    found = placed(geoparser, text, span)
    assert [(k, cc) for k, cc, _, _ in found] == [("city", country)]
    assert near(found[0], lat, lon)


def test_only_the_type_word_makes_a_division_name_the_town(geoparser: Geoparser) -> None:
    bare = placed(geoparser, "Floods hit Guanajuato on Monday.", "Guanajuato")
    typed = placed(geoparser, "Floods hit the city of Guanajuato on Monday.", "Guanajuato")
    assert [(k, cc) for k, cc, _, _ in bare + typed] == [("admin1", "MX"), ("city", "MX")]


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [("Gaborone", "BW", -24.65, 25.91), ("Paramaribo", "SR", 5.87, -55.17)],
)
def test_a_capital_beats_the_division_named_after_it(
    geoparser: Geoparser, name: str, country: str, lat: float, lon: float
) -> None:
    found = placed(geoparser, f"Envoys gathered in {name} for the talks.", name)
    assert [(k, cc) for k, cc, _, _ in found] == [("city", country)]
    assert near(found[0], lat, lon)


def test_a_japanese_shi_name_is_the_towns_own(geoparser: Geoparser) -> None:
    # GeoNames writes the town "Nara-shi"; "Nara" is its own name, not only the prefecture's
    found = placed(geoparser, "Deer roam the streets of Nara.", "Nara")
    assert [(k, cc) for k, cc, _, _ in found] == [("city", "JP")]
    assert near(found[0], 34.69, 135.80)


def test_a_country_beats_a_foreign_province_of_its_name(geoparser: Geoparser) -> None:
    text = "BRUSSELS (Wire) — The European Court of Justice in Luxembourg ruled on Tuesday."
    found = placed(geoparser, text, "Luxembourg")
    assert [(k, cc) for k, cc, _, _ in found] == [("country", "LU")]


def test_a_possessed_chinatown_is_in_its_city(geoparser: Geoparser) -> None:
    found = placed(geoparser, "Fires swept through Bangkok's Chinatown on Sunday.", "Chinatown")
    assert [cc for _, cc, _, _ in found] == ["TH"]
    assert near(found[0], 13.75, 100.5)


def test_a_peoples_adjective_before_states_is_no_town(geoparser: Geoparser) -> None:
    text = "Egypt was among the first Arab states to sign a treaty with Israel."
    assert placed(geoparser, text, "Arab") == []


def test_matsu_is_taiwans_islands(geoparser: Geoparser) -> None:
    text = "Ferries to Matsu were cancelled as the typhoon neared Taiwan."
    found = placed(geoparser, text, "Matsu")
    assert [cc for _, cc, _, _ in found] == ["TW"]
    assert near(found[0], 26.16, 119.95)


def test_a_smaller_towns_spelling_without_h_is_found(geoparser: Geoparser) -> None:
    # GeoNames' Zuwārah (34,000 people) lists "Zuwara" among its alternates
    found = placed(geoparser, "A boat sank off Zuwara on Friday.", "Zuwara")
    assert [(k, cc) for k, cc, _, _ in found] == [("city", "LY")]
    assert near(found[0], 32.93, 12.08)


def test_a_small_town_in_the_dateline_country_is_placed(geoparser: Geoparser) -> None:
    body = "Police dispersed a crowd in Rumuruti on Tuesday."
    found = placed(geoparser, f"NAIROBI (Wire) — {body}", "Rumuruti")
    assert [(k, cc) for k, cc, _, _ in found] == [("city", "KE")]
    assert near(found[0], 0.27, 36.54)
    # without a dateline the same sentence backs no town of 13,000 people
    assert placed(geoparser, body, "Rumuruti") == []


def test_a_dateline_is_read_by_its_own_name(geoparser: Geoparser) -> None:
    # GeoNames lists "Islamabad" among Chattogram's alternates; the dateline is Pakistan's
    found = placed(geoparser, "ISLAMABAD (Wire) — Talks resumed on Monday.", "ISLAMABAD")
    assert [(k, cc) for k, cc, _, _ in found] == [("city", "PK")]
    assert near(found[0], 33.72, 73.04)


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_name_ending_after_an_apostrophe_is_found(geoparser: Geoparser, apostrophe: str) -> None:
    # GeoNames writes Tonga's capital with a turned comma; news types either apostrophe
    name = f"Nuku{apostrophe}alofa"
    found = placed(geoparser, f"Ash fell on {name} after the volcano erupted.", name)
    assert [(k, cc) for k, cc, _, _ in found] == [("city", "TO")]
    assert near(found[0], -21.14, -175.2)


def test_a_clitic_after_an_apostrophe_joins_no_name(geoparser: Geoparser) -> None:
    # "'s" and "'ll" are English clitics, never a name's tail
    found = [m.text for m in geoparser.parse("Nuku'alofa's harbour reopened; Paris'll wait.")]
    assert found == ["Nuku'alofa", "Paris"]
