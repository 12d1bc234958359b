"""A city quarter's common name ("Chinatown", "Little Italy") is the quarter of the city the
text is about, not the namesake town GeoNames happens to list.

Many cities have a Chinatown (Merriam-Webster: "the Chinese quarter of a city"); GeoNames
lists some as populated places (San Francisco's, Honolulu's...), so "restaurants in
Chinatown" in a London story resolved to a US town on population alone. A name of
``data/gazetteer/quarter_names.csv`` (a source per row) resolved to a town in a country none
of the text's other places or demonyms lie in moves to the first city the text names, when
its other places all lie in one country (a quarter of that city: geo precision 2, at the
city's point, ACLED's "part of a region"); in a text of several countries it is dropped, as
no place beats a wrong one. A quarter the text puts in a city itself ("Melbourne's
Chinatown") is read elsewhere (``part_of_possessor``). A text with no other place and no
country adjective says nothing of which city's quarter it is ("Police raided shops in
Chinatown"), so the name is dropped there too rather than put in the gazetteer's town.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from dashboard.model import Mention
from dashboard.paths import data_dir
from dashboard.places.names import fold
from dashboard.places.pairs import moved_to
from dashboard.places.told_within import placed_at
from dashboard.sourced_rows import read_sourced


@lru_cache(maxsize=1)
def quarter_names() -> frozenset[str]:
    """The folded names of ``data/gazetteer/quarter_names.csv``.

    Raises ``ValueError`` for a row without its name or source."""
    rows = read_sourced(data_dir() / "gazetteer" / "quarter_names.csv", "name")
    return frozenset(fold(row["name"]) for row in rows)


def quarters(mentions: list[Mention], demonyms: Iterable[str]) -> list[Mention]:
    """``mentions`` with each quarter's name resolved to a town abroad moved to the text's
    city or dropped (see the module); ``demonyms``: the country codes of the text's country
    adjectives."""
    found = [
        k
        for k, m in enumerate(mentions)
        if m.place is not None and m.place.kind == "city" and fold(m.text) in quarter_names()
    ]
    if not found:
        return mentions  # the common case
    skip = set(found)
    others = [m.place for k, m in enumerate(mentions) if k not in skip and m.place is not None]
    codes = {p.country_code for p in others if p.country_code} | set(demonyms)
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        p = m.place
        if k not in skip or p is None or p.country_code in codes:
            out.append(m)
            continue
        if not codes:
            continue  # dropped: no other place says which city's quarter it is
        city = next((q for q in others if q.kind == "city"), None)
        if len(codes) != 1 or city is None:
            continue  # dropped: a quarter of some city of the text's, which one unknown
        why = (
            f"'{m.text}' names a quarter of many cities: {city.name}'s, the text's city"
            f" (not {p.name}, {p.country_code})"
        )
        out.append(moved_to(m, placed_at(m.text, city, "region"), why))
    return out
