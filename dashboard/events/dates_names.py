"""Names that hold a weekday, a month or a holiday but name no time of the story.

Newspapers ("The Sunday Times"), days of history ("Bloody Sunday", "Black Monday"),
broadcasts ("Monday Night Football") and movements named by a date ("the March 14
Alliance"): read as dates they put a confident wrong day on a card (the latest Sunday, the
14th of March of the story's year), so ``find_dates`` reads no date inside them. The names
are data, matched as written (capitals included), with a source per row:
``data/lexicon/date_names.csv``.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

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


def name_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every listed name in ``text``.

    Example: ``name_spans("The Sunday Times said so.") == [(4, 16)]``.
    """
    return [m.span() for m in _pattern().finditer(text)]
