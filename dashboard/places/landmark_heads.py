"""A landmark's name written with its generic word lowercased: "the Miraflores palace",
"Tahrir square", "the Kakhovka dam".

News often lowercases the word that says what was built when it writes a landmark's name
informally (Chicago Manual of Style 8.57; AP Stylebook, "capitalization"). The gazetteer
held only "Miraflores Palace", so the capitalised run stopped at "Miraflores", which
resolved to the district of Lima (newuser98: a Caracas protest placed in Peru). Each row of
``data/gazetteer/landmark_heads.csv`` (word, source) is a generic word that may be written
so; only rows of kind ``landmark`` get the lowercased form, and only when their name ends in
such a word, so a town named "X Bridge" keeps its capitalised spelling alone.
"""

from __future__ import annotations

from functools import lru_cache

from dashboard.paths import data_dir
from dashboard.places.gazetteer_names import _read_csv


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """The generic words of ``landmark_heads.csv``, capitalised as in a landmark's name."""
    path = data_dir() / "gazetteer" / "landmark_heads.csv"
    return frozenset(row["word"] for row in _read_csv(path, ["word", "source"]))


def lowercased_heads(kind: str, names: list[str]) -> list[str]:
    """``names`` of a place of ``kind`` that end in a generic word of ``landmark_heads.csv``,
    each with that word lowercased ("Miraflores Palace" -> "Miraflores palace"); [] for any
    kind but ``landmark``. Raises ``GazetteerError`` when the CSV lacks its columns."""
    if kind != "landmark":
        return []
    out = []
    for name in names:
        head, _, last = name.rpartition(" ")
        if head and last in _heads():
            out.append(f"{head} {last.lower()}")
    return out
