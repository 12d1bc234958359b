"""A text set in the United States: its unqualified namesakes are North America's own.

Local news names its towns without their state ("the Paris City Council", "Athens police"),
and a name shared with a bigger place abroad went to the bigger place on size alone. A town
or country abroad that won on size alone, in a country the text names by no other word,
demonym or place, gives way to its namesake in the United States when the text is set there
(one sense per discourse: every mention of the name moves; "Georgia" is then the state):

- it uses words of US government and law that other English-speaking countries do not
  ("sheriff's deputies", "the state legislature", "county commissioners";
  ``data/gazetteer/us_words.csv``, a source on each row); or
- it spells words the United States' way where Britain and Canada both spell them
  otherwise ("center", "neighborhood"; ``data/gazetteer/us_spellings.csv``, a source on
  each row: Merriam-Webster's "chiefly British" variants, kept by Canadian usage too); or
- its other places all lie in the United States: a state, or two places below a state.

A weaker sign, the dollar sign, sets a text in North America (the United States or Canada,
whose namesakes then count) when the place abroad is in a country whose money is not
written with "$" (``data/gazetteer/dollar_sign_countries.csv``) and the text's other places
all lie in North America, or it names none.

The namesake chosen: one in a state the text names, else the one nearest (300 km) another
US or Canadian place it names, else the most populous.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from dashboard.model import Mention, Place
from dashboard.paths import data_dir
from dashboard.places.gazetteer import Gazetteer, distance_km
from dashboard.places.names import fold, name_key
from dashboard.places.pairs import moved_to

US = "US"
_NORTH_AMERICA = frozenset({"US", "CA"})
_US = frozenset({US})
# the reasons (their parts) of a choice made on size or kind alone: nothing in the text chose it
_SIZE_ALONE = ("population ", "country prior", "admin1 prior", "beat ")
_NEAR_KM = 300.0
# kinds of the text's other places that say where it is set: not seas, regions, continents
_PLACES = frozenset({"city", "admin1", "admin2", "landmark", "country"})
_Cue = tuple[str, frozenset[str]]  # why the text is set there, and where its namesakes may lie


@lru_cache(maxsize=1)
def us_words() -> tuple[str, ...]:
    """The phrases of ``data/gazetteer/us_words.csv``, each led by a space."""
    path = data_dir() / "gazetteer" / "us_words.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple(" " + row["words"] for row in csv.DictReader(fh))


@lru_cache(maxsize=1)
def dollar_sign_countries() -> frozenset[str]:
    """The countries of ``data/gazetteer/dollar_sign_countries.csv`` (ISO2): their money is
    written with "$"."""
    path = data_dir() / "gazetteer" / "dollar_sign_countries.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(row["country_code"] for row in csv.DictReader(fh))


@lru_cache(maxsize=1)
def us_offices() -> tuple[str, ...]:
    """The phrases of ``data/gazetteer/us_federal_offices.csv``, each led by a space: a
    member of the US Congress by office ("U.S. senator", "US Rep.")."""
    path = data_dir() / "gazetteer" / "us_federal_offices.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple(" " + row["words"] for row in csv.DictReader(fh))


def us_office(text: str) -> str | None:
    """The first of ``us_offices`` the text uses (after a space or at its start), or None.

    >>> us_office("A US senator visited Birmingham.")
    'US senator'
    """
    padded = " " + text
    for words in us_offices():
        if words in padded:
            return words[1:]
    return None


def us_word(text: str) -> str | None:
    """The first of ``us_words`` the text uses (after a space or at its start), or None (a
    plain substring test).

    >>> us_word("Deputies with the sheriff's office arrived.")
    "sheriff's office"
    >>> us_word("Police arrived.") is None
    True
    """
    for words in us_words():
        if words in text or text.startswith(words[1:]):
            return words[1:]
    return None


@lru_cache(maxsize=1)
def us_spellings() -> tuple[str, ...]:
    """The words of ``data/gazetteer/us_spellings.csv``, each led by a space."""
    path = data_dir() / "gazetteer" / "us_spellings.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple(" " + row["words"] for row in csv.DictReader(fh))


def us_spelling(text: str) -> str | None:
    """The first of ``us_spellings`` the text uses as a whole word (after a space, before a
    character that is not a letter), or None. "centre" and "epicenter" are not it.

    >>> us_spelling("She runs the Civic Center downtown.")
    'Center'
    >>> us_spelling("She runs the civic centre.") is None
    True
    """
    for words in us_spellings():
        at = text.find(words)
        while at >= 0:
            after = at + len(words)
            if not text[after : after + 1].isalpha():
                return words[1:]
            at = text.find(words, at + 1)
    return None


def _size_alone(reason: str) -> bool:
    return all(part.startswith(_SIZE_ALONE) for part in reason.split("; "))


def us_namesakes(
    text: str, mentions: list[Mention], demonyms: set[str], gaz: Gazetteer
) -> list[Mention]:
    """``mentions`` with each town or country abroad chosen on size alone moved to its
    North American namesake when the text is set there (see the module). ``demonyms``: the
    countries the text names by an adjective ("Greek"), which keep their places."""
    abroad = {
        id(m)
        for m in mentions
        if (p := m.place) is not None
        and p.kind in ("city", "country")
        and p.country_code not in (US, None)
        and _size_alone(m.reason)
    }
    if not abroad:
        return mentions  # the common case
    moved: dict[str, tuple[Place, str] | None] = {}
    out = list(mentions)
    changed = False
    for k, m in enumerate(mentions):
        if id(m) not in abroad:
            continue
        key = name_key(m.text)
        if key not in moved:
            moved[key] = _moved(text, key, m, mentions, demonyms, gaz)
        got = moved[key]
        if got is not None:
            out[k] = moved_to(m, *got)
            changed = True
    return out if changed else mentions


def _moved(
    text: str, key: str, m: Mention, mentions: list[Mention], demonyms: set[str], gaz: Gazetteer
) -> tuple[Place, str] | None:
    """The namesake the mention ``m`` (folded name ``key``) moves to, with the reason, or
    None where it stays."""
    p = m.place
    assert p is not None
    code = p.country_code
    if code in demonyms:
        return None
    others = [
        q
        for o in mentions
        if (q := o.place) is not None and q.kind in _PLACES and name_key(o.text) != key
    ]
    if any(q.country_code == code for q in others):
        return None  # the text names the country, or a place in it, by another name
    cue = _cue(text, others, code)
    if cue is None:
        return None
    why, where = cue
    if code in where:
        return None  # a Canadian place stays where the text is set in North America
    place = _namesake(key, "admin1" if p.kind == "country" else "city", where, others, gaz)
    if place is None:
        return None
    return place, f"{why}, and names {code} by no other word: its namesake there"


def _cue(text: str, others: list[Place], code: str | None) -> _Cue | None:
    """Why the text is set in the United States (or North America), and the countries its
    namesakes may lie in; None when nothing sets it there (see the module)."""
    word = us_word(text)
    if word:
        return f"the text uses '{word}', a word of US government", _US
    countries = {q.country_code for q in others}
    if countries <= _US:
        states = [q.name for q in others if q.kind == "admin1"]
        if states:
            return f"the text's other places lie in the United States ({states[0]})", _US
        if len({q.id for q in others if q.kind != "country"}) >= 2:  # towns, not "the US"
            return "the text's other places lie in the United States", _US
    if countries <= _NORTH_AMERICA and "$" in text and code not in dollar_sign_countries():
        return "the text counts in dollars and names no place outside North America", _NORTH_AMERICA
    spelt = us_spelling(text)  # last: the weakest sign, read only where no other spoke
    if spelt:
        return f"the text spells '{spelt}' the US way", _US
    return None


def _namesake(
    key: str, kind: str, where: frozenset[str], others: list[Place], gaz: Gazetteer
) -> Place | None:
    own = [
        q
        for q in gaz.lookup(key)
        if q.kind == kind and q.country_code in where and fold(q.name) == key
    ]
    if not own:
        return None
    states = {q.admin1 for q in others if q.kind == "admin1"}
    in_state = [q for q in own if q.admin1 in states]
    if in_state:
        return max(in_state, key=lambda q: q.population)
    near = [(d, q) for q in own if (d := _nearest_km(q, others)) <= _NEAR_KM]
    if near:
        return min(near, key=lambda t: t[0])[1]
    return max(own, key=lambda q: q.population)


def _nearest_km(q: Place, places: list[Place]) -> float:
    """How far ``q`` lies from the nearest of ``places`` (infinity without points)."""
    if q.lat is None or q.lon is None:
        return float("inf")
    return min(
        (
            distance_km(q.lat, q.lon, p.lat, p.lon)
            for p in places
            if p.lat is not None and p.lon is not None and p.id != q.id
        ),
        default=float("inf"),
    )
