"""A missile that fell in a state's own waters is no show of force by that state.

"Manila said two rockets fell inside its exclusive economic zone": cameo.csv reads a missile
told by where it came down as a launch (CAMEO 1.1b3 §150 demonstrate military power), and the
clause's subject became its source. But the possessive determiner ("its", "their", "our")
before the waters takes the subject as its antecedent (Quirk et al. 1985 §6.32, §19.50): the
state reporting it owns the waters the missile fell into, so it is the side the show of force
is aimed at, not the one that fired (CAMEO 1.1b3 ch. 2: the source is who acts, the target
who is acted upon). The firer, unnamed in the clause, stays unknown.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.cameo import Trigger

SHOW = "150"  # CAMEO 1.1b3 §150 demonstrate military power
# possessive determiners (Quirk et al. 1985 §6.32, a closed class) before the waters' noun
_OWN = re.compile(r"\b(?:its|their|our)\s+(?:[\w-]+\s+){0,3}[\w-]+$", re.IGNORECASE)
# the landing the waters end ("fell inside", "landed in"): "launched its own missiles toward
# waters off X" is the subject's own launch, its possessive on the missiles, not the waters
_LANDED = re.compile(r"\b(?:fell|fall|falls|landed|land|lands|splashed|came\s+down)\b", re.I)

Sides = tuple[Actor | None, Actor | None]


def zone_owner_sides(trig: Trigger, sides: Sides) -> Sides:
    """(source, target) of a §150 missile landing whose trigger ends on the source's own
    waters ("rockets fell inside its exclusive economic zone"): no source, the owner as the
    target; ``sides`` unchanged otherwise. Example: for Manila's rockets above, the sides
    (Philippines, None) become (None, Philippines)."""
    source, target = sides
    if source is None or (trig.full or trig.code) != SHOW:
        return sides
    if _OWN.search(trig.text) is None and f"{source.name}'s" not in trig.text:
        return sides
    if _LANDED.search(trig.text) is None:
        return sides
    return None, target or source
