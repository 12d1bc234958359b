"""An act counted by a toll that rose on a day: "the toll from a bus bombing in the capital
rose to 31 on Monday".

The day dates the toll's rising, a change of the count (TimeML 1.2.1 anchors a time to the
event of its own clause: here "rose"), not the act the toll counts, which came first. With
no day of its own, the act lies on or before the count's day, by an amount the text does not
say: the honest date is an inferred range of the week ending that day (flagged
``date_inferred``), never that day at day precision. The words are data:
data/lexicon/toll_updates.csv (role ``toll``: the count's noun; ``update``: its verb).
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import cache

from dashboard.events.dates_common import precision_for
from dashboard.events.lexicon import role_words
from dashboard.model import DateRange

_FILE = "toll_updates.csv"
_REACH = 90  # characters between "toll from" and the act's noun ("the toll from Monday's …")
_WEEK = timedelta(days=6)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    toll, update = role_words(_FILE, "toll"), role_words(_FILE, "update")
    # "the death toll from a car bombing outside …": no clause break before the act's noun
    before = re.compile(rf"\b(?:{toll})\s+(?:from|of|in)\s+[^,;:()]{{0,{_REACH}}}$", re.I)
    # "… rose to 40 on Wednesday": the update's verb right after the act's phrase
    after = re.compile(rf"[^,;:()]{{0,{_REACH}}}?\b(?:{update})\b", re.I)
    return before, after


def toll_update_range(sentence: str, act_end: int, when: DateRange) -> DateRange | None:
    """The inferred week ending on ``when``'s day for an act whose trigger ends at
    ``act_end`` (an offset in ``sentence``) named as what a toll counts ("the toll from a car bombing … rose
    to 40 on Wednesday"), when ``when``'s phrase follows the toll's verb; None otherwise.

    >>> from datetime import date
    >>> s = "The death toll from a bus bombing rose to 31 on Monday."
    >>> r = toll_update_range(s, 33, DateRange(date(2025, 2, 17), date(2025, 2, 17), 1,
    ...                       "on Monday", ""))
    >>> (r.start, r.end, r.precision)
    (datetime.date(2025, 2, 11), datetime.date(2025, 2, 17), 2)
    """
    if not when.text or when.start != when.end:
        return None
    before, after = _patterns()
    if before.search(sentence, 0, act_end) is None:
        return None
    verb = after.match(sentence, act_end)
    if verb is None or sentence.find(when.text, verb.end()) < 0:
        return None  # "the toll from Saturday's bombing": the act's own day, kept
    first = when.end - _WEEK
    why = (
        f"'{when.text}' dates the toll's update; the act it counts came on or before that "
        "day, how long before the text does not say"
    )
    return DateRange(first, when.end, precision_for(first, when.end), when.text, why)
