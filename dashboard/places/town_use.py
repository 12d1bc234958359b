"""Words that use a name as a town's: "a Peru resident", "the Poland Police Department",
and words that place that town in North America ("the Dover Police Department").

English names a country's people and services by its demonym ("a Peruvian resident",
"Cuban police"), a town's by the town's own name as a noun modifier ("a Peru resident", "the
Cuba middle school"; Quirk et al. 1985, A Comprehensive Grammar of the English Language,
17.108-17.109 and 7.25). A street address before a name ("12 Main St., Peru") places it
among towns too: countries have no street addresses. The words after a name are data, with a
source on each row, in ``data/gazetteer/town_words.csv``.

Some of a town's institutions are named with words of North American English only ("police
department", "elementary school", "township", "school district"; the dictionaries label
them US): after a name they say the town is one of the United States' or Canada's
(``north_american_use``; ``data/gazetteer/north_american_words.csv``).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.paths import data_dir

# "12 Main St., X", "400 S. Elm Street, X": a house number, a street and its type word, a comma
_ADDRESS_BEFORE = re.compile(
    r"\b\d+ [^,\n]{1,40}?\b(?:St|Ave|Rd|Dr|Blvd|Ln|Street|Avenue|Road|Drive|Lane|Boulevard"
    r"|Pike|Highway|Hwy)\.?, $"
)
_ADDRESS_REACH = 50  # characters before a name searched for the address


@lru_cache(maxsize=1)
def town_words() -> frozenset[str]:
    """The words of ``data/gazetteer/town_words.csv``: after a name, they use it as a town's."""
    path = data_dir() / "gazetteer" / "town_words.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(row["word"] for row in csv.DictReader(fh))


def town_use(text: str, start: int, end: int) -> str | None:
    """The words around ``text[start:end]`` that use the name as a town's, or None.

    >>> town_use("A Peru resident won.", 2, 6)
    'resident'
    >>> town_use("at 12 Main St., Peru.", 16, 20)
    'street address'
    >>> town_use("Peru's president", 0, 4) is None
    True
    """
    if text.startswith(" ", end):
        word = text[end + 1 : end + 14].split(" ", 1)[0].rstrip(".,;:")
        if word in town_words():
            return word
    lo = max(0, start - _ADDRESS_REACH)
    if text.endswith(", ", 0, start) and _ADDRESS_BEFORE.search(text, lo, start) is not None:
        return "street address"
    return None


@lru_cache(maxsize=1)
def north_american_words() -> tuple[str, ...]:
    """The phrases of ``data/gazetteer/north_american_words.csv``, each led by a space."""
    path = data_dir() / "gazetteer" / "north_american_words.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple(" " + row["words"] for row in csv.DictReader(fh))


def north_american_use(text: str, end: int) -> str | None:
    """The North American phrase right after a name ending at ``end``, or None.

    >>> north_american_use("the Dover Police Department said", 9)
    'Police Department'
    >>> north_american_use("the Dover police said", 9) is None
    True
    """
    if not text.startswith(" ", end):
        return None
    for words in north_american_words():
        if (
            text.startswith(words, end)
            and not text[end + len(words) : end + len(words) + 1].isalpha()
        ):
            return words[1:]
    return None


def north_american_text(text: str) -> str | None:
    """The first of ``north_american_words`` the text uses anywhere, or None: a plain
    substring test, before any name is looked at."""
    for words in north_american_words():
        if words in text:
            return words[1:]
    return None
