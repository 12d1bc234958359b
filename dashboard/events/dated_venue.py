"""The place told right after an act's date, when the act's clause was closed at that date:
"Brazil will host the next summit in 2025 in Rio de Janeiro" reads "in 2025" as the date of
the summit named before it, and the clause the act was read from ends there; but "in Rio de
Janeiro", joined to the date with no clause mark, verb or word between, is a second adjunct
of the same verb phrase (Quirk et al. 1985, 8.13: adjuncts of time and place stack in one
clause), so it is where the act is (ACLED: the most specific place the report supports).
"""

from __future__ import annotations

import re

from dashboard.events.drafts import _Draft
from dashboard.model import Mention

_PLACE_AFTER = re.compile(r"\s*,?\s*(?:in|at)\s+(?:the\s+(?:city|town)\s+of\s+)?")


def venue_after_date(d: _Draft, text: str) -> tuple[Mention | None, str]:
    """The place named by "in" or "at" right after the date phrase that opens where ``d``'s
    clause ends; else (None, "")."""
    end = d.clause[1]
    while end < len(text) and text[end].isspace():
        end += 1
    date = next(((s, e) for s, e in d.dates if s == end), None)
    if date is None:
        return None, ""
    joined = _PLACE_AFTER.match(text, date[1])
    if joined is None:
        return None, ""
    for m in d.places:
        if m.start == joined.end() and m.place is not None and m.place.lat is not None:
            said = text[date[0] : m.end]
            why = f"the place told right after the act's date ('{said}')"
            return m, why
    return None, ""
