"""A Romance landmark's name the gazetteer lacks: "Gare de Lyon", "Plaza de Mayo", "Piazza
della Signoria". None of its words is a place by itself.

French, Spanish, Italian and Portuguese name a station, a square, a street or a palace by a
generic word (``data/gazetteer/romance_generics.csv``), a particle
(``data/gazetteer/name_particles.csv``) and the specific ("gare de", "plaza del", "piazza
della"). The scanner keeps the longest name it knows, so a known whole is one hit; when it
knows only the words, the generic reads as a hamlet of that name ("Gare", France) and the
specific as the place it honours ("Lyon" for a Paris station, "Mayo" the Irish county for a
Buenos Aires square). A confident wrong place is worse than none, so both are dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.paths import data_dir
from dashboard.sourced_rows import read_sourced


def _words(name: str) -> str:
    """The ``word`` column of the sourced CSV ``name`` as a regex alternation, longest first."""
    rows = read_sourced(data_dir() / "gazetteer" / name, "word")
    return "|".join(sorted((re.escape(r["word"]) for r in rows), key=len, reverse=True))


@lru_cache(maxsize=1)
def _landmark() -> re.Pattern[str]:
    """A generic word, a particle, at most an article ("la", "l'") and a run of capitalised
    words: the whole landmark name."""
    generic, particle = _words("romance_generics.csv"), _words("name_particles.csv")
    return re.compile(
        rf"\b(?:{generic}) (?:{particle}) (?:(?:la|los|las|le|les|o|a) |l')?"
        r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
    )


def landmark_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each Romance landmark name of ``text`` ("Gare du Midi"); [] for most
    texts. Raises ``ValueError`` on a CSV row without its word or source."""
    return [m.span() for m in _landmark().finditer(text)]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies within one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)
