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
from dashboard.events.drafts import _Draft

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
