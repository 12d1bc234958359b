"""A stretch told in the present perfect inside a dated telling ends on the telling's day.

"A jailed activist has been on hunger strike for 12 days, her family said on Wednesday": the
reported clause keeps the speaker's present perfect (no backshift, Quirk et al. 1985 §14.31),
so its "now" is the speaker's, the saying's Wednesday, not the report's publication. TimeML
1.2.1 values "for 12 days" a DURATION (P12D) whose end is that reference time (Reichenbach
1947, E-R with R = the saying): the act ran the twelve days up to Wednesday. The reader first
reads such a stretch up to publication (``dates_counts.for_units``); this moves it back to the
day of the telling that frames the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from dashboard.events.dates import find_dates
from dashboard.events.dates_background import dated_only_by_telling
from dashboard.events.dates_common import precision_for
from dashboard.events.dates_counts import FOR_STRETCH
from dashboard.events.drafts import _Draft
from dashboard.model import DateRange


def stretch_to_telling(
    text: str, d: _Draft, readings: Sequence[tuple[DateRange, int]], pub: date
) -> DateRange | None:
    """The draft's "for N units" stretch (its only reading, read up to ``pub``) moved to end on
    the day of the saying in its sentence, or None. Example: "… has been on hunger strike for
    12 days, her family said on Wednesday" (published Friday 14 March 2025) -> 28 February to
    12 March, not 2 to 14 March."""
    if len(readings) != 1:
        return None
    stretch = readings[0][0]
    if stretch.end != pub or not stretch.text or not FOR_STRETCH.fullmatch(stretch.text):
        return None
    s, e = d.evidence[0]
    sentence = text[s:e]
    told = _telling_day(sentence, pub)
    if told is None or told >= pub:
        return None
    start = stretch.start - (pub - told)
    why = f"'{stretch.text}': from {start} up to the day of the saying that tells it ({told})"
    return replace(stretch, start=start, end=told, precision=precision_for(start, told), reason=why)


def _telling_day(sentence: str, pub: date) -> date | None:
    """The one day in ``sentence`` that stands only as the day of a saying ("said on
    Wednesday"), or None when there is none or more than one."""
    days = [
        m.range.start
        for m in find_dates(sentence, pub)
        if m.range.precision == 1 and dated_only_by_telling(sentence, [m.text])
    ]
    return days[0] if len(set(days)) == 1 else None
