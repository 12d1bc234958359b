"""Names that hold a weekday, a month or a holiday but name no time of the story.

Newspapers ("The Sunday Times"), days of history ("Bloody Sunday", "Black Monday"),
broadcasts ("Monday Night Football") and movements named by a date ("the March 14
Alliance"): read as dates they put a confident wrong day on a card (the latest Sunday, the
14th of March of the story's year), so ``find_dates`` reads no date inside them. The names
are data, matched as written (capitals included), with a source per row:
``data/lexicon/date_names.csv``.

A month (with or without its day) directly before a capitalised head of a name ("the October
Revolution", "the July 26 Movement", "the 6th of October Bridge", "the September 11
Commission") is inside that name too, whether or not the name is listed: a capital
marks a proper noun (Chicago Manual of Style, 17th ed., 8.1), and the day it holds is the
name's history. The heads are data with a source each: ``data/lexicon/date_name_heads.csv``.
Weekdays are left out: "on Tuesday Group of Seven ministers met" is a weekday before a name.

A season capitalised inside a sentence ("the Summer Palace", "the Winter Olympics", "the
Fall of Kabul", "visited the Winter Palace") is a name too: news style lowercases the
seasons unless they are part of a formal name (AP Stylebook, "seasons"; Chicago Manual of
Style, 17th ed., 8.87), so read as a season it dates the story to a summer it never names.
A year after it ("Summer 2024", "the Summer of 1995") keeps it a date, a year before it
is read as before ("the 2014 Winter Olympics": the year 2014), and a line in title case (a
headline capitalises every word) is left as it was.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.events.dates_common import MONTHS
from dashboard.events.dates_indefinite import indefinite_weekdays
from dashboard.events.word_trie import opening
from dashboard.paths import data_dir


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """One pattern for every name of the lexicon, longest first: ``\\b(?:names)\\b`` shaped
    for ``re``'s first-character scan (``word_trie.opening``; before a name that opens with
    a letter or digit, ``\\b`` is "no word character before").

    Raises ValueError naming the row when a row has no name or no source, or a name opens
    with no word character (``\\w``)."""
    path = data_dir() / "lexicon" / "date_names.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        if not (row.get("name") or "").strip() or not (row.get("source") or "").strip():
            raise ValueError(f"date_names.csv: a name and a source are needed, got {row!r}")
        if not re.match(r"\w", row["name"].strip()):
            raise ValueError(f"date_names.csv: a name opens with a word character, got {row!r}")
    names = sorted({row["name"].strip() for row in rows}, key=len, reverse=True)
    return re.compile(opening(names, r"\w") + r"\b")


@lru_cache(maxsize=1)
def _headed() -> re.Pattern[str]:
    """A capitalised month, its day before or after it and a year optional, then a head of
    ``date_name_heads.csv`` as written (capital included).

    Raises ValueError naming the row when a row has no head or no source, or the head is
    not capitalised (a lower-case head is a common noun: "the March 3 revolution" is read)."""
    path = data_dir() / "lexicon" / "date_name_heads.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        head = (row.get("head") or "").strip()
        if not head or not (row.get("source") or "").strip() or not head[0].isupper():
            raise ValueError(f"date_name_heads.csv: a capitalised head and a source, got {row!r}")
    heads = "|".join(sorted({row["head"].strip() for row in rows}, key=len, reverse=True))
    # a full month name takes no stop ("in March. Revolution Square ..." is two sentences)
    full = {m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")}
    names = sorted((m.capitalize() + ("" if m in full else r"\.?") for m in MONTHS), key=len)
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return re.compile(
        rf"(?<![\w-])(?:{day}\s+(?:of\s+)?)?(?:{'|'.join(reversed(names))})"
        rf"(?:\s+{day})?(?:,?\s+\d{{4}})?\s+(?:{heads})\b"
    )


_SEASON = re.compile(r"\b(?:Spring|Summer|Autumn|Fall|Winter)\b")
# a year after the season keeps it a date: "Summer 2024", "the Summer of 1995", "Winter '22"
_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?(?:\d|['’]\d)")
# a capitalised word after it heads a name: "Winter Olympics", "Summer Palace"
_CAPITAL_AFTER = re.compile(r"\s+(?:of\s+)?[A-Z][a-z]")
# a year right before it is read with it ("the 2014 Winter Olympics": 2014, the year TimeML
# tags), by the season rules that name the year
_YEAR_BEFORE = re.compile(r"\d{4}\s+$")
# a lower-case word right before it: the season stands inside the sentence, not first
_LOWER_BEFORE = re.compile(r"\b[a-z]+\s+$")
_LONG_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")


def _title_case(text: str) -> bool:
    """Is every word of four letters or more capitalised (three at least), as in a headline?
    A sentence has its verbs and common nouns in lower case."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def season_names(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every capitalised season that is part of a name: before a
    capitalised word, or after a lower-case one (see the module docstring).

    Example: ``season_names("Officials visited the Summer Palace.") == [(22, 28)]``;
    ``season_names("Summer 2024 was hot.") == []``."""
    if not _SEASON.search(text):
        return []
    if _title_case(text):
        return []
    spans = []
    for m in _SEASON.finditer(text):
        after = text[m.end() : m.end() + 12]
        if _YEAR_AFTER.match(after) or _YEAR_BEFORE.search(text, 0, m.start()):
            continue
        if _CAPITAL_AFTER.match(after) or _LOWER_BEFORE.search(text, 0, m.start()):
            spans.append(m.span())
    return spans


def name_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every listed name in ``text``, and of every month-headed name
    (``_headed``).

    Example: ``name_spans("The Sunday Times said so.") == [(4, 16)]``;
    ``name_spans("Leaders of the July 26 Movement met.") == [(15, 31)]``.
    """
    spans = [m.span() for m in _pattern().finditer(text)]
    headed = [m.span() for m in _headed().finditer(text)]
    # "on a Sunday": no day of the calendar (dates_indefinite)
    return spans + headed + season_names(text) + indefinite_weekdays(text)
