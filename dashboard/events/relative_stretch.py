"""Which dates in a relative clause before the act are the relative clause's own.

"Rebels who had seized Bunia in January withdrew on Monday": a relative clause on the
subject has its own verb, and a TIMEX3 anchors the event of its own clause (TimeML 1.2.1
annotation guidelines, Pustejovsky et al. 2006, §2.2 and §3.4), so its date is not the act's
when the act has a date of its own after it. With no date after the act the reader keeps a
day or a month of the relative clause ("a man who arrived on Monday was arrested": the
story's day, the nearest it tells).

A stretch up to publication in that clause is never the act's time, whatever follows it: "A
man who has lived in the city for the past 20 years was arrested" measures how long the
noun's state has lasted (TimeML values "for the past 20 years" a DURATION, P20Y, linked to
its own clause's "lived"; Quirk et al. 1985 §17.14: a relative clause modifies its noun),
and the arrest was no twenty-year act. Such a stretch is dropped, and the act falls back to
the reader's inferred week.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.events.cameo import Trigger
from dashboard.events.date_scope import in_relative_before
from dashboard.events.dates_counts import FOR_STRETCH, PAST_WORDS, STRETCH, UNITS
from dashboard.events.dates_mention import DateMention

# "the past year", "the last month" (``dates_relative.relative_period``'s rolling stretch):
# the mention's own text starts at "past"/"last", after "the"; its units are the middle three
_ROLLING_UNITS = "|".join(UNITS.split("|")[1:4])  # week, month, year
_ROLLING = re.compile(rf"(?:{PAST_WORDS})\s+(?:{_ROLLING_UNITS})\Z", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)


def own_dates(text: str, s: int, main: Trigger, loose: Sequence[DateMention]) -> list[DateMention]:
    """``loose`` (dates at offsets in the sentence starting at ``s`` in ``text``) without those
    in a relative clause before the trigger ``main`` that are that clause's own: all of them
    when a date follows the trigger, else the stretches up to publication alone.

    Example: in "A man who has lived there for the past 20 years was arrested." the stretch
    is dropped, and in "A man who arrived on Monday was arrested." Monday is kept."""
    dated_after = any(s + dm.start >= main.end for dm in loose)
    return [
        dm
        for dm in loose
        if not (
            (dated_after or _stretch(text, s, dm))
            and in_relative_before(text, s, main, s + dm.start)
        )
    ]


def _stretch(text: str, s: int, dm: DateMention) -> bool:
    """Is ``dm`` a stretch reaching up to publication ("over the past two years", "for 20
    years" after a perfect, "the past year")?"""
    if STRETCH.match(dm.text) or FOR_STRETCH.match(dm.text):
        return True
    rolling = _ROLLING.match(dm.text) is not None
    return rolling and _THE_BEFORE.search(text, max(0, s + dm.start - 6), s + dm.start) is not None
