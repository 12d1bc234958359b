"""The date of an act whose sentence tells it by a narrative phrase ("Hours later", "Earlier
in the week", "Over the following days") when no event was read before it.

- A day told before in the article is the narrative's reference time: the phrase counts from
  it, as from a story's date (TimeML 1.2.1 §2.2.1, anaphoric expressions): "Japan began
  discharging the water on Thursday. Hours later, China banned ..." is Thursday or Friday.
- With no date told before at all, a phrase naming the unit of the time of writing ("earlier
  in the week", "earlier in the month") has only the document creation time to go by, as
  TimeML resolves a reference time that is not given (§2.2.1: the DCT is the default
  reference); the act told as done lies in that unit up to publication, and one told ahead
  from publication to the unit's end. A day ("earlier in the day") stays undated, as the
  dates contract reads it (``dates_document._unanchored``): never the publication day from
  the publication date alone.
- "Overnight" with no date phrase of its own is the night that ended on the publication day
  (a report's night; not a date in TimeML's sense, so the dates contract leaves it out), but
  right after a sentence dated to a day before publication it is that day's night, ending
  the next morning ("Police arrested 30 protesters on Tuesday. Overnight,
  rioters torched two buses" is Tuesday night, dated Wednesday as wires date it "early
  Wednesday"), as "that night" is anchored on the reference time (TimeML 1.2.1 §2.2.1). A
  story linked further back ("Meanwhile, police said 31 people were arrested overnight"
  after a paragraph on Friday's raid) keeps the report's night: a round-up told as news.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dashboard.events.dates import DateMention, find_dates
from dashboard.events.dates_common import fmt_range, precision_for
from dashboard.events.narrative import continued_range
from dashboard.model import DateRange

TOLD_BEFORE_CHARS = 600  # how far back a day told before may anchor "hours later"
_EARLIER = re.compile(r"(?i)^earlier\b")
_LATER = re.compile(r"(?i)^later\b")


def day_told_before(text: str, s: int, pub: date) -> DateRange | None:
    """The last day-precision date phrase in the ``TOLD_BEFORE_CHARS`` before ``s`` that is
    not itself counted from another, or None."""
    found = find_dates(text[max(0, s - TOLD_BEFORE_CHARS) : s], pub)
    days = [d.range for d in found if not d.continues and d.range.precision == 1]
    return days[-1] if days else None


def day_just_told(text: str, s: int, pub: date) -> DateRange | None:
    """The last day-precision date of the sentence just before the one at ``s`` (the
    reference time it set), or None. Example: "Police arrested 30 protesters on Tuesday.
    Overnight, ..." -> that Tuesday."""
    start = max(text.rfind(". ", 0, max(0, s - 2)), text.rfind("\n", 0, max(0, s - 1))) + 1
    found = find_dates(text[start:s], pub)
    days = [d.range for d in found if not d.continues and d.range.precision == 1]
    return days[-1] if days else None


def storyless_range(
    text: str, s: int, sentence: str, phrase: DateMention, pub: date, *, future: bool
) -> DateRange | None:
    """The range an act gets from ``phrase`` (flagged ``continues``) in the sentence at ``s``
    when no event was read before it, or None. Example: "Earlier in the week, police arrested
    a leader" published Friday 15 March 2024 (nothing dated before) -> 11..15 March."""
    day_before = day_told_before(text, s, pub)
    if day_before is not None:
        counted = continued_range(day_before, sentence, phrase, pub, future=future)
        if not future and counted.start <= pub < counted.end:
            counted = replace(counted, end=pub)  # told as done: by publication
        return counted
    return _unit_of_writing(text, s, phrase, pub, future=future)


def _unit_of_writing(
    text: str, s: int, phrase: DateMention, pub: date, *, future: bool
) -> DateRange | None:
    """ "earlier in the week" with no date told before: publication's week up to publication
    (ahead: from it), or None when another reading is open."""
    r = phrase.range
    if r.precision == 1 or not r.start <= pub <= r.end:
        return None
    if future:
        if not _LATER.match(phrase.text):
            return None
        start, end, how = pub, r.end, "from publication on"
    else:
        if not _EARLIER.match(phrase.text):
            return None
        start, end, how = r.start, pub, "up to publication"
    if find_dates(text[:s], pub):
        return None  # a date told before is the reference time, even a month or a year
    why = (
        f"'{phrase.text}' with no date told before: the unit of publication ({pub}), "
        f"{how} ({fmt_range(start, end)})"
    )
    return DateRange(start, end, precision_for(start, end), phrase.text, why)


def overnight_range(pub: date, story: DateRange | None) -> DateRange:
    """The day an act told "overnight" is dated to: the day after ``story`` (the day the
    sentence before told) when that is a day before publication's, else publication's, give or take the one day the happenings'
    rule allows between day-dated reports. Example: story Tuesday 12 March 2024, published
    Friday the 15th -> Wednesday the 13th."""
    if story is not None and story.precision == 1 and story.end < pub:
        day = story.end + timedelta(days=1)
        why = f"'overnight': the night after the day told before ({story.end}), ending on {day}"
        return DateRange(day, day, 1, "overnight", why)
    why = f"'overnight': the night ending on the publication day ({pub})"
    return DateRange(pub, pub, 1, "overnight", why)
