"""Text in a legacy non-Latin code page is decoded in that code page, not as Windows-1252;
a text not in English is flagged, stored and said to be unread, never read into chance
events; header labels ("Title - …", "Subtitle: …") stay out of the title (newuser48 n20,
n21; newuser48b 15). Sentences written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard.articles.encoding import decode
from dashboard.articles.language import english
from dashboard.articles.reader import parse_article
from dashboard.cli import main

RUSSIAN = "МОСКВА — Полиция задержала в понедельник трёх человек у здания суда."
UKRAINIAN = "ЛЬВІВ — Поліція затримала у вівторок двох чоловіків біля вокзалу, повідомила влада."
ARABIC = "عمان — اعتقلت الشرطة ثلاثة رجال قرب السفارة يوم الثلاثاء، بحسب مسؤولين."
SPANISH = (
    "LIMA — La policía detuvo el martes a veinte estudiantes que protestaban frente al"
    " congreso contra la reforma de las pensiones, y los manifestantes denunciaron el uso de"
    " gases lacrimógenos por parte de los agentes, según varios testigos que hablaron con la"
    " prensa local durante la tarde."
)
ENGLISH = (
    "LIMA — Police detained 20 students who were protesting outside the congress on Tuesday"
    " against the pension reform, and the protesters said officers had used tear gas, according"
    " to several witnesses who spoke to local reporters in the afternoon."
)


@pytest.mark.parametrize(
    ("text", "codec"), [(RUSSIAN, "cp1251"), (UKRAINIAN, "cp1251"), (ARABIC, "cp1256")]
)
def test_a_non_latin_legacy_code_page_is_read_in_that_code_page(text: str, codec: str) -> None:
    got, flags = decode(text.encode(codec), "t.txt")
    assert got == text
    assert flags == ("decoded_legacy",)


def test_western_text_outside_utf8_is_still_windows_1252() -> None:
    text = "PARIS — Le café a rouvert; Müller et Nuñez étaient là, à l'été."
    assert decode(text.encode("cp1252"), "t.txt") == (text, ("decoded_cp1252",))


@pytest.mark.parametrize("text", [RUSSIAN, UKRAINIAN, ARABIC, SPANISH])
def test_text_in_another_language_is_not_english(text: str) -> None:
    assert not english(text)


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        "Quake hits Tonga; tsunami warning lifted.",  # too short to judge
        # a Cyrillic name quoted in English text
        "KYIV — Officials in Kharkiv (Харків) said the shelling had stopped by Tuesday night.",
        # a list with no function word, under the words needed to judge a Latin text
        "Killed: Ivan Petrenko, Kharkiv; Olena Shevchenko, Izium; Mykola Bondar, Chuhuiv;"
        " Petro Koval, Kupiansk; Anna Melnyk, Lozova; Oleh Tkachenko, Balakliia.",
    ],
)
def test_english_and_undecidable_texts_are_read(text: str) -> None:
    assert english(text)


def test_a_text_not_in_english_is_flagged_and_english_is_not() -> None:
    assert "not_english" in parse_article(f"date 2025-03-11\n\n{SPANISH}\n", path="t").flags
    assert "not_english" not in parse_article(f"date 2025-03-11\n\n{ENGLISH}\n", path="t").flags


def test_ingest_stores_a_foreign_text_unread_and_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "ru.txt"
    f.write_bytes(f"date 2025-03-11\n\n{RUSSIAN}\n".encode("cp1251"))
    main(["ingest", str(f), "--db", str(tmp_path / "s.db"), "--jobs", "1"])
    out = capsys.readouterr().out
    assert "not in English, so not analysed" in out
    assert "legacy code page" in out
    assert "0 event(s), 0 place mention(s)" in out


def test_events_command_says_a_foreign_text_was_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "es.txt"
    f.write_text(f"date 2025-03-11\n\n{SPANISH}\n", encoding="utf-8")
    main(["events", str(f)])
    got = capsys.readouterr()
    assert got.out == ""
    assert "not in English, so not analysed" in got.err


BODY = "LIMA — Police detained 20 students outside the congress on Tuesday."


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014"])
def test_a_dash_title_label_is_the_form_s(dash: str) -> None:
    a = parse_article(f"Title {dash} Students held in Lima\nDate: 2025-03-12\n\n{BODY}\n", path="t")
    assert a.title == "Students held in Lima"


def test_a_hyphenated_headline_keeps_its_words() -> None:
    a = parse_article(f"Title-holder loses in Lima\nDate: 2025-03-12\n\n{BODY}\n", path="t")
    assert a.title == "Title-holder loses in Lima"


def test_a_subtitle_first_is_text_and_never_the_title() -> None:
    a = parse_article(f"Subtitle: More arrests expected\nDate: 2025-03-12\n\n{BODY}\n", path="t")
    assert a.title == "Police detained 20 students outside the congress on Tuesday."
    assert a.published == date(2025, 3, 12)
    assert a.text.startswith("More arrests expected")


def test_a_subtitle_under_the_title_loses_its_label() -> None:
    a = parse_article(
        f"Title: Students held in Lima\nStandfirst: More arrests expected\nDate: 2025-03-12\n\n"
        f"{BODY}\n",
        path="t",
    )
    assert a.title == "Students held in Lima"
    assert a.text.startswith("More arrests expected")
    assert "Standfirst" not in a.text


@pytest.mark.parametrize(
    "text",
    [
        "GAO — Les rebelles ont attaqué la ville de Gao mardi, selon des sources locales.",
        "QUITO — La policía detuvo a 12 personas en el centro de la capital el martes.",
        "BERLIN — Die Polizei hat am Dienstag in der Stadt zwei Männer und eine Frau festgenommen.",
    ],
)
def test_a_short_text_in_another_language_is_not_english(text: str) -> None:
    assert not english(text)


@pytest.mark.parametrize(
    "text",
    [
        "LA PAZ — Police in La Paz detained 12 miners on Tuesday, officials said.",
        "MEXICO CITY — Gunmen attacked a bar in San Luis de la Paz on Tuesday.",
        "RIO DE JANEIRO — Police raided the Cidade de Deus favela on Tuesday.",
    ],
)
def test_a_short_english_text_with_foreign_names_is_english(text: str) -> None:
    assert english(text)
