"""Territories with a country code of their own that belong to another state (Greenland to
the Kingdom of Denmark, Guam to the United States). Rows: ``data/gazetteer/sovereign_parts.csv``
(``iso2,sovereign,source``), each from ISO 3166-2 or the CIA World Factbook's dependency
status. A state moving its own forces to such a territory moves them on its own ground.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from dashboard.paths import data_dir


@lru_cache(maxsize=1)
def _parts() -> dict[str, str]:
    """ISO2 of a territory -> ISO2 of the state it belongs to."""
    path = data_dir() / "gazetteer" / "sovereign_parts.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["iso2"]: row["sovereign"] for row in csv.DictReader(fh)}


def sovereign(code: str) -> str:
    """The state ``code`` belongs to: itself unless it is a listed territory.

    >>> sovereign("GL"), sovereign("DK"), sovereign("NO")
    ('DK', 'DK', 'NO')
    """
    return _parts().get(code, code)
