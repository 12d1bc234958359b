"""An honorific title that is also a town's name, opening a person's name or title.

"The Aga Khan Foundation sent tents": "Aga" there is a title ("the Aga Khan", the Ismaili
imam), not the town of Aga in Egypt, though a foundation's name may open with a place
("the Texas Water Development Board"). A word of ``data/gazetteer/honorific_titles.csv`` (a
dictionary's definition per row: a title written before its bearer's name) glued to a
capitalised word after it is that title, whatever follows; alone ("in Aga on Friday") it
stays the town.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from dashboard.paths import data_dir


@lru_cache(maxsize=1)
def honorific_titles() -> frozenset[str]:
    """The lowercase titles of ``honorific_titles.csv``.

    Raises ``ValueError`` for a row without its word or source."""
    path = data_dir() / "gazetteer" / "honorific_titles.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        if not all((row.get(k) or "").strip() for k in ("word", "source")):
            raise ValueError(f"honorific_titles.csv: bad row {row!r}")
    return frozenset(row["word"] for row in rows)
