"""Geoparser rules of stop 36 (geo10), each on sentences written for it: a text set in the
United States (US government words, its other places all there, or dollars and no place
outside North America) moves a town or country abroad chosen on size alone to its US
namesake; "Coast Guard" names a service, not Tanzania's Coast region."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def where(geoparser: Geoparser, text: str, span: str) -> list[tuple[str, str | None, float, float]]:
    """(kind, ISO2, lat, lon) of each mention of ``span`` in ``text`` that has a point."""
    return [
        (m.place.kind, m.place.country_code, m.place.lat, m.place.lon)
        for m in geoparser.parse(text)
        if m.text == span and m.place is not None and m.place.lat is not None
    ]


def test_georgia_is_the_state_in_a_text_of_us_government(geoparser: Geoparser) -> None:
    text = (
        "The state legislature will sit in Georgia's capital next month, and the county "
        "sheriff's office has asked for more deputies."
    )
    found = where(geoparser, text, "Georgia")
    assert [(k, c) for k, c, _, _ in found] == [("admin1", "US")]
    assert abs(found[0][2] - 32.3) < 2
    assert abs(found[0][3] + 83.1) < 2
    # near miss: world news with no such words keeps the country
    text = "Talks on the pipeline resumed in Georgia's capital after the war with Russia."
    assert [(k, c) for k, c, _, _ in where(geoparser, text, "Georgia")] == [("country", "GE")]


def test_a_town_abroad_yields_to_its_us_namesake_under_us_words(geoparser: Geoparser) -> None:
    text = (
        "Paris police and sheriff's deputies closed the square on Friday after a gas leak, "
        "the district attorney said."
    )
    found = where(geoparser, text, "Paris")
    assert [c for _, c, _, _ in found] == ["US"]
    # near miss: the text names France by a demonym, so Paris stays French
    text = "French police closed a square in Paris, and the district attorney in Ohio said so."
    assert [c for _, c, _, _ in where(geoparser, text, "Paris")] == ["FR"]


@pytest.mark.parametrize(
    ("text", "span", "cc"),
    [
        # its other places all lie in one US state: the Berlin beside them
        (
            "Firefighters from Hartford and Waterbury helped put out the fire in Berlin.",
            "Berlin",
            "US",
        ),
        # dollars, and no place outside North America
        (
            "Mansfield approved a $2 million budget for new parks on Monday night.",
            "Mansfield",
            "US",
        ),
    ],
)
def test_the_text_sets_the_country_of_a_namesake(
    geoparser: Geoparser, text: str, span: str, cc: str
) -> None:
    assert {c for _, c, _, _ in where(geoparser, text, span)} == {cc}
    # near misses: the text names another place of the country abroad, or a place outside
    # North America, and the namesake stays abroad
    text = "Mansfield and Nottingham raised $2 million for the hospital."
    assert {c for _, c, _, _ in where(geoparser, text, "Mansfield")} == {"GB"}
    text = "Investors in Athens and Cairo lost $3 billion when the market fell."
    assert {c for _, c, _, _ in where(geoparser, text, "Athens")} == {"GR"}


@pytest.mark.parametrize(
    "text",
    [
        "The Coast Guard pulled two fishermen from the water on Tuesday.",
        "Coast guard crews searched the bay through the night.",
        "A Coast Guard cutter escorted the tanker.",
    ],
)
def test_coast_guard_is_no_place(geoparser: Geoparser, text: str) -> None:
    assert where(geoparser, text, "Coast") == []
    # near miss: "Coast" with its type word is still Tanzania's region
    text = "Floods cut roads in the Coast region of Tanzania."
    assert [(k, c) for k, c, _, _ in where(geoparser, text, "Coast region")] == [("admin1", "TZ")]


def test_a_us_states_capital_by_possessive(geoparser: Geoparser) -> None:
    # "Georgia's capital" in a text of US government is Atlanta, not Tbilisi
    text = "The state legislature voted to close Georgia's capital to trucks, the sheriff's office said."
    capitals = [m for m in geoparser.analyse(text).mentions if m.text == "capital"]
    assert [(m.place.name, m.place.admin1) for m in capitals if m.place] == [("Atlanta", "US-GA")]
    # near miss: the country's capital where the text is about the country
    text = "Protesters filled the streets of Georgia's capital as Russia's troops massed."
    capitals = [m for m in geoparser.analyse(text).mentions if m.text == "capital"]
    assert [(m.place.name, m.place.country_code) for m in capitals if m.place] == [
        ("Tbilisi", "GE")
    ]
