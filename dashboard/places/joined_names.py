"""Names that the words right after or before them make a person's or a firm's, read after
the C test (``runs.plain``), which keeps a name followed by a capital in capitals or by "&":

- a middle initial and a surname after a one-word name: "George W. Bush", "Franklin D.
  Roosevelt" (English writes a person's name so; a town's name is never followed by a lone
  initial and a surname, "Washington, D.C." has a comma and no surname);
- an ampersand between two capitalised words: "Marks & Spencer", "Procter & Gamble",
  "Johnson & Johnson". English firm names join their founders' names with "&" (Oxford
  Guide to Style, 10.2: "&" in company names); prose joins two places with "and". A pair
  the gazetteer holds ("Trinidad and Tobago"), a country or first-level division on either
  side ("Bosnia & Herzegovina", "Texas & Oklahoma"), or a city of 100,000 or more stays a
  place.
"""

from __future__ import annotations

import re

from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import name_key

# " W. Bush": a space, one capital and a dot, a space, a capitalised word of lower letters
_INITIAL_SURNAME_AFTER = re.compile(r" [A-Z]\. [A-Z][a-z]")
# " & Spencer" after a name; "Marks & " before one
_AMPERSAND_AFTER = re.compile(r" ?& ?([A-Z][\w'’-]*)")
_AMPERSAND_BEFORE = re.compile(r"([A-Z][\w'’-]*) ?& ?$")
_BIG_CITY = 100_000  # a city this large keeps its name beside "&" (as ``_feast_day``)


def initial_surname_after(text: str, end: int) -> bool:
    """Whether a middle initial and a surname follow the name ending at ``end``:
    "George| W. Bush" -> True; "Washington, D.C." and "Paris. A" -> False."""
    return _INITIAL_SURNAME_AFTER.match(text, end) is not None


def _keeps_place(gaz: Gazetteer, ids: tuple[str, ...]) -> bool:
    """A country, first-level division or city of ``_BIG_CITY`` among ``ids``."""
    if any(pid[:3] in ("cc:", "a1:") for pid in ids):
        return True
    return any(p.kind == "city" and p.population >= _BIG_CITY for p in gaz.places_of(ids))


def ampersand_firm(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether the name ``text[start:end]`` is one half of a firm's "X & Y" name (see the
    module): "Marks & Spencer" -> True for "Marks" and for "Spencer"; "Trinidad & Tobago",
    "Bosnia & Herzegovina" -> False. The other half need not be a place."""
    own = name_key(text[start:end])
    m = _AMPERSAND_AFTER.match(text, end)
    if m is not None:
        other = name_key(m.group(1))
        pair = f"{own} and {other}"
    else:
        b = _AMPERSAND_BEFORE.search(text, max(0, start - 40), start)
        if b is None:
            return False
        other = name_key(b.group(1))
        pair = f"{other} and {own}"
    index = gaz.index
    if pair in index:
        return False
    return not _keeps_place(gaz, index.get(own, ())) and not _keeps_place(gaz, index.get(other, ()))
