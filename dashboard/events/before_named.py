"""An act placed before a happening its own year names: "activists who had been arrested
before the 2019 election" were arrested by the end of 2019, not in the week of the story.

"Before" orders the act by the happening (TimeML 1.2.1: a TLINK of relType BEFORE between
two events; Quirk et al. 1985 §9.35), and "the 2019 election" is dated by its year
(``dates_absolute.noun_year``), a date of the noun, not of the act. With no date phrase of
its own, the act lies before that happening: at the latest that year's end, and earlier by
an amount the text does not say. The honest date is an inferred range from the year before
through the named year (flagged ``date_inferred``), never the
publication week. The prepositions are ``classes.csv`` ``BEFORE_HAPPENING``. Otherwise the
date is bounded as ``dates_bounds.bounded`` reads it.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from dashboard.events.dates_bounds import bounded
from dashboard.events.dates_common import precision_for
from dashboard.events.dates_toll_update import toll_update_range
from dashboard.events.lexicon import word_class
from dashboard.events.period_end import ended_period
from dashboard.model import DateRange


@cache
def _before_year() -> re.Pattern[str]:
    """The preposition, "the", a four-digit year and a lower-case noun after it."""
    words = "|".join(sorted(word_class("BEFORE_HAPPENING"), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{words})(?:\s+to)?\s+the\s+(?P<year>(?:1[89]|20)\d\d)\s+(?P<noun>[a-z][a-z-]+)\b",
        re.IGNORECASE,
    )


# a clause break between the verb and the phrase: the phrase is another clause's
_BREAK = re.compile(r"[,;:()]|\b(?:and|but|while|when|who|which|that)\b", re.IGNORECASE)


def before_named_year(sentence: str, verb_end: int, when: DateRange, pub: date) -> DateRange | None:
    """The inferred range of an act told at ``verb_end`` (an offset in ``sentence``) before a
    happening named with its year, when the act has no date phrase of its own (``when.text``
    empty) and that year is over by publication ``pub``; None otherwise.

    >>> s = "Police had detained them before the 2019 election."
    >>> r = before_named_year(s, 18, DateRange(date(2025, 2, 14), date(2025, 2, 20), 2, None, ""),
    ...                       date(2025, 2, 20))
    >>> (r.start, r.end)
    (datetime.date(2018, 1, 1), datetime.date(2019, 12, 31))
    """
    if when.text or verb_end < 0:
        return None
    m = _before_year().search(sentence, verb_end)
    if m is None or _BREAK.search(sentence, verb_end, m.start()):
        return None
    year = int(m["year"])
    if year >= pub.year:
        return None  # the happening may lie ahead of, or in, the story's own year
    why = (
        f"before the {year} {m['noun']}: the act lies before a happening of {year}, by that "
        "year's end; how long before, the text does not say"
    )
    start, end = date(year - 1, 1, 1), date(year, 12, 31)
    return DateRange(start, end, precision_for(start, end), m.group(), why)


def past_bound(
    sentence: str, verb_end: int, when: DateRange, pub: date, *, done: bool
) -> tuple[DateRange, bool] | None:
    """``bounded``'s answer, after an act before a happening named with its past year
    (module doc) or an act a toll counts that rose on a day (``dates_toll_update``): that
    inferred range and True; an act that ends a ranged period (``period_end``): its last year
    and False."""
    named = before_named_year(sentence, verb_end, when, pub) if done else None
    named = named or (toll_update_range(sentence, verb_end, when) if done else None)
    if named is not None:
        return named, True
    ended = ended_period(sentence, verb_end, when) if done else None
    if ended is not None:  # "ended the 1992-95 war": the act is at the period's end
        return ended, False
    return bounded(sentence, when, pub, done=done)
