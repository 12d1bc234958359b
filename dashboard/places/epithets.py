"""A region's adjective before a lowercase noun for a state: "the Balkan country", "the
Caribbean nation", "the Himalayan kingdom".

News names a state again by such an epithet (Quirk et al. 1985 §5.65: a definite noun phrase
referring back), and its capitalised word is an adjective of a region, not a place: read as
a name it found Turkmenistan's Balkan province for "detained in the Balkan country". The
nouns are data (``data/gazetteer/epithet_nouns.csv``, a source per row). "state" is left out
on purpose: "the Borno state capital" names the state of that name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.paths import data_dir
from dashboard.sourced_rows import read_sourced

# the definite article, then the name (up to two capitalised words), then one space
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:former\s+)?$")
_NAME_WORDS = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")


@lru_cache(maxsize=1)
def epithet_nouns() -> frozenset[str]:
    """The lowercase nouns of ``data/gazetteer/epithet_nouns.csv`` ("country", "nation"...).

    Raises ``ValueError`` for a row without its word or source (``read_sourced``)."""
    rows = read_sourced(data_dir() / "gazetteer" / "epithet_nouns.csv", "word")
    return frozenset(row["word"] for row in rows)


_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")


def epithet_name(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a region's adjective in an epithet: "the"
    before it and a lowercase state noun right after it.

    >>> epithet_name("detained in the Balkan country", 15, 21)
    True
    >>> epithet_name("the Borno state capital", 4, 9)
    False
    >>> epithet_name("the Czech Republic", 4, 9)
    False
    """
    if _THE_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    if _NAME_WORDS.fullmatch(text, start, end) is None:
        return False
    noun = _NOUN_AFTER.match(text, end)
    return noun is not None and noun.group(1) in epithet_nouns()
