"""Dates an event gets by counting from another day: N years after a fronted happening,
the day a wire dateline was filed, the week a hazard was said in, a bare weekday of the week
before publication, an act told "before" a day or found on it, and the choice among readings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from dashboard.events import hazards
from dashboard.events.cameo import Trigger, triggers
from dashboard.events.continued_after import continued_before
from dashboard.events.dates import DateMention, dateline_date, find_dates, shift
from dashboard.events.dates_background import (
    capture_before_release,
    dated_only_by_telling,
    lasted_undated,
    situation_state,
    undated_background,
)
from dashboard.events.dates_common import (
    NUM_RX,
    NUMBERS,
    add_months,
    count_span,
    month_span,
    precision_for,
)
from dashboard.events.dates_conjunct import conjunct_of_dated, shared_time
from dashboard.events.dates_counts import _same_day_back
from dashboard.events.dates_linked import (
    election_day,
    happening_told_before,
    open_condition,
    open_when,
    planned_clock_day,
)
from dashboard.events.dates_mentioned import mentioned_only
from dashboard.events.dates_reported_perfect import reported_perfect
from dashboard.events.dates_told_before import told_before_range
from dashboard.events.dates_told_stretch import stretch_to_telling
from dashboard.events.day_told_before import counted_in_sentence
from dashboard.events.drafts import _Draft, _factual
from dashboard.events.fronted_after import fronted_after
from dashboard.events.narrative import continued_range, family_of, inferred_range
from dashboard.events.narrative_others import after_story, later_than_story, other_act
from dashboard.events.narrative_ties import linked_date
from dashboard.events.night_anchor import night_anchor
from dashboard.events.span_after import BARE_SPAN_UNITS, span_before
from dashboard.events.standing_states import standing_state
from dashboard.events.story_start import overnight_range
from dashboard.model import DateRange

# "A year after the earthquake, …", "Six months after the coup, …": an anniversary story
# opens on the span since its happening, told from the time of writing
_FRONTED_AGO = re.compile(
    r"\s*(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit>years?|months?)\s+(?:after|since)\s+",
    re.IGNORECASE,
)


def _fronted_ago(text: str, s: int, trig: Trigger, pub: date) -> DateRange | None:
    """The month ``N`` years or months before publication, when the sentence opens on "N
    years after the <trigger>" (TimeML anchors the span at the document time); else None."""
    m = _FRONTED_AGO.match(text, s)
    if (
        m is None
        or not m.end() <= trig.start <= m.end() + 40
        or "," not in text[trig.end : trig.end + 80]
    ):
        return None
    word = m["num"].lower()
    n = int(word) if word.isdigit() else NUMBERS[word]
    months = n * 12 if m["unit"].lower().startswith("year") else n
    y, mo = add_months(pub.year, pub.month, -months)
    start, end = month_span(y, mo)
    return DateRange(
        start,
        end,
        3,
        m.group().strip(),
        f"'{m.group().strip()}' the event, told at publication ({pub}): "
        f"{months} month(s) before it",
    )


_THIS_WEEK = re.compile(r"this\s+week\b", re.IGNORECASE)


def _week_of_any_start(main: Trigger, dm: DateMention) -> DateRange:
    """The range of a date bound to a trigger; for a hazard named "this week's" ("this week's
    earthquake"), the week as any reader's calendar starts it: ISO 8601 starts the week on
    Monday, but CLDR's ``firstDay`` data has it start on Sunday (United States, Canada,
    Japan...) or Saturday (Afghanistan, Iran, Egypt...), so a quake of the Saturday or Sunday
    before the ISO week may be "this week's" to the outlet: the range opens on that Saturday.
    Other dates and other triggers keep their range."""
    r = dm.range
    if not hazards.is_hazard(main.code) or r.precision != 2 or not _THIS_WEEK.match(dm.text):
        return r
    why = f"{r.reason}; a week may start on the Saturday before (CLDR firstDay)"
    return replace(r, start=r.start - timedelta(days=2), reason=why)


FILED_BEFORE_DAYS = 14  # a wire story is published within two weeks of its dateline


def filed_on(text: str, pub: date | None) -> date | None:
    """The day a wire dateline gives ("TBILISI, June 16 (Reuters) -"), when it falls in the
    two weeks up to publication; None otherwise (no dateline date, or one that cannot be
    the filing day of this publication)."""
    span = dateline_date(text[:200]) if pub else None
    if span is None or pub is None:
        return None
    found = find_dates(text[span[0] : span[1]], pub)
    day = found[0].range if found else None
    if day is None or day.precision != 1 or not 0 < (pub - day.start).days <= FILED_BEFORE_DAYS:
        return None
    return day.start


def _past_weekday(when: DateRange, pub: date, sentence: str) -> DateRange | None:
    """The same weekday in the week before ``pub`` when ``when`` is a bare weekday ("on
    Tuesday") read forward, into the week after publication; else None. A deadline ("by
    Friday", "until Monday") stays ahead: it bounds what is to come."""
    if when.start != when.end or not pub < when.start <= pub + timedelta(days=7):
        return None
    if not when.text or _WEEKDAY.fullmatch(when.text.strip()) is None:
        return None
    day_name = when.text.strip().split()[-1]
    if re.search(rf"\b(?:by|until|till|before|from|next|this|coming)\s+{day_name}", sentence, re.I):
        return None
    day = when.start - timedelta(days=7)
    why = f"'{when.text}' after a verb told in the past: that day in the week before publication"
    return DateRange(day, day, 1, when.text, why)


_WEEKDAY = re.compile(r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)
FOUND_BEFORE_DAYS = 30  # ACLED time precision 3: the month up to the day of the finding


# how far before a month or a year an act told only as coming before it may lie ("in May
# 2022 … after Russia invaded Ukraine": background at the scale of its date); after a day
# ("took cover on Thursday after North Korea fired a missile") news tells the same day
AFTER_CLAUSE_DAYS = 183


def _before_range(r: DateRange) -> DateRange:
    """The span up to ``r``'s end that an act told as preceding ``r`` may fall in."""
    days = AFTER_CLAUSE_DAYS
    start = r.start - timedelta(days=days)
    why = f"before the date of the clause it is told after ({r.reason}): the {days} days up to it"
    return DateRange(start, r.end, precision_for(start, r.end), r.text, why)


# an "after"/"following" clause or phrase that opens between a date and the trigger: what it
# tells came before that date ("fled on Sunday after a court issued a warrant"); a bare
# plural span before it ("in May 2022, months after the invasion") says by how much
_AFTER_WORD = re.compile(
    r"\b(?<!named\s)(?<!looking\s)(?:after|(?<!the\s)following)\s(?!all\b)", re.IGNORECASE
)  # not "named after", "the following statement", "after all"
AFTER_REACH = 80  # characters from "after" to the trigger its clause holds
# a sudden happening (a hazard, an act of force, a launch) is told by what it set off at once
# ("power was cut yesterday after a tremor struck"): news gives both the one day; a warrant,
# a vote or a ruling may precede what it led to by days
_SUDDEN = frozenset({"hazard", "violence", "launch"})
# a riot is such force too, by a crowd (CAMEO 1.1b3 §145 "protest violently, riot"; ACLED
# codes riots with political violence, not with peaceful protest): "escaped from the jail on
# Wednesday after a riot" is that day; a march or a strike may run for days before
_RIOT = "145"


def _told_after(
    text: str, s: int, main: Trigger, when: DateRange, date_end: int
) -> DateRange | None:
    """The range of an act ``main`` told in an "after" clause or phrase that opens after the
    sentence's date (ending at ``date_end``) and has none of its own, or None when the
    trigger is in no such clause. TimeML orders the clause's event BEFORE the main one, on
    no day the text gives: "fled on Sunday after a court issued a warrant" puts the warrant
    on or before Sunday, the week up to it (ACLED precision 2); a month or longer keeps
    ``_before_range``; "months after" puts it two to eleven months before the date."""
    found = list(_AFTER_WORD.finditer(text, date_end, main.start))
    opened = found[-1] if found else fronted_after(text, s, main, date_end)
    if opened is None or main.start - opened.end() > AFTER_REACH:
        return None
    if re.search(r"[,;:]", text[opened.end() : main.start]):
        return None  # the trigger is past the clause's end
    span = span_before(text, max(s, opened.start() - 16), opened.start(), when)
    if span is not None:  # "two days after the quake", "months after the invasion"
        return span
    if when.precision != 1:
        return _before_range(when)
    sudden = family_of(main.code) in _SUDDEN or (main.full or main.code).startswith(_RIOT)
    if sudden and not continued_before(text, s, opened.start()):  # "recovered more bodies"
        return None  # "took cover on Thursday after North Korea fired a missile": that day
    start = when.end - timedelta(days=6)
    why = f"told after {when.reason}: on or before it, the week up to it"
    return DateRange(start, when.end, 2, when.text, why)


def _found_before(r: DateRange) -> DateRange:
    """What a discovery found ("found a mass grave … on Tuesday") happened before the day it
    was found, on no day the text gives: the 30 days up to the day before, at precision 3
    (TimeML dates the finding, not the killings)."""
    if r.precision != 1:
        return r
    end = r.start - timedelta(days=1)
    return DateRange(
        end - timedelta(days=FOUND_BEFORE_DAYS - 1),
        end,
        3,
        r.text,
        f"found {r.reason}: what was found happened before it",
    )


# "before", "ahead of", "prior to", "in the run-up to" a day: TimeML's BEFORE, not on it
_BEFORE_DAY = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to|in\s+the\s+(?:run|lead)[\s-]?up\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
BEFORE_DAYS = 7  # ACLED time precision 2: the week up to the day named
_CLOCK_FIRST = re.compile(
    r"(?:before\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b|\d{1,2}:\d\d|noon\b|midnight\b|dawn\b)",
    re.I,
)


def _days_before(text: str, s: int, dm: DateMention) -> DateRange:
    """The range of an act told as "before" a day ("flew to Florida before the Jan. 1
    inauguration"): the week up to the day before it, at ACLED time precision 2, not the
    day itself (TimeML relates such an act BEFORE the timex, it does not happen on it)."""
    r = dm.range
    told = dm.text.lower().startswith("before ") or _BEFORE_DAY.search(
        text, max(0, s + dm.start - 30), s + dm.start
    )
    if not told or r.precision != 1 or _CLOCK_FIRST.match(dm.text):
        return r  # "shortly before midnight on Sunday": "before" governs the hour, not the day
    word = told.group().strip().removesuffix(" the") if isinstance(told, re.Match) else "before"
    end = r.start - timedelta(days=1)
    return DateRange(
        end - timedelta(days=BEFORE_DAYS - 1),
        end,
        2,
        r.text,
        f"'{word}' {r.reason}: in the week up to the day before it",
    )


# past perfect right before the trigger ("had threatened", "had long been held") and a span
# it lasted ("for weeks", "for three months") in its sentence
_HAD_BEFORE = re.compile(r"\bhad\s+(?:\w+ly\s+|long\s+)?(?:been\s+)?$", re.IGNORECASE)
_FOR_SPAN = re.compile(
    rf"\bfor\s+(?:(?:the\s+)?(?:past|previous|preceding)\s+)?(?:{NUM_RX}\s+)?"
    r"(?P<unit>days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)


def _perfect_before(text: str, d: _Draft, base: DateRange) -> DateRange | None:
    """The span a past perfect act with a duration ran in before the narrative date ``base``
    it continues ("Orban had threatened to veto the move for weeks", after Thursday's
    decision): the past perfect puts the act before the reference time (Reichenbach 1947;
    TimeML BEFORE), and the duration says how long it lasted, so that many units up to the
    day before ``base``, not ``base`` itself; with no duration, ``_perfect_week_before``."""
    if not text or not d.evidence:
        return None
    s, e = d.evidence[0]
    trig = d.trigger
    if not s <= trig.start < e or not _HAD_BEFORE.search(text, max(s, trig.start - 30), trig.start):
        return None
    span = _FOR_SPAN.search(text, trig.end, e)
    if span is None or re.search(r"[,;]", text[trig.end : span.start()]):
        return _perfect_week_before(text, s, trig, base)
    unit = span["unit"].lower().rstrip("s")
    if span["num"]:
        high = count_span(span["num"])[1]
    elif span["unit"].lower().endswith("s"):
        high = BARE_SPAN_UNITS[unit]  # "for weeks": two or more, fewer than the next unit
    else:
        high = 1  # "for the past year"
    start = _same_day_back(base.start, high, unit)
    end = base.start - timedelta(days=1)
    why = (
        f"past perfect '{span.group()}' before the narrative's date ({base.reason}): "
        f"up to {high} {unit}(s) before it"
    )
    return DateRange(start, end, precision_for(start, end), None, why)


# a reporting verb before the act ("officials said 30 had been killed"): its past perfect is
# reported speech shifted back (Quirk et al. 1985, 14.31), not an act before the narrative day
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|reported|added|announced|confirmed|stated)\b", re.IGNORECASE
)


def _perfect_week_before(text: str, s: int, trig: Trigger, base: DateRange) -> DateRange | None:
    """The week before a day or week the story told (``base``), for an active past perfect act
    with no duration and no reporting verb before it ("Israel had threatened to resume its
    offensive", after hostages freed on Saturday): the past perfect puts the act before the
    reference time (Reichenbach 1947; TimeML BEFORE), never on it; how long before the text
    does not say, so the week up to the day before, at week precision, as an undated act takes
    the week up to publication. None for a passive ("had been killed", often the toll of the
    happening itself), a backshifted report, or a wider ``base``."""
    if base.precision > 2 or _SAID_BEFORE.search(text, s, trig.start):
        return None
    if re.search(r"\bbeen\s+$", text[max(s, trig.start - 12) : trig.start], re.IGNORECASE):
        return None
    end = base.start - timedelta(days=1)
    start = end - timedelta(days=6)
    why = (
        f"past perfect before the narrative's date ({base.reason}): the week before it, "
        "how long before not told"
    )
    return DateRange(start, end, 2, None, why)


# "killed in clashes during the strike": a happening's noun after "during" with no date
_DURING = re.compile(r"\bduring\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?P<noun>[a-z]{4,})\b")


def _during_noun(text: str, d: _Draft, pub: date) -> DateRange | None:
    """The span of the happening an undated act is told "during" ("two men were killed during
    the strike"), from the last sentence before that names it as a happening (a coder's
    trigger holds the noun) and dates it: TimeML's TLINK IS_INCLUDED puts the act inside
    that span. A "since" in that sentence opens the span and its other date closes it, as a
    past perfect's reference time ("a strike that had paralysed the country since Monday",
    suspended on Wednesday: Monday to Wednesday); else its dates, first to last, within a
    month. None when no sentence before names and dates it."""
    if not d.evidence:
        return None
    s, e = d.evidence[0]
    m = _DURING.search(text, d.trigger.end, e)
    if m is None:
        return None
    hits = list(re.finditer(rf"\b{m['noun']}\b", text[:s], re.IGNORECASE))
    if not hits:
        return None
    hit = hits[-1]
    a = max(text.rfind(". ", 0, hit.start()) + 2, text.rfind("\n", 0, hit.start()) + 1)
    b = min(x for x in (text.find(". ", hit.end()), text.find("\n", hit.end()), s) if x >= 0)
    sentence = text[a:b]
    at = hit.start() - a
    if not any(t.start <= at < t.end for t in triggers(sentence)):
        return None  # "during the night": no happening
    found = [dm for dm in find_dates(sentence, pub) if dm.range.start <= pub]
    since = [dm for dm in found if dm.text.lower().startswith("since")]
    others = [dm.range for dm in found if dm not in since]
    if since:
        start = since[0].range.start
        ends = [r.end for r in others if r.end >= start]
        end = max(ends) if ends else min(since[0].range.end, pub)
    elif others and (max(r.end for r in others) - min(r.start for r in others)).days <= 31:
        # "began a walkout on Monday and ended it on Thursday": from its first date to its last
        start, end = min(r.start for r in others), max(r.end for r in others)
    else:
        return None
    phrase = m.group()
    why = f"'{phrase}': within the span the story gives it ({start} to {end}; TimeML IS_INCLUDED)"
    return DateRange(start, end, precision_for(start, end), phrase, why)


# how recent the story's happening must be for an undated act to be dated from it: a news
# story tells what happened in the last days (older, it is background, and the act is not
# known to be that story's)
STORY_RECENT_DAYS = 13


def _story(drafts: Sequence[_Draft], pub: date) -> tuple[_Draft, DateRange] | None:
    """The happening the article is about, with its date: the first draft of a happening's
    family (``narrative.FAMILIES``: an attack, a protest, a quake…) that is told as done,
    dated by a phrase of its own, on or before publication and within the
    ``STORY_RECENT_DAYS`` before it; None when the first such draft has no date (the story
    gives no day to date others by) or there is none."""
    for e in sorted(drafts, key=lambda x: (x.sentence, x.trigger.start)):
        if family_of(e.trigger.code) is None or not _factual(e) or e.planned:
            continue
        if not e.readings:
            return None
        when = _choose_date(e, pub)[0]
        if when.end > pub or (pub - when.start).days > STORY_RECENT_DAYS:
            return None
        return e, when
    return None


# a perfect right before the trigger ("have also agreed", "had warned of a response"): the act
# lies before a reference time (Reichenbach 1947: E before R), not after the story's
# happening, so it is not told on from it
_PERFECT = re.compile(
    r"\b(?:has|have|had|'ve|'d)\s+(?:(?:also|already|now|so\s+far|not|never|since|\w+ly)\s+){0,2}"
    r"(?:been\s+)?$",
    re.IGNORECASE,
)


def _story_range(
    d: _Draft, drafts: Sequence[_Draft], pub: date, text: str
) -> tuple[bool, DateRange] | None:
    """The date of an undated, unplanned act ``d`` told after the article's story
    (``_story``), or None when the story gives it none.

    - A hazard told after the hazard the story is about ("Tsunami waves reached the coast"
      after the quake, "Rockfalls blocked the roads") is part of that one disaster (EM-DAT
      counts a disaster's secondary hazards with it; ACE 2005 event coreference: same type,
      compatible time), so it takes the disaster's date and precision: never a week before
      the shock that set it off.
    - Any other act ("South Korea offered assistance") answers the story or goes on beside
      it: it falls on or after the story's date and by publication, so that span (at the
      precision it gives, ACLED time_precision 2 or 3) and never before the happening. A second
      protest or attack elsewhere is another event (ACLED codes one per place and day), and
      the story does not say its day, so it gets no more than that span. When the happening
      was on the publication day that span is one day, which no inferred date may be (issue
      12): None, the week up to publication.
    - An act told in a perfect (``_PERFECT``) lies before a reference time, not after the
      story's happening: None.

    Returns (told on, range): a hazard told on continues the narrative and is not flagged
    inferred."""
    story = _story(drafts, pub)
    if story is None or d.planned or "planned" in d.trigger.flags or not _factual(d):
        return None  # "are to be freed": still to come, not on or before publication
    if _PERFECT.search(text, max(0, d.trigger.start - 40), d.trigger.start):
        return None  # "have also agreed to bolster ties": no time of its own in the story
    e, when = story
    if e is d or d.sentence <= e.sentence:
        return None
    words = " ".join(e.trigger.text.split()[:4])
    if family_of(d.trigger.code) == family_of(e.trigger.code) == "hazard":
        why = (
            f"no date phrase of its own: continues the narrative of the disaster the story "
            f"tells ('{words}', {when.reason})"
        )
        return True, DateRange(when.start, when.end, when.precision, None, why)
    start = when.start  # from the happening itself: a week cut at publication may miss its day
    if start >= pub:
        return None
    why = (
        f"no date phrase of its own: after the story's happening ('{words}', {when.reason}) "
        f"and by publication ({pub})"
    )
    return False, DateRange(start, pub, precision_for(start, pub), None, why)


def _told_only(text: str, d: _Draft, readings: list[tuple[DateRange, int]]) -> bool:
    """Whether the draft's only dates are its sentence's telling days (``dates_background``)."""
    s, e = d.evidence[0]
    return dated_only_by_telling(text[s:e], [r.text for r, _ in readings])


def _choose_date(
    d: _Draft, pub: date | None, text: str = "", drafts: Sequence[_Draft] = ()
) -> tuple[DateRange, tuple[DateRange, ...], list[str]]:
    """The date of a finished draft, its other readings and flags; ``text`` is the article's
    (for what the draft's own sentence says of a narrative date it continues), ``drafts`` all
    of its drafts (for the story an undated act is told in)."""
    if d.relative is not None:
        anchor, days, phrase = d.relative
        base, _, _ = _choose_date(anchor, pub)
        return shift(base, days, phrase, "the event it follows"), (), []
    readings = list(dict.fromkeys(d.readings))
    if (
        pub is not None
        and text
        and (
            (
                (not readings or _told_only(text, d, readings))
                and undated_background(text, d.trigger, d.evidence[0][0], strict=bool(readings))
            )
            # "said the insurgency was under control since 2022": a state, no occurrence
            or situation_state(text, d.trigger, [r.text for r, _ in readings])
            or (not readings and standing_state(text, d.trigger))  # "remains banned"
            or mentioned_only(text, d.trigger, d.evidence[0], [r for r, _ in readings], pub)
            # "besieged the town for two years": lasting, and undated
            or (
                not readings
                and not d.planned
                and "planned" not in d.trigger.flags
                and lasted_undated(text, d.trigger, d.evidence[0][1])
            )
        )
    ):
        # "the ongoing war", "the war that began …": a situation running on, no occurrence
        # of the report's week (nor of the day it was spoken of: "said on Tuesday it was
        # winning the ongoing war"); no date claim rather than a confident wrong one
        why = "undated background: a running situation the text gives no date"
        return DateRange(date.min, date.min, 4, None, why), (), ["undated", "background"]
    joined = conjunct_of_dated(text, d, drafts) if readings and text else None
    if joined is not None and _told_only(text, d, readings):  # "… and freed 500 inmates"
        return shared_time(joined, _choose_date(joined, pub, text, drafts)[0]), (), []
    if readings and pub is not None and text and _told_only(text, d, readings):
        # "Baku said on Wednesday the plane had been hit": before the telling, not on it
        got = reported_perfect(text, d, readings[0][0], drafts, pub)
        if got is not None:  # no happening told before: a span the text does not give
            return got[0], (), [] if got[1] is not None else ["date_inferred"]
    anaphor = told_before_range(text, d, pub) if not readings and pub is not None else None
    if anaphor is not None:  # "… on May 20. Police have since arrested 200"; "… had accused"
        return anaphor[0], (), ["date_inferred"] if anaphor[1] else []
    if not readings and d.overnight and pub is not None and not d.planned:
        # the night ending on publication's day, or after the day the sentence before told
        before = night_anchor(text, d.evidence[0][0], pub) if text else None
        return overnight_range(pub, before), (), []
    if not readings and d.later is not None:
        story, sent, told, future = d.later
        told_in = counted_in_sentence(text, sent, d.evidence[0][0], told, pub, future=future)
        if told_in is not None:  # "found on Saturday, and ... the next day": that Saturday
            return told_in, (), []
        base = _choose_date(story, pub)[0]
        return continued_range(base, sent, told, pub, future=future), (), []
    if not readings and d.narrative is not None:
        anchor, words = d.narrative
        base, _, _ = _choose_date(anchor, pub)
        perfect = _perfect_before(text, d, base)
        other = (
            after_story(base, words, pub)
            if perfect is None and pub is not None and other_act(d, anchor)
            else None
        )
        if other is not None:  # "… gave the junta a week": another act, told after
            return other, (), ["date_inferred"]
        after = None
        if perfect is None and pub is not None and text:
            after = later_than_story(text, d.evidence[0][0], d.trigger.start, base, pub)
        return linked_date(text, d, anchor, base, words, pub, perfect or after)
    if not readings and pub is not None and (during := _during_noun(text, d, pub)) is not None:
        return during, (), []
    if not readings and any(
        o.sentence == d.sentence and capture_before_release(text, d.trigger, o.trigger)
        for o in drafts
    ):
        # "Four aid workers kidnapped in Yemen were released on Monday": the capture came
        # before the release, how long before the text does not say
        why = "undated background: a capture told only as before the release the text dates"
        flags = ["undated", "background", "prior"]
        return DateRange(date.min, date.min, 4, None, why), (), flags
    if not readings:
        if pub is None:
            return (
                DateRange(date.min, date.min, 4, None, "no date phrase and no publication date"),
                (),
                ["undated"],
            )
        voted = election_day(text, d, pub) if text and d.evidence else None
        if voted is not None:  # "opened fire on protesters on election day"
            return voted, (), []
        followed = _story_range(d, drafts, pub, text)
        if followed is not None:
            told_on, when = followed
            return when, (), [] if told_on else ["date_inferred"]
        if d.planned and text and d.evidence:
            if open_condition(text, d.trigger, d.evidence[0][1]) or open_when(text, d.trigger):
                # "to sign a treaty after Armenia amends its constitution", "has not said when"
                why = "planned, waiting on an open condition: no date the text gives"
                flags = ["undated", "background", "conditional"]
                return DateRange(date.min, date.min, 4, None, why), (), flags
            clock = planned_clock_day(text, d.trigger, d.evidence[0], pub)
            if clock is not None:  # "would take effect at 6 p.m. local time"
                return clock, (), []
            held = happening_told_before(text, d, drafts)
            at = _choose_date(held, pub)[0] if held is not None else None
            # "Egypt will host a summit later Monday. Netanyahu will not attend the summit"
            if held is not None and at is not None and at.end >= pub:
                why = f"at the time of '{held.trigger.text}' told before ({at.reason})"
                return replace(at, text=None, reason=why), (), []
        # never day precision from the publication date alone
        return inferred_range(pub, d.planned), (), ["date_inferred"]
    if pub is not None and text and (ended := stretch_to_telling(text, d, readings, pub)):
        return ended, (), []  # "has been on strike for 12 days, the union said on Tuesday"
    spans = {(r.start, r.end): r for r, _ in readings}
    distinct = list(spans.values())
    if len(distinct) == 1:
        return readings[0][0], (), []
    # a reading after publication is what is scheduled ("are scheduled to run until Sunday"):
    # a happening told as begun is dated by a reading up to publication, when there is one
    chosen, _prec = min(
        readings,
        key=lambda rp: (pub is not None and rp[0].start > pub, rp[1], -rp[0].start.toordinal()),
    )
    # a wider reading that holds the chosen one agrees with it ("a toll on Sunday" is on or
    # after Friday's quake): only a reading apart from it is a conflict
    others = tuple(
        r
        for r in distinct
        if (r.start, r.end) != (chosen.start, chosen.end)
        and not (r.precision > chosen.precision and r.start <= chosen.start and chosen.end <= r.end)
    )
    if not others:
        return chosen, (), []
    why = (
        f"{chosen.reason}; chosen over "
        + ", ".join(f"'{o.text}' ({o.start})" for o in others)
        + " because its sentence places the event more precisely"
    )
    return replace(chosen, reason=why), others, ["date_conflict"]
