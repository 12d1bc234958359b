"""The day a sentence's "overnight" counts from: the day the sentence before told, unless
that sentence steps back behind the story's day (a flashback).

``story_start.overnight_range`` dates "Police arrested 30 protesters on Tuesday. Overnight,
rioters torched two buses" to Tuesday's night: the sentence before set the reference time
(TimeML 1.2.1 §2.2.1, anaphoric expressions). A sentence whose day lies before the day an
earlier sentence told does not move the narrative on: it is background, told out of order
(Bell 1991, The Language of News Media, ch. 9: a news story's order is not time's order,
and a recalled earlier act is "background", not the next event). "The mayor closed the
schools on Friday. The strike began on Tuesday. Overnight, ..." is no night after
Tuesday: the report's night is the story's, as for a sentence with no day before it
(the night ending on publication's day).
"""

from __future__ import annotations

from datetime import date

from dashboard.events.dates import find_dates
from dashboard.events.story_start import TOLD_BEFORE_CHARS, day_just_told
from dashboard.model import DateRange


def _sentence_start(text: str, s: int) -> int:
    """The offset where the sentence before the one at ``s`` starts (as ``day_just_told``)."""
    return max(text.rfind(". ", 0, max(0, s - 2)), text.rfind("\n", 0, max(0, s - 1))) + 1


def night_anchor(text: str, s: int, pub: date) -> DateRange | None:
    """The day an "overnight" in the sentence at ``s`` follows: the last day of the sentence
    just before it, or None when there is none or when it lies before a day an earlier
    sentence told (a flashback, see the module). Example: "The mayor closed the schools
    on Friday. The strike began on Tuesday. Overnight, ..." -> None; "Police arrested 30
    protesters on Tuesday. Overnight, ..." -> that Tuesday."""
    told = day_just_told(text, s, pub)
    if told is None:
        return None
    start = _sentence_start(text, s)
    earlier = find_dates(text[max(0, start - TOLD_BEFORE_CHARS) : start], pub)
    days = [d.range for d in earlier if not d.continues and d.range.precision == 1]
    if days and days[-1].start > told.end:
        return None  # stepped back behind the story's day: background, not the narrative
    return told
