"""A sentence's first word that is a common noun modifying the noun after it is no place:
"Rail services to the city were suspended", "Rice farmers lost their crops".

English capitalises a sentence's first word whatever it is, so there the capital says nothing
about a name. A common noun used as a premodifier of a lowercase head noun ("rail services",
"bridge repairs", "army units": Quirk et al. 1985, A Comprehensive Grammar of the English
Language, 17.108-17.109, nouns as premodifiers) reads as that noun, not as the village or
town that bears the same word (Rail, India; Rice, Texas; Bridge, England). A word counts as a
common noun when lemminflect's lexicon, built from English dictionaries, gives it a noun
lemma; names alone ("Quetta", "Madison") have none.

The text keeps the place when it names the word elsewhere with a capital that is not a
sentence's ("trains to Rice", "in Rail"), one sense per discourse (Gale, Church and
Yarowsky 1992), when the head noun after it is one that uses a name as a town's ("Rice
residents", "Bridge police": ``town_use``), and when any of its places is a country, a
capital or a city of 100,000 people or more (the UN Demographic Yearbook's class of cities it
tabulates by name): a city the reader knows is what its name before a noun means ("Limerick
hospitals", "Buffalo schools").
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.model import Place
from dashboard.places.capitals import is_capital
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import fold
from dashboard.places.recognise import Match
from dashboard.places.recognise_filters import opens
from dashboard.places.town_use import town_use

# one capitalised word (its other letters lowercase), a space and a lowercase word after it
_TITLE_WORD = re.compile(r"[A-Z][a-z]+")
_LOWER_AFTER = re.compile(r" ([a-z]+)\b")
# UN Demographic Yearbook, Table 8: "population of capital cities and cities of 100 000 or
# more inhabitants"; a city this large is known by name to a news reader
_KNOWN_CITY = 100_000


@lru_cache(maxsize=4096)
def _noun(word: str) -> bool:
    """Whether lemminflect's lexicon reads the lowercase ``word`` as a noun ("rail",
    "services"); a name alone ("quetta") has no lemma."""
    from lemminflect import getAllLemmas

    return "NOUN" in getAllLemmas(word)


def _opening_modifier(text: str, m: Match) -> bool:
    """Whether ``m`` is one title-case common noun opening a sentence before a lowercase
    noun that does not use it as a town's name ("Rail services", not "Rice residents")."""
    if _TITLE_WORD.fullmatch(text, m.start, m.end) is None:
        return False
    after = _LOWER_AFTER.match(text, m.end)
    if after is None or not _noun(after.group(1)):
        return False
    if not _noun(text[m.start : m.end].lower()) or not opens(text, m.start):
        return False
    return town_use(text, m.start, m.end) is None


def _known(place: Place) -> bool:
    """Whether a name's ``place`` is one a reader knows by that name: a country, a capital or
    a city of ``_KNOWN_CITY`` people or more."""
    if place.kind == "country":
        return True
    return place.kind == "city" and (place.population >= _KNOWN_CITY or is_capital(place))


def without_opening_nouns(text: str, matches: list[Match], gaz: Gazetteer) -> list[Match]:
    """``matches`` without a sentence-opening common noun before the noun it modifies, unless
    the text names it elsewhere outside a sentence's opening; a known city's or a country's
    name stays (``_known``).

    >>> from dashboard.places.gazetteer import load
    >>> gaz = load()
    >>> t = "Rail services stopped."
    >>> without_opening_nouns(t, [Match(0, 4, gaz.index["rail"])], gaz)
    []
    """
    dropped = [
        m
        for m in matches
        if _opening_modifier(text, m) and not any(_known(p) for p in gaz.places_of(m.place_ids))
    ]
    if not dropped:
        return matches  # the common case
    # another mention of the name that does not open a sentence calls it a place
    named = {fold(text[m.start : m.end]) for m in matches if not opens(text, m.start)}
    gone = {id(m) for m in dropped if fold(text[m.start : m.end]) not in named}
    return [m for m in matches if id(m) not in gone]
