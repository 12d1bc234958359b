"""A past-perfect act in a reported clause dated only by its telling: "Baku said on Wednesday
the plane had been hit over Grozny". The past perfect under a saying verb puts the act before
the saying (Reichenbach 1947, E < R = the telling; TimeML anchors the reported event BEFORE
the reporting one), so the telling's day is not the act's. When its subject is a definite
noun the story told before with a day of its own ("An … plane crashed near Aktau on Nov. 11"),
the act is that happening told again, and its day is the honest one (TimeML: the event
refers back, a coreferent mention takes its antecedent's time). Otherwise the act lies before
the telling by a time the text does not give: the week up to the telling's day (the day
itself kept, for an act done hours before it was told), flagged ``date_inferred`` by the
caller; an act told as lasting ("had besieged the town for months") is the stretch of that
many units ending on the telling's day (TimeML: a DURATION whose end is the reference time).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from dashboard.events.dates_common import add_months, count_span, month_span, precision_for
from dashboard.events.dates_flashback import told_in_past_perfect
from dashboard.events.dates_noun_relative import relative_clause_day
from dashboard.events.drafts import _Draft
from dashboard.events.story_start import day_just_told
from dashboard.model import DateRange

_SAYING = re.compile(
    r"\b(?:said|says|told|reported|added|announced|confirmed|stated)\b", re.IGNORECASE
)
# what a statement answers: "said … in response to U.S. missile attacks" (up to four words
# between, the act's modifiers and doer)
_ANSWERED = re.compile(
    r"\b(?:in\s+(?:response|reaction|reply|retaliation)\s+(?:to|for)|responding\s+to|"
    r"reacting\s+to)\s+(?:[\w.'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# a verb of saying, then (perhaps after its date and "that") the definite subject of the
# reported clause and "had": "said on Wednesday the plane had", "said that the convoy had"
_REPORTED_SUBJECT = re.compile(
    r"\b(?:said|says|told\s+\w+|reported|added|announced|confirmed|stated)\b[^,;.]{0,40}?"
    r"\b(?:that\s+)?the\s+(?P<noun>[a-z]{3,})\s+(?:had|'d)\b",
    re.IGNORECASE,
)


def reported_perfect(
    text: str, d: _Draft, said: DateRange, earlier: Sequence[_Draft], pub: date | None = None
) -> tuple[DateRange, _Draft | None] | None:
    """The date of the draft ``d`` told in the past perfect after a verb of saying whose day
    ``said`` is its only date, and the earlier draft (of ``earlier``, those of sentences before
    it, with a day of their own) whose happening its definite subject names again; None when
    the draft is not such an act. With no such draft, an act told as lasting ("had besieged
    the town for months") runs up to the telling (``_before_telling``), with no draft. An act
    told by a noun whose relative clause gives its day ("the raid that sank two boats on
    Thursday") takes that day first (``dates_noun_relative``), with ``d`` itself."""
    s = d.evidence[0][0]
    trig = d.trigger
    own = relative_clause_day(text, d, said, pub) if pub is not None else None
    if own is not None:  # "said on Saturday ... the raid that sank two boats on Thursday"
        return own, d
    if (
        said.precision == 1
        and _ANSWERED.search(text, max(s, trig.start - 60), trig.start)
        and _SAYING.search(text, s, trig.start)
    ):
        # "New Zealand said Friday, in response to U.S. missile attacks …": what a statement
        # answers came before it (TimeML BEFORE), on no day the text gives: the week up to it
        why = f"answered by a statement ({said.reason}): on or before it, the week up to it"
        return DateRange(said.end - timedelta(days=6), said.end, 2, said.text, why), None
    if said.precision == 1 and pub is not None and _SAYING.search(text, s, trig.start) is None:
        # "Police detained 30 people, the ministry said on Wednesday." after a sentence
        # dated Tuesday: the act lies between the day just told and the telling
        between = between_told_days(text, s, said, pub)
        if between is not None:
            # a span of more than a week is a bound, not a time the text gives: inferred
            return between, d if between.precision <= 2 else None
    if said.precision != 1 or not told_in_past_perfect(text, trig.start, trig.end):
        return None
    if _SAYING.search(text, s, trig.start) is None:
        return None
    subjects = list(_REPORTED_SUBJECT.finditer(text, s, trig.end))
    if subjects:
        found = _told_before(text, d, said, subjects[-1]["noun"].lower(), earlier)
        if found is not None:
            return found
    # with no such happening and no stretch told ("for months"), the telling's day stays:
    # the week up to it split happenings sets B and L (a report of the day merges with its
    # act told the same day; tried again by dates51, set L's recall .758 -> .697)
    lasted = _before_telling(text, d, said)
    return (lasted, None) if lasted is not None else None


# "for three months", "for more than two years", "for months": how long the act had lasted
_LASTED = re.compile(
    r"\bfor\s+(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?"
    r"(?:(?P<num>[\w-]+)\s+)?(?P<unit>days|weeks|months|years)\b",
    re.IGNORECASE,
)


def _before_telling(text: str, d: _Draft, said: DateRange) -> DateRange | None:
    """The days before the telling ``said`` (a day) that a past-perfect act told by it had
    lasted: the stretch its "for N units" gives, ending on that day; None without one. A bare
    plural ("for months") is read as "several" (``count_span``), as far back as that
    reaches."""
    day = said.start
    e = d.evidence[0][1]
    stop = re.search(r"[,;.]", text[d.trigger.end : e])
    clause = text[d.trigger.end : d.trigger.end + stop.start() if stop else e]
    m = _LASTED.search(clause)
    count = None
    if m is not None:
        try:
            count = count_span(m["num"] or "several")[1]
        except KeyError:
            count = None  # "for Tuesday's talks": no count of units
    if m is not None and count is not None:
        unit = m["unit"].lower()
        if unit in ("days", "weeks"):
            start = day - timedelta(days=count * (7 if unit == "weeks" else 1))
        else:
            year, month = add_months(day.year, day.month, -count * (12 if unit == "years" else 1))
            start = date(year, month, min(day.day, month_span(year, month)[1].day))
        why = f"past perfect lasting '{m.group().strip()}', told by a saying ({said.reason})"
    else:
        return None
    return DateRange(start, day, precision_for(start, day), said.text, why)


def _told_before(
    text: str, d: _Draft, said: DateRange, noun: str, earlier: Sequence[_Draft]
) -> tuple[DateRange, _Draft] | None:
    """The day of the latest earlier draft, dated to a day by its own phrase, whose sentence
    names ``noun`` (the happening "the plane" refers back to), or None."""
    for o in reversed(earlier):
        if o.sentence >= d.sentence or not o.readings or o.readings[0][0].precision != 1:
            continue
        os, oe = o.evidence[0]
        if re.search(rf"\b{re.escape(noun)}\b", text[os:oe], re.IGNORECASE):
            day = o.readings[0][0]
            why = (
                f"past perfect told by a saying ({said.reason}): 'the {noun}' is the "
                f"happening told before, on {day.start} ({day.reason})"
            )
            return DateRange(day.start, day.end, day.precision, day.text, why), o
    return None


_TOLD_BEFORE_DAYS = 2  # how far before the telling the day just told is the act's own span
_TOLD_BEFORE_MAX = 30  # past a month the day just told is another story's, no bound


def between_told_days(text: str, s: int, said: DateRange, pub: date) -> DateRange | None:
    """The days from the one the sentence before names to the telling ``said`` (a day), for
    an act of the sentence at ``s`` dated only by a closing reporting frame ("Police fired
    tear gas on Tuesday night. Police detained 30 people, the ministry said on Wednesday."):
    TimeML anchors the frame's date to the saying, and the reported act lies BEFORE or on
    it; the day just told (one or two days before) is the narrative's reference time, so
    the act lies between the two (ACLED time precision 2: a span within a week). A day told
    further back ("seized a tanker on 12 February. Nine crew were detained, state media said
    on Thursday", a week on) bounds the act the same way, at the precision that span gives
    (up to ``_TOLD_BEFORE_MAX`` days): the telling's day is not the act's (TimeML
    Annotation Guidelines 1.2.1, §2.3: the reported event is anchored BEFORE or on the
    reporting one, never on it by default), and a day-precision date taken from the telling
    alone is the confident wrong reading. None when the sentence before names no such
    day."""
    told = day_just_told(text, s, pub)
    if told is None or not 1 <= (said.start - told.start).days <= _TOLD_BEFORE_MAX:
        return None
    if (said.start - told.start).days > _TOLD_BEFORE_DAYS:
        why = (
            f"told by a saying ({said.reason}) after a sentence dated {told.start} "
            f"({told.reason}): on or after that day and by the telling"
        )
        return DateRange(told.start, said.end, precision_for(told.start, said.end), None, why)
    why = (
        f"told by a saying ({said.reason}) right after a sentence dated {told.start} "
        f"({told.reason}): between the two"
    )
    return DateRange(told.start, said.end, 2, said.text, why)
