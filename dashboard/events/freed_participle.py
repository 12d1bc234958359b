"""A release told only by a past participle on the freed people's noun, beside another main
verb: "Lithuania received 52 people freed by Belarus at the border on Thursday", "The crew,
released by the Houthis in Yemen, arrived in Muscat on Wednesday".

A past participle right after a noun, with no auxiliary, is a reduced relative clause on that
noun (Quirk et al. 1985 §17.30-31: "people freed by Belarus" = "people who were freed by
Belarus"): it asserts that the act was done, as the full relative would, though the sentence's
main verb tells something else (an arrival, a welcome, where the freed people are now). CAMEO
1.1b3 §0841 codes the release; it is a happening of its own, beside the main clause's event.

Read only when the noun before the participle names persons (``reacted_acts._persons``: the
classes.csv ``HELD`` words, people, a name) and the participle is followed by its agent ("by
Belarus") or its own time ("on Saturday", "after two years"): "the prisoners freed" alone, with
nothing of its own, is a description ("the freed prisoners") more than a telling. Dated by the
day of the participle's own phrase, else to the week up to the main clause's day (TimeML: the
release came BEFORE what the freed people did next), never with no day in the sentence.

Shape::

    freed_participle(text, s, main, strong, dates) -> (Trigger, DateMention) | None
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention
from dashboard.events.reacted_acts import _PHRASE_END, _persons, _week_before
from dashboard.events.tokens import verb_forms

# an auxiliary or a verb of being right before: a finite passive ("were freed"), the main
# clause's own verb, which the reader reads already
_AUX_BEFORE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being|has|have|had|get|gets|got|getting)\s+"
    r"(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# what follows the participle: its agent or its own time (Quirk et al. 1985 §17.30's "the man
# arrested by the police", "prisoners released last week")
_OWN_AFTER = re.compile(
    r"\s+(?:by\s|on\s+\w+day\b|(?:late|early)\s+on\b|after\s|last\s|earlier\s|yesterday\b)",
    re.IGNORECASE,
)
# the freed people's noun phrase ends at a clause mark or a verb of saying before it
_NP_START = re.compile(r"[;:.]|\b(?:said|says|that|who|which)\b", re.IGNORECASE)


def freed_participle(
    text: str, s: int, main: Trigger, strong: list[Trigger], dates: list[DateMention]
) -> tuple[Trigger, DateMention] | None:
    """The release (§084) a reduced relative tells on a noun of persons, with the date that
    dates it, when ``main`` is another trigger of the sentence (from ``s``); None when there
    is none, when it is flagged, or when the sentence names no day."""
    for t in strong:
        if t is main or t.flags or not (t.full or t.code).startswith("0841") or t.start <= s:
            continue
        if not _participle(text, s, t):
            continue
        stop = _PHRASE_END.search(text, t.end)
        phrase_end = stop.start() if stop else len(text)
        days = [dm for dm in dates if dm.range.start == dm.range.end]
        own = [dm for dm in days if t.end <= s + dm.start < phrase_end]
        if own:
            return t, own[0]
        told = [dm for dm in days if s + dm.start >= phrase_end]
        if told:
            return t, _week_before(told[0], phrase_end - s)
    return None


def _participle(text: str, s: int, t: Trigger) -> bool:
    """Is ``t`` a past participle with no auxiliary, after a noun of persons, followed by its
    agent or its own time ("52 people freed by Belarus", "The crew, released by the Houthis")?"""
    first = t.text.split()[0]
    forms = verb_forms(first.lower())
    if forms is None or "VBN" not in forms[1] or t.text != first:
        return False
    if _AUX_BEFORE.search(text, max(s, t.start - 24), t.start):
        return False
    head = text[max(s, t.start - 60) : t.start]
    head = _NP_START.split(head)[-1]
    if not head.strip() or not _persons(head.rstrip(", ")):
        return False
    return _OWN_AFTER.match(text, t.end) is not None
