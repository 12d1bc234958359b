"""A side named inside the charge a verdict states ("found Le Pen guilty of embezzling
European Union funds") is what the crime was done to, not the one found guilty.

CAMEO 1.1b3 §116 (find guilty or liable, legally): the target is the one the court finds
guilty. The charge after "guilty of" or "convicted of" is a gerund clause of its own (Quirk
et al. 1985 §15.10: an -ing clause as the complement of a preposition), whose object ("European
Union funds", "United Nations aid") belongs to that clause; so its names are no side of the
verdict, and no target is better than the crime's object.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.cameo import Trigger

_VERDICT = "116"
# "guilty of embezzling", "convicted of misusing": the charge as a gerund clause
_CHARGE = re.compile(
    r"\b(?:guilty|convicted|acquitted|culpable|liable)\s+of\s+(?:[a-z]+ly\s+)?[a-z]+ing\b",
    re.IGNORECASE,
)
REACH = 120  # characters after the trigger the charge is read in


def charge_object(text: str, trig: Trigger, target: Actor | None) -> bool:
    """Whether ``target`` of the verdict ``trig`` (§116) is named inside the charge's gerund
    clause after the trigger ("… guilty of embezzling European Union funds")."""
    if target is None or not (trig.full or trig.code).startswith(_VERDICT):
        return False
    if target.start < trig.start:
        return False
    charge = _CHARGE.search(text, trig.start, min(target.start, trig.end + REACH))
    return charge is not None and charge.end() <= target.start
