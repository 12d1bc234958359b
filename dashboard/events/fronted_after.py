"""An act told in an "After …," clause that opens the sentence, before the main clause's date.

"After the governor asked for help, marines began arriving on Thursday": the date is the
main clause's (the arrival); the fronted clause's act comes before it (TimeML 1.2.1: "after"
signals the relation AFTER between the main event and the clause's, so the clause's event is
BEFORE the date), on a day the text does not give. Without this, a main clause that holds
no act the coder reads lent its day to the asking.
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger

# "After", "Following" opening the sentence (a subordinate clause or phrase: Quirk et al.
# 1985, 15.25, clauses of time), not "After all"
_FRONTED = re.compile(r"[\s\"“‘']*(?:After|Following)\s(?!all\b)")
CLAUSE_CHARS = 120  # how far the fronted clause may run to its closing comma


def fronted_after(text: str, s: int, main: Trigger, date_end: int) -> re.Match[str] | None:
    """The "After" opening the sentence at ``s`` when its clause holds ``main`` and closes
    with a comma before the date ending at ``date_end`` (offsets into ``text``), or None.

    Example: in "After the governor asked for help, marines began arriving on Thursday" the
    match of "After " when ``main`` is "asked".
    """
    m = _FRONTED.match(text, s)
    if m is None or main.start < m.end():
        return None
    comma = text.find(",", main.end, m.end() + CLAUSE_CHARS)
    if comma < 0 or comma >= date_end or re.search(r"[;:.]", text[m.end() : comma]):
        return None
    return m
