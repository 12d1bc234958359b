"""An act told within a happening that a possessive date names: "were killed in last week's
fighting", "were hurt during Sunday's riots".

A possessive date is its noun's (TimeML: a TIMEX3 in a noun phrase anchors the event nominal
it modifies), so the reader keeps it off the verb when the sentence has another date. But
when the noun phrase is the verb's own "in"/"during"/"amid" adjunct, the verb's act befell
within that happening (TimeML DURING), so the noun's date is the act's too, and a later
clause's day ("and declared a day of mourning for Tuesday") is not.
"""

from __future__ import annotations

import re

# the verb, then only the preposition that puts its act inside the dated noun's happening
_WITHIN = re.compile(r"\s+(?:in|during|amid)\s+", re.IGNORECASE)


def within_dated(text: str, verb_end: int, date_start: int) -> bool:
    """Whether only "in", "during" or "amid" part the verb ending at ``verb_end`` from the
    possessive date starting at ``date_start`` in ``text``.

    >>> s = "were killed in last week's fighting"
    >>> within_dated(s, s.index(" in"), s.index("last"))
    True
    >>> s = "condemned last week's attack"
    >>> within_dated(s, s.index(" last"), s.index("last"))
    False

    Source: TimeML 1.2.1 annotation guidelines (DURING: an event inside another's span).
    """
    return (
        0 <= date_start - verb_end <= 10
        and _WITHIN.fullmatch(text, verb_end, date_start) is not None
    )
