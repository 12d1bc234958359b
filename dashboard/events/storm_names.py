"""Storm names an article has introduced: "Typhoon Gaemi ... Gaemi hit Fujian".

A tropical cyclone gets a personal name from a list (WMO, Tropical Cyclone Programme: the
regional naming lists), and news introduces it once with its type word ("Typhoon Gaemi",
"Hurricane Beryl", "Cyclone Remal", "Storm Babet") and then names it bare. The bare name is
a definite noun phrase referring back to that storm (Quirk et al. 1985, §5.65: a proper noun
used again refers to the referent the text has set up), so "Gaemi hit China" tells the storm
striking, a natural hazard (EM-DAT meteorological: storm), never a fight (CAMEO 19 needs an
armed actor).
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.events.cameo import weapon_name
from dashboard.events.prefilter import gated

# the type word, then one capitalised name; "Super Typhoon" and "Tropical Storm" as written
_INTRO = gated(
    r"\b(?:[Ss]uper\s+)?(?:[Tt]yphoon|[Hh]urricane|[Cc]yclone|[Tt]ropical\s+[Ss]torm|"
    r"[Tt]ropical\s+[Cc]yclone|[Ss]torm)\s+([A-Z][a-z]{2,})\b(?!\s+[A-Z])"
)
# words after a type word that are no storm's name: a weapon or vehicle ("Storm Shadow"
# missiles are caught by ``weapon_name``), a sentence word, a calendar word
_NOT_NAMES = frozenset(
    {
        "The",
        "This",
        "That",
        "Warning",
        "Watch",
        "Season",
        "Centre",
        "Center",
        "Shadow",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    }
)


@lru_cache(maxsize=8)
def storm_names(text: str) -> tuple[tuple[str, int], ...]:
    """Each storm name the text introduces with its type word, and where it first does.

    >>> storm_names("Typhoon Gaemi hit Taiwan. Gaemi then hit Fujian.")
    (('Gaemi', 0),)
    """
    first: dict[str, int] = {}
    for m in _INTRO.finditer(text):
        name = m.group(1)
        if name in _NOT_NAMES or weapon_name(text, m.start(), m.end()):
            continue
        first.setdefault(name, m.start())
    return tuple(first.items())


def named_before(text: str, end: int) -> tuple[str, ...]:
    """The storm names introduced in ``text`` before ``end`` (a sentence's end)."""
    return tuple(sorted(n for n, at in storm_names(text) if at < end))


# the sentence words that may open a clause before a bare storm name ("Then Gaemi hit",
# "Later Beryl struck"): capitalised only by their place, not part of the name
_OPENERS = frozenset(
    "then but and when after later as so yet meanwhile also earlier before once while "
    "by on overnight there".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_NAME = re.compile(r"\w+")


def stands_alone(sentence: str, at: int) -> bool:
    """Is the name at ``at`` a bare storm name, not part of a longer name: no capitalised
    word right after it ("Yagi Corp", "Yagi Holdings") and none right before it
    ("Kenji Shanshan"), but a clause opener or a calendar word ("Then Gaemi hit", "On
    Tuesday Gaemi hit"). A person or a firm may share a storm's name (a fresh user's
    "Yagi Corp hit record profits" was read as the typhoon)."""
    name = _NAME.match(sentence, at)
    end = name.end() if name else at
    if _CAPITAL_AFTER.match(sentence, end):
        return False
    before = _WORD_BEFORE.search(sentence, 0, at)
    if before is None or not before.group(1)[:1].isupper():
        return True
    word = before.group(1)
    return word.lower() in _OPENERS or word in _NOT_NAMES
