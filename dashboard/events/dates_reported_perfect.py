"""A past-perfect act in a reported clause dated only by its telling: "Baku said on Wednesday
the plane had been hit over Grozny". The past perfect under a saying verb puts the act before
the saying (Reichenbach 1947, E < R = the telling; TimeML anchors the reported event BEFORE
the reporting one), so the telling's day is not the act's. When its subject is a definite
noun the story told before with a day of its own ("An … plane crashed near Aktau on Nov. 11"),
the act is that happening told again, and its day is the honest one (TimeML: the event
refers back, a coreferent mention takes its antecedent's time). Otherwise the telling's day
is kept (a week up to it split acts the happenings sets group).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.events.dates_flashback import told_in_past_perfect
from dashboard.events.drafts import _Draft
from dashboard.model import DateRange

_SAYING = re.compile(
    r"\b(?:said|says|told|reported|added|announced|confirmed|stated)\b", re.IGNORECASE
)
# a verb of saying, then (perhaps after its date and "that") the definite subject of the
# reported clause and "had": "said on Wednesday the plane had", "said that the convoy had"
_REPORTED_SUBJECT = re.compile(
    r"\b(?:said|says|told\s+\w+|reported|added|announced|confirmed|stated)\b[^,;.]{0,40}?"
    r"\b(?:that\s+)?the\s+(?P<noun>[a-z]{3,})\s+(?:had|'d)\b",
    re.IGNORECASE,
)


def reported_perfect(
    text: str, d: _Draft, said: DateRange, earlier: Sequence[_Draft]
) -> tuple[DateRange, _Draft | None] | None:
    """The date of the draft ``d`` told in the past perfect after a verb of saying whose day
    ``said`` is its only date, and the earlier draft (of ``earlier``, those of sentences before
    it, with a day of their own) whose happening its definite subject names again; None when
    the draft is not such an act or no such draft is found."""
    s = d.evidence[0][0]
    trig = d.trigger
    if said.precision != 1 or not told_in_past_perfect(text, trig.start, trig.end):
        return None
    if _SAYING.search(text, s, trig.start) is None:
        return None
    subjects = list(_REPORTED_SUBJECT.finditer(text, s, trig.end))
    if subjects:
        found = _told_before(text, d, said, subjects[-1]["noun"].lower(), earlier)
        if found is not None:
            return found
    # with no such happening the telling's day stays: the week up to it split happenings
    # sets b and l (a report of the day merges with its act told the same day)
    return None


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
