"""A weekday after "a"/"an" that names no day of the calendar: "on a Sunday".

"The attack happened on a Sunday", "he was killed on a Friday in March": the indefinite
article makes the weekday non-specific, and TimeML values it as underspecified
(``XXXX-WXX-7``, TimeML 1.2.1 annotation guidelines §2.2.1.2, non-specific expressions), so
it holds no calendar day; read as the latest Sunday it puts a confident wrong day on a
card. Only the prepositional use is taken ("on a Sunday", "of a Friday afternoon"),
with nothing after it but a mark or a word that opens another phrase: "in a Monday
interview", "a Friday deadline" are news shorthand for that very day's interview or
deadline (a weekday as a noun modifier) and keep their reading.
"""

from __future__ import annotations

import re

from dashboard.events.dates_common import WEEKDAYS

_INDEFINITE = re.compile(
    r"\b(?:on|of)\s+an?\s+(?P<day>(?:"
    + "|".join(w.capitalize() for w in WEEKDAYS)
    + r")(?:\s+(?:morning|afternoon|evening|night))?)"
    r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:in|of|when|while|and|or|before|after|at|during|as|that)\b)",
)


def indefinite_weekdays(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every weekday that follows "on a"/"of a" and names no day.

    Example: ``indefinite_weekdays("It happened on a Sunday.") == [(17, 23)]``;
    ``indefinite_weekdays("He said so in a Monday interview.") == []``."""
    if " a" not in text:
        return []
    return [m.span("day") for m in _INDEFINITE.finditer(text)]
