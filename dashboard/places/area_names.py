"""A bare name that news uses for an area rather than for the town of that name.

"Israeli strikes in Gaza" means the Gaza Strip, not Gaza City: wire style writes the town
with its type word ("Gaza City") and the area alone. ``data/gazetteer/area_names.csv`` lists
such names with the curated region (a ``regions.csv`` row) each stands for, and a source per
row. A mention of the name that resolved to a town or division of the area's own country
moves to the area; "the city of Gaza", "Gaza City" and a namesake abroad ("Gaza,
Mozambique", a province there) stay as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.model import Mention
from dashboard.paths import data_dir
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.pairs import moved_to
from dashboard.sourced_rows import read_sourced

# "the city of Gaza", "the town of X": the text itself calls it the settlement
_TOWN_BEFORE = re.compile(r"\b(?:city|town|port|municipality)\s+of\s+$", re.IGNORECASE)
_MOVES = frozenset({"city", "admin1", "admin2"})


@lru_cache(maxsize=1)
def area_names() -> dict[str, str]:
    """``data/gazetteer/area_names.csv`` as {name as written: region id (``rg:…``)}.

    Raises ``ValueError`` for a row without its name, region or source."""
    rows = read_sourced(data_dir() / "gazetteer" / "area_names.csv", "name", "region")
    return {row["name"]: f"rg:{row['region']}" for row in rows}


def area_mentions(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each bare area name (see the module) moved from a town or division
    of the area's country to the area itself."""
    names = area_names()
    out = mentions
    for k, m in enumerate(mentions):
        region_id = names.get(m.text)
        p = m.place
        if region_id is None or p is None or p.kind not in _MOVES:
            continue
        area = gaz.get(region_id)
        if area is None or area.country_code != p.country_code:
            continue  # a namesake abroad keeps its place
        if _TOWN_BEFORE.search(text, max(0, m.start - 16), m.start):
            continue
        if out is mentions:
            out = list(mentions)
        why = f"'{m.text}' alone is the {area.name} in news usage (not {p.name}, a {p.kind})"
        out[k] = moved_to(m, area, why)
    return out
