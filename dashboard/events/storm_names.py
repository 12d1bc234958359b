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

# the type word, then one capitalised name; "Super Typhoon" and "Tropical Storm" as written
_INTRO = re.compile(
    r"\b(?:[Ss]uper\s+)?(?:[Tt]yphoon|[Hh]urricane|[Cc]yclone|[Tt]ropical\s+[Ss]torm|"
    r"[Tt]ropical\s+[Cc]yclone|[Ss]torm)\s+([A-Z][a-z]{2,})\b(?!\s+[A-Z])"
)
# words after a type word that are no storm's name: a weapon or vehicle ("Storm Shadow"
# missiles are caught by ``weapon_name``), a sentence word, a calendar word
_NOT_NAMES = frozenset(
    {
        "The", "This", "That", "Warning", "Watch", "Season", "Centre", "Center", "Shadow",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    }
)  # fmt: skip


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
