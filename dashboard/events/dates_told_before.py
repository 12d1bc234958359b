"""Acts with no date of their own that the sentence before dates: "has since" and "had".

1. An act told "has since" done, after a dated sentence: from that date to publication.

"Protesters stormed the parliament on January 20. Police have since arrested more than 200
people." "Since" with no complement is an adverb anaphoric to the time just told ("since
then", Quirk et al. 1985 §8.58; Huddleston and Pullum 2002, ch. 7 §2.3: an intransitive
preposition), and the present perfect puts the act between that time and the time of writing
(Reichenbach 1947, E-R,S). TimeML 1.2.1 links such an event AFTER the antecedent's time and
anchors the perfect at the document creation time, so the honest range is the date just told
to publication, not the week up to publication that an undated act would take.

2. A count after another happening set off by a comma right after a day ("…, the ministry
said on Thursday, two days after Ugandan officials raised tariffs") counts from that day: an
adjunct set off by a comma attaches to the clause just before it (Quirk et al. 1985 §8.15,
§15.55), and TimeML 1.2.1 anchors the anchored TIMEX3 ("two days after …") on that clause's
time, not on an earlier, wider date of the main clause ("this month").

3. An active past perfect right after a sentence dated by a month or a longer period
("Poland closed two crossings with Belarus in January. Warsaw had accused Minsk of sending
the balloons.") continues that period's story: the past perfect puts the act before that
reference time (Reichenbach 1947, E-R-S; TimeML BEFORE), and the text gives no other time, so
the period told, as ACLED codes an event the source places only in a month (time precision
3), flagged inferred; never the week of publication. A day or a week told before is
``date_reckoning._perfect_week_before``'s (the week before that day).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention, find_dates
from dashboard.events.dates_common import precision_for
from dashboard.events.dates_named_anchor import count_from_named
from dashboard.events.dates_referent import named_elsewhere
from dashboard.events.drafts import _Draft
from dashboard.model import DateRange

# the trigger's own present perfect with "since" as its adverb: "have since arrested", "has
# since been suspended", "has since also closed"
_SINCE_THEN = re.compile(
    r"\b(?:has|have|'s|'ve|’s|’ve)\s+since\s+(?:(?:been|also|largely|partly)\s+){0,2}$",
    re.IGNORECASE,
)


# "Since then, rebels have seized …", "… have seized three towns since then": the same
# anaphoric "since" with its complement "then" (Quirk et al. 1985 §8.58), in the trigger's
# clause before it, or right after its object
_SINCE_THEN_TOLD = re.compile(r"\bsince\s+then\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|'s|'ve|’s|’ve)\b", re.IGNORECASE)


# an active past perfect ending at the trigger: "had accused", "had repeatedly warned"
_HAD = re.compile(r"\b(?:had|'d|’d)\s+(?:(?:\w+ly|long|also|already)\s+)?$", re.IGNORECASE)
# a saying before the act ("said the rebels had seized"): a report, dated by its telling
_SAYING = re.compile(r"\b(?:said|says|told|reported|added|announced|stated)\b", re.IGNORECASE)
# how long the act had lasted ("had held the town for years"): a stretch, not a point
_LASTING = re.compile(r"\bfor\s+(?:\w+\s+){0,2}(?:days|weeks|months|years|decades)\b", re.I)


def told_before_range(text: str, d: _Draft, pub: date) -> tuple[DateRange, bool] | None:
    """The range of the undated draft ``d`` that the text before its sentence dates (a count
    from a happening dated before, ``dates_named_anchor``; ``since_then``; ``perfect_in_period``
    when no story told before is linked to it), and whether it is inferred; or None."""
    if not text or not d.evidence:
        return None
    s, trigger = d.evidence[0][0], d.trigger
    named = count_from_named(text, s, d.evidence[0][1], pub)
    if named is not None:  # "… two days before the vote", after "last week's election"
        return named, False
    then = since_then(text, s, trigger, pub)
    if then is not None:
        return then, False
    period = perfect_in_period(text, s, trigger, pub) if d.narrative is None else None
    return (period, True) if period is not None else None


def perfect_in_period(text: str, s: int, trigger: Trigger, pub: date) -> DateRange | None:
    """The month (or longer period) the sentence just before the one at ``s`` is dated by, for
    an active past perfect ``trigger`` with no saying before it and no stretch after it; or
    None. Example: "Mali expelled the French ambassador in February. The junta had accused
    Paris of arming the rebels." -> February."""
    if not _HAD.search(text, max(s, trigger.start - 30), trigger.start):
        return None
    end = text.find(". ", trigger.end)
    end = len(text) if end < 0 else end  # the sentence's end, or the text's
    if _SAYING.search(text, s, trigger.start) or _LASTING.search(text, trigger.end, end):
        return None
    told = _told_just_before(text, s, pub)
    if told is None or told.precision < 3 or named_elsewhere(text, trigger, told, pub):
        return None
    why = (
        f"past perfect after a sentence dated {told.start}-{told.end} ({told.reason}): that period"
    )
    return DateRange(told.start, told.end, told.precision, None, why)


def _told_just_before(text: str, s: int, pub: date) -> DateRange | None:
    """The last date, not counted from another and not after ``pub``, of the sentence just
    before the one at ``s``; or None."""
    start = max(text.rfind(". ", 0, max(0, s - 2)), text.rfind("\n", 0, max(0, s - 1))) + 1
    told = [
        m.range for m in find_dates(text[start:s], pub) if not m.continues and m.range.end <= pub
    ]
    return told[-1] if told else None


# only a comma and spaces between a day and the count that follows it
_COMMA_ONLY = re.compile(r"[\s,]*")


def counted_from(sentence: str, main_dates: Sequence[DateMention], at: int) -> DateRange:
    """The date of ``main_dates`` (the main clause's, offsets in ``sentence``) that a count at
    ``at`` ("two days after …") runs from: a day standing right before it, else the first.
    Example: "… this month, the ministry said on Thursday, two days after …" -> Thursday.
    A "since" span is a tally's period, not its act's date (``_tally_end``)."""
    last = main_dates[-1]
    if last.range.precision == 1 and _COMMA_ONLY.fullmatch(sentence, last.end, at):
        return last.range
    return _tally_end(main_dates[0])


def _tally_end(dm: DateMention) -> DateRange:
    """``dm``'s range, but for a "since" span the last day of it: "the eighth coup since 2020,
    a month after soldiers seized power next door" counts the act of the main clause among
    those from 2020 up to the time of writing, and that act is the latest of them, at the span's
    end (TimeML 1.2.1 reads "since 2020" as a duration whose end is the document time, not a
    date of the act); counted from the span's start, the after clause's act would land before
    2020, a year the sentence names only as where the tally begins."""
    r = dm.range
    if not dm.text.lower().startswith("since ") or r.start == r.end:
        return r
    why = f"the end of {dm.text!r} ({r.end}): the tally's latest act"
    return DateRange(r.end, r.end, 1, dm.text, why)


def since_then(text: str, s: int, trigger: Trigger, pub: date) -> DateRange | None:
    """The range from the date of the sentence just before the one at ``s`` to ``pub`` for a
    ``trigger`` told "has since" done, or None. Example: "… signed a truce in November 2024.
    The rebels have since seized three towns." (published 14 March 2025) -> 1 November 2024
    to 14 March 2025."""
    if not _SINCE_THEN.search(text, max(s, trigger.start - 40), trigger.start) and not (
        _since_then_told(text, s, trigger)
    ):
        return None
    then = _told_just_before(text, s, pub)
    if then is None:
        return None
    why = (
        f"'has since' or 'since then': after the time just told ({then.reason}), "
        f"up to publication ({pub})"
    )
    return DateRange(then.start, pub, precision_for(then.start, pub), None, why)


def _since_then_told(text: str, s: int, trigger: Trigger) -> bool:
    """Whether "since then" stands in the trigger's sentence (from ``s``, the sentence's
    start) before the trigger ("Since then demonstrators have blocked highways"), or after
    it with a present perfect before the trigger ("Rebels have taken two towns since then");
    not "Police made arrests, and calm has returned since then" (the arrest's clause has no
    perfect: the "since" tells the calm's time)."""
    if _SINCE_THEN_TOLD.search(text, s, trigger.start) is not None:
        return True
    end = text.find(". ", trigger.end)
    end = len(text) if end < 0 else end
    return _SINCE_THEN_TOLD.search(text, trigger.end, end) is not None and (
        _PERFECT.search(text, s, trigger.start) is not None
    )
