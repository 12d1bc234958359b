"""A stretch told in the present perfect inside a dated telling ends on the telling's day.

"A jailed activist has been on hunger strike for 12 days, her family said on Wednesday": the
reported clause keeps the speaker's present perfect (no backshift, Quirk et al. 1985 §14.31),
so its "now" is the speaker's, the saying's Wednesday, not the report's publication. TimeML
1.2.1 values "for 12 days" a DURATION (P12D) whose end is that reference time (Reichenbach
1947, E-R with R = the saying): the act ran the twelve days up to Wednesday. The reader first
reads such a stretch up to publication (``dates_counts.for_units``), and so "over the past 12
days" or "for the past 12 days" (``dates_counts.past_units``, whose "past" is the speaker's
now too); this moves it back to the day of the telling that frames the sentence.

"At least seven people were killed in four days of fighting, officials said on Tuesday": the
only date is the saying's, and the act is told as a count of days of a happening; the days
ran up to the saying (a TimeML DURATION anchored at that reference time, as above), so the
act is dated from that many days before the saying to its day, never the saying's day alone
(``days_up_to_telling``, called from ``stretch_to_telling``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from dashboard.events.dates import find_dates
from dashboard.events.dates_background import dated_only_by_telling
from dashboard.events.dates_common import NUM_RX, NUMBERS, precision_for
from dashboard.events.dates_counts import FOR_STRETCH, STRETCH
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
    if stretch.precision == 1 and stretch.text:
        return days_up_to_telling(text, d, stretch)
    # "for 12 days" after a perfect, or "over/for the past 12 days": up to the speaker's now
    told_stretch = stretch.text and (
        FOR_STRETCH.fullmatch(stretch.text) or STRETCH.fullmatch(stretch.text)
    )
    if stretch.end != pub or not told_stretch:
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


# "in three days of clashes", "over two days of rioting", "during four days of protests": a
# count of days a happening ran (Quirk et al. 1985 §9.38, "in" + a period: the time within
# which; the "of" phrase names the happening)
_DAYS_OF = re.compile(
    rf"\b(?:in|over|during|after)\s+(?:the\s+(?:past\s+|last\s+)?)?{NUM_RX}\s+days?\s+of\s",
    re.IGNORECASE,
)
_MOST_DAYS = 31  # a count of days beyond a month is told as weeks or months, not a stretch here


def days_up_to_telling(text: str, d: _Draft, told: DateRange) -> DateRange | None:
    """From N days before the saying's day to that day, when ``told`` (the draft's only
    reading, a day) only dates a saying ("officials said on Tuesday") and the draft's
    sentence counts N days of a happening before it ("killed in four days of fighting");
    None otherwise. Example: "... in three days of clashes, officials said on Sunday"
    (Sunday 22 September 2024) -> 19 to 22 September, precision 2."""
    s, e = d.evidence[0]
    sentence = text[s:e]
    if not told.text or not dated_only_by_telling(sentence, [told.text]):
        return None
    m = _DAYS_OF.search(sentence)
    if m is None or m.start() > sentence.find(told.text):
        return None
    num = m["num"].lower()
    n = int(num) if num.isdigit() else NUMBERS.get(num)
    if n is None or not 1 <= n <= _MOST_DAYS:
        return None
    start = told.start - timedelta(days=n)
    why = f"'{m.group().strip()}': the {n} days up to the saying '{told.text}' ({told.start})"
    return DateRange(start, told.end, precision_for(start, told.end), told.text, why)
