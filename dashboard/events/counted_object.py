"""A side named after an act's counted object, inside a phrase that modifies something else
("detained more than 1,100 people during protests over the arrest of mayor X", "detained 50
people at a rally in support of Y"), is not the act's target.

CAMEO 1.1b3 codes the target as the one the act is done to: the object of "detained" is the
counted group (Quirk et al. 1985 §10.2: the direct object follows the verb), and a name in a
prepositional phrase after it (§9.1) belongs to that phrase's noun (the protests' grievance,
the rally's cause). The group has no name, so no target is better than the named cause.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.cameo import Trigger

# the acts done to persons taken or hurt in numbers (CAMEO 1.1b3 §17 coerce, §18 assault)
_ROOTS = ("17", "18")
# "detained more than 1,100 people", "arrested dozens of students", "wounded 12 protesters"
_COUNTED = re.compile(
    r"[A-Za-z-]+\s+(?:(?:more\s+than|at\s+least|about|around|nearly|almost|some|over|up\s+to)\s+)?"
    r"(?:\d[\d,.]*|dozens|scores|hundreds|thousands|tens\s+of\s+thousands)\s+(?:of\s+)?"
    r"(?:[a-z-]+\s+)?(?:people|persons|protesters|demonstrators|students|activists|"
    r"supporters|marchers|workers|journalists|men|women|youths|villagers|residents)\b",
    re.IGNORECASE,
)
# a preposition opening a phrase that modifies the object or the clause, not a second object
_PREPOSITION = re.compile(
    r"\b(?:during|at|in|over|of|for|after|outside|near|against|amid|following)\b", re.I
)


def counted_object_target(text: str, trig: Trigger, target: Actor | None) -> bool:
    """Whether ``target`` of ``trig`` (an act of CAMEO root 17 or 18) is named after the
    verb's counted, unnamed object, behind a preposition ("detained 50 people at a rally in
    support of Y"): then it is no side of the act."""
    if target is None or not (trig.full or trig.code).startswith(_ROOTS):
        return False
    counted = _COUNTED.match(text, trig.start)
    if counted is None or target.start < counted.end():
        return False
    return _PREPOSITION.search(text, counted.end(), target.start) is not None
