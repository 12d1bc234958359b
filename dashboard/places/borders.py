"""A country's name beside its neighbours names the country, not a town abroad.

"Palestine" beside Israel and Egypt is the Palestinian territory, not Palestine, Texas: of a
name's readings, the one that keeps the text's places together wins (spatial minimality,
Leidner 2007, "Toponym Resolution in Text", PhD thesis, University of Edinburgh, 4.3). Land
borders come from the countryinfo package's data (its ``borders`` field, read both ways).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from dashboard.model import Mention
from dashboard.places.gazetteer import Gazetteer

# readings that context alone chose; explicit patterns and a name's one candidate are not
_CONTEXT_ONLY = ("population", "nearest namesake")


@lru_cache(maxsize=1)
def neighbours() -> dict[str, frozenset[str]]:
    """ISO2 -> the ISO2 codes of the countries it shares a land border with (countryinfo)."""
    import countryinfo  # only when a text names a country and a town of a country's name

    folder = Path(countryinfo.__file__).parent / "data"
    alpha2: dict[str, str] = {}
    borders: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.json")):
        with path.open(encoding="utf-8") as fh:
            rec = json.load(fh)
        iso = rec.get("ISO") or {}
        if iso.get("alpha2") and iso.get("alpha3"):
            alpha2[iso["alpha3"]] = iso["alpha2"]
            borders.setdefault(iso["alpha2"], []).extend(rec.get("borders") or [])
    out: dict[str, set[str]] = {}
    for code, others in borders.items():
        for other in others:
            if other in alpha2:
                out.setdefault(code, set()).add(alpha2[other])
                out.setdefault(alpha2[other], set()).add(code)
    return {code: frozenset(v) for code, v in out.items()}


def country_by_neighbours(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each town that context alone chose over a country of the same name
    moved to that country when the text names a country it borders."""
    named = {
        p.country_code
        for m in mentions
        if (p := m.place) is not None and p.kind == "country" and p.country_code
    }
    if not named:
        return mentions  # most texts: no country named, nothing to weigh
    out = mentions
    for k, m in enumerate(mentions):
        p = m.place
        if p is None or p.kind != "city" or not m.reason.startswith(_CONTEXT_ONLY):
            continue
        for pid, _ in m.candidates:
            if not pid.startswith("cc:"):
                continue
            country = gaz.get(pid)
            if country is None or country.country_code is None:
                continue
            beside = sorted(neighbours().get(country.country_code, frozenset()) & named)
            if not beside:
                continue
            if out is mentions:
                out = list(mentions)
            names = ", ".join(c.name for code in beside if (c := gaz.country(code)) is not None)
            why = f"the country, beside {names} named in the text, not a town abroad"
            out[k] = Mention(m.start, m.end, m.text, country, m.score, why, m.candidates, m.demonym)
            break
    return out
