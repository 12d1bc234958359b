"""A second hazard of the same kind told in a clause of its own after the first: "A quake
struck the island on Monday; a second quake hit on Tuesday" tells two quakes.

A semicolon joins independent clauses (Quirk et al. 1985 §13.17), each with its own
predication, and an ordinal or "another" before the hazard's noun (§5.116) names another
member of the set the first opened, not the first told again. EM-DAT records each hazard
event with its own onset, so the second is a card of its own beside the first. The markers
are data (``data/lexicon/repeat_markers.csv``).
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events import hazards
from dashboard.events.lexicon import role_words
from dashboard.events.trigger import Trigger

# a hazard not asserted: forecast, feared, denied (``hazards.hazard_triggers`` flags)
_UNASSERTED = frozenset({"negated", "hypothetical", "planned"})


@cache
def _marked() -> re.Pattern[str]:
    """A semicolon, then the hazard's noun phrase opening on a repeat marker."""
    words = role_words("repeat_markers.csv", "repeat")
    return re.compile(rf";\s+(?:(?:a|the)\s+)?(?:{words})\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)


def repeat_hazard(text: str, main: Trigger, trigs: list[Trigger]) -> Trigger | None:
    """The hazard of ``main``'s kind told after a semicolon with a repeat marker before its
    noun (see the module), or None: ``main`` no hazard, or no such second hazard asserted.

    >>> t = Trigger("DIS-QUAKE", 3, 2, 14, "quake struck")
    >>> repeat_hazard("A quake struck.", t, [t]) is None
    True
    """
    if not hazards.is_hazard(main.code):
        return None
    for hz in trigs:
        if hz.start <= main.end or hz.code != main.code or set(hz.flags) & _UNASSERTED:
            continue
        if _marked().search(text, main.end, hz.start) is not None:
            return hz
    return None
