"""A Cyrillic name in an English page saved in a Cyrillic code page is read as Cyrillic, and
UTF-8 punctuation pasted into such a page stays punctuation; a short text in a language with
accented words is judged by whole words (newuser49b §11). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.articles.encoding import decode
from dashboard.articles.language import english

ENGLISH_WITH_NAME = "DONETSK - Troops shelled {} overnight, and two houses burned, officials said."


@pytest.mark.parametrize(
    ("name", "codec"),
    [("Новоселовка", "cp1251"), ("Покровськ", "cp1251"), ("Київ", "cp1251"), ("Торецк", "koi8_r")],
)
def test_a_cyrillic_name_in_an_english_page_is_read_as_cyrillic(name: str, codec: str) -> None:
    text = ENGLISH_WITH_NAME.format(name)
    got, flags = decode(text.encode(codec), "t.txt")
    assert got == text
    assert flags == ("decoded_legacy",)
    assert english(got)


@pytest.mark.parametrize(
    "text",
    [
        "LYON - La réunion fut créée pour Noël; Ségolène et Agnès étaient là.",
        "SEVILLA - Niño y señorita visitaron Cádiz y Málaga en otoño.",
        "MÜNCHEN - Größere Straßenfeste wurden in Nürnberg abgesagt.",
    ],
)
def test_western_accents_stay_windows_1252(text: str) -> None:
    assert decode(text.encode("cp1252"), "t.txt") == (text, ("decoded_cp1252",))


def test_utf8_punctuation_pasted_into_a_cyrillic_page_stays_punctuation() -> None:
    raw = "ОДЕСА".encode("cp1251") + "—“".encode() + " Вибухи пролунали вночі.".encode("cp1251")
    got, flags = decode(raw, "t.txt")
    assert got == "ОДЕСА—“ Вибухи пролунали вночі."
    assert flags == ("decoded_legacy",)


@pytest.mark.parametrize(
    "text",
    [
        "LILLE — Les gendarmes ont arrêté quatre hommes près de la gare mercredi, a précisé le préfet.",
        "PORTO — A polícia prendeu três homens perto da estação na quarta-feira, disse o porta-voz.",
        "NAPOLI — La polizia ha arrestato tre uomini vicino alla stazione mercoledì, è stato riferito.",
    ],
)
def test_a_short_text_with_accented_words_is_judged_by_whole_words(text: str) -> None:
    assert not english(text)


@pytest.mark.parametrize(
    "text",
    [
        "BOGOTÁ — Colombian troops killed ten ELN fighters in Arauca on Monday, the ministry said.",
        "SÃO PAULO — Police in São Paulo and Ribeirão Preto detained 12 men on Tuesday.",
        "PARIS — Protesters marched from the Place de la République to the Élysée on Monday.",
    ],
)
def test_a_short_english_text_with_accented_names_is_english(text: str) -> None:
    assert english(text)
