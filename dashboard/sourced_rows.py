"""Reading the project's data files that carry a source per row.

Lexicons and gazetteer supplements are data with a source per row (the house rule), so
every such file is read through one function that refuses a row without its source or
without a column its reader needs, rather than each reader repeating the check.
"""

from __future__ import annotations

import csv
from pathlib import Path


def read_sourced(path: Path, *required: str) -> list[dict[str, str]]:
    """The rows of the CSV file ``path`` as dicts of column -> text, each checked to have a
    ``source`` and every column of ``required`` set (not blank).

    Raises ``ValueError`` naming the file and the row for one that lacks them or that has
    more fields than the header (an unquoted comma in its source would otherwise be cut off
    silently), and ``OSError`` when the file is missing."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    needed = (*required, "source")
    for row in rows:
        if None in row:
            raise ValueError(f"{path.name}: row {row!r} has more fields than the header")
        if not all((row.get(k) or "").strip() for k in needed):
            raise ValueError(f"{path.name}: bad row {row!r} ({', '.join(needed)} set)")
    return rows
