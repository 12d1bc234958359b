"""A reading fault behind issue 16's split reports (hap63): a town written with Arabic's
article in lowercase ("air strikes on al-Qaim") was not read as a place, as the recogniser
reads names only in runs of capitalised words; a report naming only that town then had no
place and met none of its twins. Romanised Arabic writes the article lowercase and hyphened
inside running text (ALA-LC Romanization Tables, Arabic), so it is read as the name's head.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.arabic_article import capitalised_articles
from dashboard.places.geoparser import Geoparser


def _places(geoparser: Geoparser, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.place.name) for m in geoparser.parse(text) if m.place is not None]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Officials said drones had struck a depot in al-Qaim before dawn.", "al-Qaim", "IQ"),
        ("Shelling around el-Obeid went on through the night, residents said.", "el-Obeid", "SD"),
        ("Fresh fighting broke out near al-Mayadeen on Thursday.", "al-Mayadeen", "SY"),
    ],
)
def test_a_town_after_a_lowercase_article_is_read_whole(
    geoparser: Geoparser, text: str, surface: str, country: str
) -> None:
    found = [m for m in geoparser.parse(text) if m.place is not None]
    assert [m.text for m in found] == [surface]
    assert found[0].place is not None
    assert found[0].place.country_code == country


def test_two_towns_listed_with_lowercase_articles_are_both_read(geoparser: Geoparser) -> None:
    found = _places(geoparser, "The raids hit al-Qaim and al-Mayadeen overnight.")
    assert [surface for surface, _ in found] == ["al-Qaim", "al-Mayadeen"]


@pytest.mark.parametrize(
    "text",
    [
        # after a capitalised word the article goes on from a person's or a longer name
        "Bashar al-Assad addressed the cabinet on Monday.",
        # after "of" a name "and": a group's name ends in it ("al-Sham" is the Levant)
        "A statement from the Islamic State of Iraq and al-Sham was read out.",
        # a capitalised word and "of" before it: the group's name again
        "Fighters of the Army of al-Islam withdrew from the suburb.",
    ],
)
def test_an_article_inside_a_longer_name_is_left(geoparser: Geoparser, text: str) -> None:
    assert capitalised_articles(text) == text
    assert not [surface for surface, _ in _places(geoparser, text) if "al-" in surface]


def test_a_possessive_before_the_article_does_not_join_it() -> None:
    text = "Iraq's al-Qaim lies on the Euphrates."
    assert capitalised_articles(text) == "Iraq's Al-Qaim lies on the Euphrates."


def test_offsets_hold_and_a_text_without_the_article_is_the_same_object() -> None:
    text = "Convoys left al-Qaim at noon."
    assert len(capitalised_articles(text)) == len(text)
    plain = "Convoys left Baghdad at noon."
    assert capitalised_articles(plain) is plain
