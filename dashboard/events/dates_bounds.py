"""A date phrase after "before", "after" or "by" bounds the act; it does not hold it.

TimeML 1.2.1 (§2.3, signals): in "unlikely to invade before 2027" the TIMEX3 is 2027 and the
signal "before" relates the event to it as BEFORE, so the act lies outside 2027, never inside
it; "after 2027" is AFTER, so the act starts once 2027 is over; "by 2027" says the act is done
no later than 2027's end (ENDS or BEFORE), so for an act still ahead it is any day from
publication to that end. "until" ends a state the act sets up and is read elsewhere
(``deadlines.state_end_date``).

What the event gets:

- "before X", X ahead of publication: publication up to the day before X starts.
- "before X", X gone: a stretch of X's own length (at least a week) ending the day before X,
  flagged ``date_inferred`` (how long before, the text does not say).
- "after X": a stretch of X's own length (at least a week) from the day after X ends, ended
  at publication for an act told as done, flagged ``date_inferred``.
- "by X", X ahead of publication: publication up to X's end; a past "by X" ("had taken the
  town by March") is left as read.

Time of day ("before dawn on Monday", "shortly after midnight") is within the day named, and a
possessive ("after Friday's prayers") dates the noun it modifies, so neither is bounded. Nor is
a phrase with a part ("before the end of the year", "after early May"), which ``event_span``
narrows already.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dashboard.events.dates_common import WEEKEND_ACTS, add_months, month_span, precision_for
from dashboard.model import DateRange

# the signal right before the phrase, or opening it ("before 2027" is read as one phrase)
# (not after "the": "since shortly after the Oct. 23 slaying" dates the noun the day modifies)
_SIGNAL = re.compile(r"\b(?P<sig>before|after|by|prior\s+to)\s+$", re.IGNORECASE)
_OPENS = re.compile(r"(?P<sig>before|after|by|prior\s+to)\s+", re.IGNORECASE)
# a time of day inside the phrase or right before it: within the day, not outside it
_TIME_OF_DAY = re.compile(
    r"\b(?:dawn|dusk|daybreak|sunrise|sunset|noon|midday|midnight|morning|afternoon|evening|"
    r"night|overnight|hours?|o'clock|GMT|UTC)\b|\b[ap]\.?m\b|\d:\d\d",
    re.IGNORECASE,
)
# a count of units or a time of day right before the signal: a span counted from the phrase
_COUNTED = re.compile(
    r"\b(?:hours?|days?|weeks?|months?|years?|minutes?|dawn|dusk|noon|midnight|morning|"
    r"afternoon|evening|night)\s*$",
    re.IGNORECASE,
)
# a noun of an act right after the phrase ("the weekend attacks"): the phrase premodifies it
_PREMODIFIES = re.compile(rf"\s+{WEEKEND_ACTS}\b", re.IGNORECASE)
_MIN_DAYS = 7  # a guessed stretch is never narrower than a week (ACLED precision 2)


def bounded(
    sentence: str, when: DateRange, pub: date, *, done: bool
) -> tuple[DateRange, bool] | None:
    """The range an act of ``sentence`` dated by the phrase ``when`` can have taken when a
    signal ("before", "after", "by") bounds it, and whether that range is inferred (a stretch
    the text does not give); None when no signal bounds the phrase. ``done`` says the act is
    told as having happened (not planned), so an "after" stretch ends at publication ``pub``.

    >>> bounded("It may invade before 2027.", DateRange(date(2027, 1, 1), date(2027, 12, 31),
    ...         4, "before 2027", ""), date(2026, 10, 9), done=False)[0].end
    datetime.date(2026, 12, 31)
    """
    sig = _signal(sentence, when)
    if sig is None:
        return None
    if sig in ("before", "prior to") and when.precision >= 3:
        # (a day or a week: ``date_reckoning._days_before`` has read it as the week before)
        end = when.start - timedelta(days=1)
        if when.start > pub:
            start = min(pub, end)
            why = f"before {when.text!r}: from publication ({pub}) up to the day before it"
            return _range(start, end, when, why), False
        start = _neighbour(when, -1)[0]
        return _range(start, end, when, f"before {when.text!r}: the stretch just before it"), True
    if sig == "after":
        start, end = _neighbour(when, 1)
        if done:
            if start > pub:
                return None  # an act told as done after a day still ahead: leave it to the verb
            end = min(end, pub)
        return _range(start, end, when, f"after {when.text!r}: the stretch just after it"), True
    if sig == "by" and when.start > pub:  # "by 2027", still ahead: done by its end
        why = f"by {when.text!r}: from publication ({pub}) up to its end"
        return _range(pub, when.end, when, why), False
    return None


def _neighbour(when: DateRange, step: int) -> tuple[date, date]:
    """The unit of the same kind as ``when`` just before (``step`` -1) or after (+1) it: the
    calendar year or month next to a whole year or month, else as many days (at least a
    week)."""
    s, e = when.start, when.end
    if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31) and s.year == e.year:
        return date(s.year + step, 1, 1), date(s.year + step, 12, 31)
    if s.day == 1 and (e + timedelta(days=1)).day == 1 and (s.year, s.month) == (e.year, e.month):
        year, month = add_months(s.year, s.month, step)
        return month_span(year, month)
    days = max((e - s).days + 1, _MIN_DAYS)
    if step < 0:
        return s - timedelta(days=days), s - timedelta(days=1)
    return e + timedelta(days=1), e + timedelta(days=days)


def _signal(sentence: str, when: DateRange) -> str | None:
    """The signal word bounding the phrase ``when.text`` in ``sentence``, lower-cased, or None
    (the phrase not found, a part, a time of day or a possessive)."""
    if not when.text or when.part:
        return None
    at = sentence.find(when.text)
    if at < 0 or _TIME_OF_DAY.search(when.text):
        return None
    after = sentence[at + len(when.text) : at + len(when.text) + 2]
    if after in ("'s", "’s") or when.text.endswith(("'s", "’s")):
        return None
    if _PREMODIFIES.match(sentence, at + len(when.text)):
        return None  # "after the weekend attacks": the phrase dates the noun, as a genitive
    m = _OPENS.match(when.text) or _SIGNAL.search(sentence, max(0, at - 20), at)
    if m is None:
        return None
    if m.re is _SIGNAL and _COUNTED.search(sentence, max(0, m.start() - 20), m.start()):
        return None  # "hours before Friday", "two days after May 3": counted from it
    return " ".join(m["sig"].lower().split())


def _range(start: date, end: date, when: DateRange, why: str) -> DateRange:
    return DateRange(start, end, precision_for(start, end), when.text, f"{when.reason}; {why}")
