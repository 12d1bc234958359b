"""Which told acts move a story's time on, so that a later narrative phrase ("Two days
later", "The next morning") may count from them.

Rule (Dowty 1986, "The effects of aspectual class on the temporal structure of discourse";
Kamp & Reyle 1993, DRT): a bounded event told in the past moves the narrative's reference
time on; a state told as holding over a stretch does not. "The separatists have enforced
lockdowns since 2017" (present perfect with "since": TimeML tags "since 2017" a DURATION
begun then and open up to the document's time) is background: "Two days later, troops
raided the village" counts from the last told event ("on Monday"), never from 2017.
"""

from __future__ import annotations

import re

from dashboard.events.dates_counts import STRETCH
from dashboard.events.drafts import _Draft, _factual

# "since 2017", "ever since March": a span begun then and still open (TimeML: the begin
# point of a DURATION, not a DATE an event happened on)
_SINCE = re.compile(r"(?:ever\s+)?since\b", re.IGNORECASE)


def state_dated_only(d: _Draft) -> bool:
    """Whether every date ``d`` was read with is an open stretch ("since 2017", "in the past
    two years"): a state or a run of acts up to now, no point a later sentence's "two days
    later" counts from. False for a draft with no readings (nothing says it is a state)."""
    if not d.readings:
        return False
    return all(r.text is not None and _open_stretch(r.text) for r, _ in d.readings)


def _open_stretch(text: str) -> bool:
    return bool(STRETCH.match(text) or _SINCE.match(text))


def story_for_later(d: _Draft, future: bool) -> bool:
    """Whether ``d`` is a story a later sentence's "hours later" counts from: told as having
    happened and not a state over an open stretch (``state_dated_only``), and, in a sentence
    told in the past, not a plan ("Troops will be sent next week. A second post was attacked
    hours later": the count runs from the last act done; TimeML 1.2.1 anchors a relative
    TIMEX to the reference time of the narrative, which a future clause does not move)."""
    if not _factual(d) or state_dated_only(d):
        return False
    return future or not (d.planned or "planned" in d.trigger.flags)
