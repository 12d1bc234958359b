"""A town's name that opens a university's or college's name names the institution.

"Students protested at Columbia University" names no town: Columbia University is in New
York, not in Columbia, South Carolina, which the town's name alone resolves to; Georgetown
University is in Washington. The ACE 2005 entity guidelines tag such a name ORG (a
facility or organisation), and the text's place comes from elsewhere (the dateline, the
town named beside it). So a town or division name right before a word of
``data/gazetteer/institution_words.csv`` (with "State" between: "Georgia State University")
is no place mention, and is dropped before resolution. Hospitals, bases and airports are places of their own, near their
town (``landmarks``), and stay."""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.paths import data_dir
from dashboard.places.recognise import Match


@lru_cache(maxsize=1)
def _after() -> re.Pattern[str]:
    """The institution words, right after a name's end (one space), "State" allowed between."""
    path = data_dir() / "gazetteer" / "institution_words.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        words = [row["word"] for row in csv.DictReader(fh)]
    return re.compile(rf" (?:State )?(?:{'|'.join(map(re.escape, words))})\b")


def without_institutions(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` without the names that open an institution's name, before resolution,
    so that they back no namesake either ("Georgia State University" names no state)."""
    if "University" not in text and "College" not in text:
        return matches  # the common case
    after = _after()
    return [m for m in matches if not after.match(text, m.end)]
