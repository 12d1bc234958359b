"""The gazetteer's cue files (``data/gazetteer/<name>.csv``: ``where,words,source``) read as
word lists per position, and a word list as one regex alternation. Shared by the rules whose
cues are data: ``sovereign_use``, ``division_heads``.
"""

from __future__ import annotations

import csv
import re

from dashboard.paths import data_dir


def cue_words(name: str, *positions: str) -> dict[str, list[str]]:
    """``{position: [words, …]}`` of ``data/gazetteer/<name>``, one list per position.

    Raises ``KeyError`` for a row whose ``where`` is not one of ``positions`` and ``OSError``
    when the shipped file is missing."""
    rows: dict[str, list[str]] = {p: [] for p in positions}
    with (data_dir() / "gazetteer" / name).open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            rows[row["where"]].append(row["words"])
    return rows


def alternation(words: list[str]) -> str:
    """``words`` as a regex alternation, longest first, any run of spaces between words."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])
