"""Titles and place-name abbreviations with a dot end no sentence ("Sen. Ann Reyes",
"Brig. Gen.", "Mt. Vernon"), in the regex and in the C reader alike, and the words are data
with a source on each row (``data/lexicon/abbreviations.csv``). Sentences written for these
tests."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.paths import data_dir
from dashboard.places.geoparser import Geoparser
from dashboard.places.names import sentences
from dashboard.places.runs import sentences_c

ONE_SENTENCE = [
    "Sen. Ann Reyes said the bill would pass.",
    "Rep. Tom Hale and Gov. Rita Moore toured the levee.",
    "Brig. Gen. Omar Said led the convoy.",
    "Maj. Gen. Ivan Petrov and Capt. Lena Ortiz inspected the base.",
    "Adm. Kofi Mensah and Cmdr. Joe Park boarded the frigate.",
    "Lt. Col. Sara Nunez and Sgt. Maj. Dale Cruz spoke.",
    "Cpl. Amy Chen and Pvt. Ray Lopez were wounded.",
    "Prof. Ines Duarte and the Rev. Paul Okafor signed the letter.",
    "The fire spread toward Mt. Vernon overnight.",
    "Troops left Ft. Bragg on Monday.",
    'He was called "Gen." Reyes by the crowd.',
]


@pytest.mark.parametrize("text", ONE_SENTENCE)
def test_an_abbreviated_title_or_place_word_ends_no_sentence(text: str) -> None:
    assert [text[s:e] for s, e in sentences(text)] == [text]


@pytest.mark.parametrize("text", ONE_SENTENCE)
def test_the_c_reader_agrees(text: str) -> None:
    if sentences_c is None:
        pytest.skip("the C extension is not built")
    assert sentences_c(text) == list(sentences(text))


@pytest.mark.parametrize(
    "text",
    [
        # a name that ends like a title, and a title's word spelled out, end a sentence
        "The bill was sent to Rep Smith. Markets rose.",
        "She thanked the general. Troops left.",
    ],
)
def test_a_sentence_still_ends_after_other_words(text: str) -> None:
    assert len(list(sentences(text))) == 2
    if sentences_c is not None:
        assert sentences_c(text) == list(sentences(text))


def test_every_abbreviation_has_a_kind_and_a_source() -> None:
    path = data_dir() / "lexicon" / "abbreviations.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    for row in rows:
        assert row["abbreviation"].isascii(), row
        assert row["abbreviation"].isalpha(), row
        assert row["kind"] in {"title", "place", "month", "other"}, row
        assert row["source"].strip(), row


def test_a_general_s_words_reach_the_act_they_tell(geoparser: Geoparser) -> None:
    # the title cut from its sentence left "Gen. Omar Said said …" and a lone "Brig."
    body = "Brig. Gen. Omar Said said Russian forces shelled Kherson on Tuesday."
    article = parse_article(f"date {date(2025, 3, 5)}\n{body}", path="t")
    events = EventExtractor(geoparser).extract(article)
    assert [[ev.text for ev in e.evidence] for e in events] == [[body]]
