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
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

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
