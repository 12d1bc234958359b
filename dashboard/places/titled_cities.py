"""A city named only by its title in its country: "Myanmar's second city" (Mandalay),
"Nigeria's largest city" (Lagos), "Pakistan's commercial capital" (Karachi).

News names a country's leading cities by rank or role when the name was given before or is
known to the reader (AP Stylebook's "second city" is a rank by size; "commercial capital" a
country's main business city where the seat of government lies elsewhere). Each title of a
country is a row of ``data/gazetteer/titled_cities.csv`` (``iso2,title,name,source``, the
city's Wikipedia lead for each row), not a rank read from GeoNames' populations: those count
city proper and quarters differently from country to country (GeoNames ranks Lahore above
Karachi, Jeddah above Riyadh and a borough of Mexico City third in Mexico), and a confident
wrong city is worse than none. A title the file does not hold for a country adds nothing.

Like "Haiti's capital" (``told_within.capitals_by_possessive``) these mentions are for the
reader of events (``Geoparser.analyse``); ``parse`` keeps to the names as written.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.model import Mention, Place
from dashboard.paths import data_dir
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.recognise import Demonym

# The wordings of each title in the file (news usage: "second city", "second-largest city",
# "commercial capital", "economic hub"); "city" or a word for a town must close the rank
_TITLES = {
    "largest": r"(?:largest|biggest|most[ -]populous)\s+city",
    "second": r"second(?:[ -](?:largest|biggest|most[ -]populous))?\s+city",
    "commercial": r"(?:commercial|economic|business)\s+(?:capital|hub|centre|center)",
    "financial": r"financial\s+(?:capital|hub|centre|center)",
}
_TITLE = "|".join(f"(?P<{key}>{words})" for key, words in _TITLES.items())
# not when the city's name follows ("Myanmar's second city, Mandalay": that name is the
# mention), nor "of" ("the largest city of its region"), nor a compound the title only
# qualifies ("Nigeria's largest city council", "the financial hub's banks")
_AFTER = r"(?!\s*,?\s*[A-Z])(?!\s+of\b)(?![\w'’-])(?!\s+(?:council|councils|hall|halls)\b)"
_POSSESSIVE = re.compile(rf"['’]s\s+(?:{_TITLE}){_AFTER}")
_THE_DEMONYM = re.compile(r"\b[Tt]he\s+$")
_DEMONYM_TITLE = re.compile(rf"\s+(?:{_TITLE}){_AFTER}")


@lru_cache(maxsize=1)
def _titles() -> dict[tuple[str, str], str]:
    """(ISO2, title) -> the city's name, from ``data/gazetteer/titled_cities.csv``."""
    path = data_dir() / "gazetteer" / "titled_cities.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return {(r["iso2"], r["title"]): r["name"] for r in csv.DictReader(fh)}


def titled_city(code: str, title: str, gaz: Gazetteer) -> Place | None:
    """The town of country ``code`` that holds ``title`` ("largest", "second",
    "commercial", "financial"): the most populous gazetteer town of that country bearing
    the file's name, or ``None`` when the file has no such row."""
    name = _titles().get((code, title))
    towns = [p for p in gaz.lookup(name or "") if p.kind == "city" and p.country_code == code]
    return max(towns, key=lambda p: p.population, default=None)


def titled_cities(
    text: str, demonyms: list[Demonym], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """New mentions for "<country>'s <title>" ("in Myanmar's second city") and "the
    <demonym> <title>" ("the Pakistani commercial capital"), each spanning the title's
    words at the city the file names; the country's own mention stays. A phrase another
    mention already covers adds none.
    "Riots in Nigeria's largest city." gives ``Mention(18, 31, "largest city", <Lagos>, ...)``."""
    heads = [
        (m.start, m.end, m.place.country_code, _POSSESSIVE)
        for m in mentions
        if m.place is not None and m.place.kind == "country" and m.place.country_code
    ]
    heads += [
        (s, e, code, _DEMONYM_TITLE)
        for s, e, code in demonyms
        if _THE_DEMONYM.search(text, max(0, s - 6), s)
    ]
    found: list[Mention] = []
    for s, e, code, pattern in heads:
        after = pattern.match(text, e)
        if after is None or after.lastgroup is None:
            continue
        title = after.lastgroup
        lo = after.start(title)
        if any(x.start < after.end() and lo < x.end for x in [*mentions, *found]):
            continue
        city = titled_city(code, title, gaz)
        if city is None:
            continue
        words = text[lo : after.end()]
        why = f"'{text[s : after.end()]}': {city.name}, the city so titled (titled_cities.csv)"
        found.append(Mention(lo, after.end(), words, city, 1.0, why, ((city.id, 1.0),)))
    return found
