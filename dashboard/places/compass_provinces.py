"""A compass province of the country the text is about: "Zambia's Eastern Province" is Zambia's.

ISO 3166-2 names many first-level divisions by a compass word alone (Zambia's, Rwanda's,
Ghana's, Sierra Leone's, Uganda's and Fiji's "Eastern"; Ghana's and Zambia's "Northern"), and
news adds the type word ("Eastern Province", "the Northern Region"). GeoNames lists Sri
Lanka's and Malawi's divisions under the whole phrase, so the phrase alone finds only those,
and "Floods hit Zambia's Eastern Province" went to Sri Lanka. A compass word and "Province" or
"Region", read as a division of a country that no other place or demonym of the text lies in:

- goes to the one division of that compass word in a country the text names (by its places
  or a demonym; of two such countries, the one named just before it, "Zambia's"; else none);
- keeps its name but loses its point when the text names countries and none holds such a
  division ("Kenya's North Eastern Province", a province Kenya replaced by counties in
  2013; "Saudi Arabia's Eastern Province", listed as Ash Sharqiyah): a wrong country's point
  is worse than none.
A text naming no country, or naming the reading's own ("Sri Lanka's Northern Province"),
keeps the reading.
"""

from __future__ import annotations

import re

from dashboard.model import Mention, Place
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.pairs import moved_to

_COMPASS_DIVISION = re.compile(
    r"(?P<word>Northern|Southern|Eastern|Western|Central|North[- ]?(?:[Ee]astern|[Ww]estern)"
    r"|South[- ]?(?:[Ee]astern|[Ww]estern)) (?:Province|Region)"
)
_POSSESSIVE = re.compile(r"['’]s? $")
_NO_HOLDER = (
    "a compass division of a country the text never names; the countries it names hold no "
    "division of that name: no point"
)
_TWO_HOLDERS = (
    "a compass division of a country the text never names; two countries it names hold one "
    "of that name, and neither owns it by a possessive: no point"
)


def compass_provinces(
    text: str, mentions: list[Mention], gaz: Gazetteer, codes: frozenset[str]
) -> list[Mention]:
    """``mentions`` with each compass province read in the country the text names (see the
    module); ``codes``: the ISO2 codes of the text's demonyms."""
    out = mentions
    for k, m in enumerate(mentions):
        found = _COMPASS_DIVISION.fullmatch(m.text)
        if found is None or m.place is None or m.place.kind != "admin1":
            continue
        named = _countries(mentions, k) | codes
        if not named or m.place.country_code in named:
            continue
        holders = [
            p
            for p in gaz.lookup(found.group("word"))
            if p.kind == "admin1" and p.country_code in named
        ]
        why = _NO_HOLDER if not holders else _TWO_HOLDERS
        if len(holders) > 1:
            holders = [p for p in holders if p.country_code == _owner(text, mentions, k)]
        if out is mentions:
            out = list(mentions)
        if len(holders) == 1:
            why = (
                f"a compass division of {holders[0].country_code}, which the text names "
                f"(not {m.place.name}, {m.place.country_code})"
            )
            out[k] = moved_to(m, holders[0], why)
        elif not holders:
            out[k] = Mention(m.start, m.end, m.text, None, 0.0, why, m.candidates)
    return out


def _countries(mentions: list[Mention], skip: int) -> set[str]:
    """The countries of the text's placed mentions other than ``mentions[skip]``."""
    return {
        p.country_code
        for j, m in enumerate(mentions)
        if j != skip and (p := m.place) is not None and p.country_code
    }


def _owner(text: str, mentions: list[Mention], k: int) -> str | None:
    """The country of a possessive just before ``mentions[k]`` ("Zambia's Eastern
    Province"), or None."""
    if k == 0:
        return None
    before: Place | None = mentions[k - 1].place
    gap = text[mentions[k - 1].end : mentions[k].start]
    if before is None or before.kind != "country" or _POSSESSIVE.fullmatch(gap) is None:
        return None
    return before.country_code
