"""Adjectives and inhabitant names of first-level divisions and regions ("Ohioans",
"Ontarian", "South Ossetian"), reported by ``geoparse --demonyms`` as mentions of the area.

Country adjectives come from countryinfo (``recognise``); the names of a division's people
are not there. Rows, each with its source: ``data/gazetteer/division_demonyms.csv``
(demonym, place id, source): the GPO Style Manual's demonyms of the States, The Canadian
Style's names of the provinces' inhabitants, and the adjectives of disputed or
autonomous regions. Left out on purpose: words that also name a country's people
("Georgian", "New Mexican" holds "Mexican"), a city ("New Yorker", "Washingtonian"), a
language or ethnic group spread over several divisions ("Kurdish", "Punjabi") or a
geological period ("Mississippian"). Only reported with the flag: by default a division's
people shape nothing (the default output stays as it was).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.model import Mention
from dashboard.paths import data_dir
from dashboard.places.gazetteer import Gazetteer


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of every demonym (longest first, an optional plural "s", whole words,
    case as written) and demonym -> place id."""
    path = data_dir() / "gazetteer" / "division_demonyms.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        ids = {row["demonym"]: row["place_id"] for row in csv.DictReader(fh)}
    words = sorted(ids, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\b({alternation})s?\b"), ids


def division_demonyms(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Mentions (``demonym=True``, score 1.0) of the areas whose people or adjective
    ``text`` names, in text order; none that overlaps one of ``mentions`` (a place or a
    country adjective already reported there), and none after "The " (a newspaper's title:
    "The Oregonian", "The Tennessean")."""
    pattern, ids = _table()
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for hit in pattern.finditer(text):
        s, e = hit.span()
        if any(a < e and s < b for a, b in taken) or text[max(0, s - 4) : s] == "The ":
            continue
        place = gaz.get(ids[hit.group(1)])
        if place is None:
            continue
        why = f"demonym of {place.name}"
        out.append(Mention(s, e, text[s:e], place, 1.0, why, ((place.id, 1.0),), demonym=True))
    return out
