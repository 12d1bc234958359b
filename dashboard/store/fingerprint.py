"""The fingerprint of the analysis that turns an article into places and events.

Each stored article records it (``articles.analysis``); when the reader changes (the
gazetteer build, a lexicon or a data file, the reading code), the fingerprint changes and
``python -m dashboard reanalyse`` re-reads the articles made by the older one. It is
computed from content, so any helper's change to those inputs bumps it with no version
number to remember.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from dashboard.paths import data_dir

PACKAGE = Path(__file__).resolve().parents[1]
# what the reading depends on: its code and the data it loads (compiled objects aside:
# the C source is hashed instead, and a rebuild of the same source changes nothing)
CODE_DIRS = ("places", "events")
CODE_FILES = ("analysis.py",)  # the record both read through: sentences, caps, dateline
DATA_DIRS = ("gazetteer", "lexicon", "events")
SUFFIXES = frozenset({".py", ".c", ".csv", ".tsv", ".json", ".jsonl", ".txt", ".yaml", ".yml"})


@cache
def analysis_fingerprint() -> str:
    """16 hex characters: the gazetteer build fingerprint plus every input file's name and
    bytes, in a stable order. Computed once per process (~90 KB of data, ~20 files).

    >>> len(analysis_fingerprint())
    16
    """
    from dashboard.places.gazetteer import MIN_CITY_POPULATION, _fingerprint

    h = hashlib.sha256(f"gazetteer={_fingerprint(MIN_CITY_POPULATION)}".encode())
    for name, path in _inputs():
        h.update(f"\0{name}\0".encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _inputs() -> Iterator[tuple[str, Path]]:
    roots = [("dashboard/" + d, PACKAGE / d) for d in CODE_DIRS]
    roots += [("data/" + d, data_dir() / d) for d in DATA_DIRS]
    for name in CODE_FILES:
        yield f"dashboard/{name}", PACKAGE / name
    for label, root in roots:
        if not root.is_dir():
            continue  # data/lexicon appears only once a lexicon is kept as data
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in SUFFIXES and "__pycache__" not in path.parts:
                yield f"{label}/{path.relative_to(root).as_posix()}", path
