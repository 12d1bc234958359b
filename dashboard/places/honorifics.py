"""An honorific title that is also a town's name, opening a person's name or title.

"The Aga Khan Foundation sent tents": "Aga" there is a title ("the Aga Khan", the Ismaili
imam), not the town of Aga in Egypt, though a foundation's name may open with a place
("the Texas Water Development Board"). A word of ``data/gazetteer/honorific_titles.csv`` (a
dictionary's definition per row: a title written before its bearer's name) glued to a
capitalised word after it is that title, whatever follows; alone ("in Aga on Friday") it
stays the town.
"""

from __future__ import annotations

from functools import lru_cache

from dashboard.paths import data_dir
from dashboard.sourced_rows import read_sourced


@lru_cache(maxsize=1)
def honorific_titles() -> frozenset[str]:
    """The lowercase titles of ``honorific_titles.csv``.

    Raises ``ValueError`` for a row without its word or source."""
    rows = read_sourced(data_dir() / "gazetteer" / "honorific_titles.csv", "word")
    return frozenset(row["word"] for row in rows)
