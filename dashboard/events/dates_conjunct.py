"""The time of a predicate joined by "and" to one its sentence dates. In "Gang members set
fire to the station on Saturday night and freed 500 inmates, police said on Sunday", the
freeing shares the first predicate's subject and its time adjunct: coordinated verb phrases
are one clause's predicates (Quirk et al. 1985 §13.43), and a TIMEX anchors the events of
its own clause (TimeML 1.2.1 annotation guidelines, §2.2 on TIMEX3 anchoring), not the
reporting clause after them, whose "on Sunday" dates only the saying.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dashboard.events.dates_background import dated_only_by_telling
from dashboard.events.drafts import _Draft
from dashboard.model import DateRange

# the conjunction right before the second predicate, an adverb of sequence allowed
_AND_BEFORE = re.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?$")
_BREAK = re.compile(r"[.;:]|\b(?:said|says|told|that|which|who|when|after|before|while)\b")


def conjunct_of_dated(text: str, d: _Draft, drafts: Sequence[_Draft]) -> _Draft | None:
    """The draft of the predicate before ``d``'s trigger that "and" joins it to, in the same
    sentence, with no reporting verb, relative or subordinator between them, when that draft
    has a date phrase of its own that is not only the telling's (``dates_background``);
    else None. ``text`` is the article, offsets as the triggers'."""
    start = d.trigger.start
    if not _AND_BEFORE.search(text, max(0, start - 16), start):
        return None
    for o in sorted(drafts, key=lambda o: -o.trigger.end):
        if o is d or o.sentence != d.sentence or o.trigger.end > start or not o.readings:
            continue
        if _BREAK.search(text, o.trigger.end, start):
            return None
        s, e = o.evidence[0]
        if dated_only_by_telling(text[s:e], [r.text for r, _ in o.readings]):
            return None
        return o
    return None


def shared_time(joined: _Draft, at: DateRange) -> DateRange:
    """``at`` (the date of ``joined``, the predicate a later one is joined to), its reason
    saying it is shared."""
    why = f"shares the time of '{joined.trigger.text}', the predicate it is joined to"
    return replace(at, reason=f"{why} ({at.reason})")
