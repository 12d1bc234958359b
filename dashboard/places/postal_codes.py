"""A US state written as its postal code after a town: "Erie, PA", "Boise, ID".

The US Postal Service's two-letter codes (``data/gazetteer/us_postal_codes.csv``, each row
with its source) are the usual way a dateline, an address or a listing writes a town's
state. Alone they are common capitals ("IN", "OR", "ME", "PA" the town in Burkina Faso),
so a code counts only in that "Town, XX" form: written in capitals straight after a comma
that closes a name with a US namesake. The code then names the state, and the resolver's
"X, State" rule takes the town of that state, as it does for "Erie, Pennsylvania".
"""

from __future__ import annotations

import csv
import re
from functools import cache

from dashboard.paths import data_dir
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.recognise import Match

# ", PA" and no letter or digit after it ("PA-based" stays a code too: a hyphen ends it)
_CODE = re.compile(r", ([A-Z]{2})(?![A-Za-z0-9'’])")


@cache
def postal_codes() -> dict[str, tuple[str, ...]]:
    """Code -> the state's place ids (one tuple per code, built once: the resolver memoises
    candidates by the tuple's identity)."""
    path = data_dir() / "gazetteer" / "us_postal_codes.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["code"]: (r["place_id"],) for r in csv.DictReader(fh)}


def with_postal_codes(text: str, matches: list[Match], gaz: Gazetteer) -> list[Match]:
    """``matches`` with each "Town, XX" code read as its state (see the module): a match
    already on the code (the town Pa) gives way to it. A new list only when one changes."""
    if ", " not in text:
        return matches
    codes = postal_codes()
    found = []
    for fm in _CODE.finditer(text):
        ids = codes.get(fm.group(1))
        if ids is not None:
            found.append((fm.start(), fm.start(1), fm.end(), ids))
    if not found:
        return matches  # the common case
    ends = {m.end: m for m in matches}
    added: list[Match] = []
    for comma, start, end, ids in found:
        town = ends.get(comma)
        if town is None or not any(p.country_code == "US" for p in gaz.places_of(town.place_ids)):
            continue
        added.append(Match(start, end, ids))
    if not added:
        return matches
    spans = [(m.start, m.end) for m in added]
    kept = [m for m in matches if not any(s < m.end and m.start < e for s, e in spans)]
    return sorted([*kept, *added])
