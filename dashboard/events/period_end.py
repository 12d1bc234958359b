"""The year an act that ends a ranged period lies in: "the accords ended the 1998-2003
conflict" tells an act of 2003, not one spread over 1998-2003.

TimeML 1.2.1 reads an event that ends a period as an aspectual TERMINATES (a TLINK of relType
ENDS): the act is at the period's end. The range "1998-2003" dates the period (the noun), not
the verb; so when an ending verb (``classes.csv`` ``PERIOD_ENDING``) takes the period as its
object, the act's date is the range's last year. Other readings are left to ``bounded``.
"""

from __future__ import annotations

import re
from datetime import date

from dashboard.events.dates_common import precision_for
from dashboard.events.lexicon import word_class
from dashboard.model import DateRange


def ended_period(sentence: str, verb_end: int, when: DateRange) -> DateRange | None:
    """The last year of a multi-year range ``when`` (its text in ``sentence``) when the act's
    verb, ending at offset ``verb_end`` of ``sentence``, is an ending verb whose object is the
    period the range names ("ended the 1998-2003 conflict"); None otherwise (a range of one
    year or less, no ending verb, or the range not its object).

    >>> w = DateRange(date(1998, 1, 1), date(2003, 12, 31), 5, "1998-2003", "")
    >>> r = ended_period("The pact ended the 1998-2003 conflict.", 36, w)
    >>> (r.start, r.end)
    (datetime.date(2003, 1, 1), datetime.date(2003, 12, 31))
    """
    if not when.text or verb_end <= 0 or when.end.year <= when.start.year:
        return None
    words = "|".join(sorted(word_class("PERIOD_ENDING"), key=len, reverse=True))
    obj = re.compile(
        rf"\b(?P<verb>{words})\s+(?:the\s+|its\s+|their\s+)?{re.escape(when.text)}\s+[a-z]",
        re.IGNORECASE,
    )
    # the act's trigger is the verb or spans it and its object ("ended ... war"): the match
    # starts before the trigger's end, and the trigger ends within the noun that follows
    verb = next(
        (
            m
            for m in obj.finditer(sentence)
            if (m.start() < verb_end and re.fullmatch(r"[a-z-]*", sentence[m.end() : verb_end]))
            or m.end("verb") == verb_end
        ),
        None,
    )
    if verb is None:
        return None
    y = when.end.year
    start, end = date(y, 1, 1), date(y, 12, 31)
    why = f"'{verb['verb']}' the {when.text} period: an act that ends a period is at its end (TimeML ENDS)"
    return DateRange(start, end, precision_for(start, end), when.text, why)
