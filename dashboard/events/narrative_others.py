"""An undated act tied to a dated story only by a name it shares: another act, maybe later.

``coreference._link_narratives`` gives an event with no date of its own the date of an earlier
event that shares a place or a named actor with it. When the only tie is a name, the act is of
another kind (CAMEO root) and its doer is someone the earlier event does not name ("Soldiers
detained the president on Wednesday. The regional bloc gave the junta a week to restore
him."), the text relates the two by nothing but their order: TimeML leaves such a pair
without a TLINK, and news tells what followed a happening after it. So the act is dated from
the happening's start up to publication and flagged ``date_inferred``, as an undated act of a
story about one happening is (``date_reckoning._story_range``), not the happening's own day.
A story more than a month before publication is background told of its own time: the act
keeps that time, flagged ``date_inferred`` (never a stretch of years up to publication).
"""

from __future__ import annotations

import re
from datetime import date

from dashboard.events.dates_common import precision_for
from dashboard.events.drafts import _Draft
from dashboard.model import DateRange


def other_act(d: _Draft, anchor: _Draft) -> bool:
    """Whether ``d``, linked to ``anchor``'s story, tells another act by another doer: no
    continuation cue, another CAMEO root, a named doer ``anchor`` does not name, and no
    place (finer than a country) in common."""
    if d.trigger.code[:2] == anchor.trigger.code[:2] or d.source is None:
        return False
    # a cue word may sit in the act's own complement ("appealed to Niger to resume
    # patrols"): a spoken answer to force is another act whatever its sentence says after
    if (d.cue or d.source.kind in ("country", "group")) and not _reaction(d, anchor):
        return False
    named = {a.name for a in anchor.actors}
    if anchor.source is not None:
        named.add(anchor.source.name)
    if d.source.name in named:
        return False
    mine = {m.place.id for m in d.places if m.place and m.place.kind != "country"}
    return not mine & {m.place.id for m in anchor.places if m.place}


# CAMEO's verbal cooperation roots (01 statements to 05 diplomatic cooperation) and its
# material conflict roots (18 assault to 20 mass violence): CAMEO 1.1b3 quad classes
_VERBAL = ("01", "02", "03", "04", "05")
_FORCE = ("18", "19", "20")


def _reaction(d: _Draft, anchor: _Draft) -> bool:
    """Whether ``d`` is a state's spoken answer to a violent happening ("Militants raided a
    border post on Friday. Togo's government asked Ghana for help."): a verbal act (CAMEO
    01-05) answering an act of force (18-20) is another act told after it, not a step of
    the fighting, whoever its doer is (TimeML 1.2.1: no TLINK but the order told)."""
    return d.trigger.code[:2] in _VERBAL and anchor.trigger.code[:2] in _FORCE


RECENT_DAYS = 31  # a story this close to publication is the news's own; older is background


def after_story(base: DateRange, evidence: str, pub: date) -> DateRange | None:
    """From the start of the story's date ``base`` up to publication ``pub`` (or ``base``'s
    end when later), with a reason quoting the story's ``evidence``; a story ending more than
    ``RECENT_DAYS`` before publication is background told of its own time, so its own range
    (inferred); None when ``base`` starts after publication (a story still ahead)."""
    if base.start > pub:
        return None
    words = evidence.split()
    quote = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
    if (pub - base.end).days > RECENT_DAYS:
        why = f"no date phrase of its own: another act by another doer told with '{quote}'"
        return DateRange(base.start, base.end, base.precision, None, f"{why} ({base.reason})")
    end = max(base.end, pub)
    why = (
        f"no date phrase of its own: another act by another doer after '{quote}' "
        f"({base.reason}), from it up to publication ({pub})"
    )
    return DateRange(base.start, end, precision_for(base.start, end), None, why)


# a bare "later" before the act's verb ("The government later promised ...", "was later
# freed", "Later, the army ..."): no count of days, only an order
_BARE_LATER = re.compile(
    r"(?:^|[\s,])(?:[Ll]ater|[Ss]ubsequently)\b(?!\s+(?:that|this|the|in|on|than|,\s*\d))"
    r"(?:,)?\s+(?:(?:[\w'’-]+\s+){0,3})$"
)


def later_than_story(
    text: str, sentence_start: int, trigger_start: int, base: DateRange, pub: date
) -> DateRange | None:
    """An act told with a bare "later" after a dated story: TimeML's AFTER relation to the
    story's time, with no distance given (TimeML 1.2.1 TLINK relType AFTER; "later" as a
    time-relationship adverb, Quirk et al. 1985, 8.67), so from the story's day (it may be
    later the same day) up to publication, never the story's own day at day precision. None
    without such a "later" before the trigger in its sentence, or for a story still ahead."""
    if base.start > pub or _BARE_LATER.search(text, sentence_start, trigger_start) is None:
        return None
    end = max(base.end, pub)
    why = f"'later' after the story's date ({base.reason}): after it, up to publication ({pub})"
    return DateRange(base.start, end, precision_for(base.start, end), None, why)
