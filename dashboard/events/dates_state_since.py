"""A state told in the present perfect since a past happening: "Peacekeepers have been
based in the valley since the 2008 war", "Two battalions have been stationed on the border
since the ceasefire".

"Since" with a noun names the start of a state that still holds (TimeML 1.2.1: "since" is a
BEGUN_BY link to the anchor; Quirk et al. 1985 §8.62: "since" with the perfect marks a span
reaching to now). The act the verb names (the deployment) happened when the state began, a
time the text gives only as a happening with no date of ours, so no week around publication
is the act's: it is undated background, as a lasting act is (``lasted_undated``).
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger

# "have been", "has long been", "have been quietly" and the participle the trigger ends on
# (a trigger may span its subject: "troops have been stationed")
_PERFECT_BE = re.compile(
    r"\b(?:have|has)\s+(?:(?:long|already)\s+)?been\s+(?:[a-z]+ly\s+)?[a-z]+ed$", re.IGNORECASE
)
# "since the 1992 war", "since its independence", "since a coup": a happening, not a day
# (a day or a year after "since" is read by the date rules and never reaches this test)
_SINCE_NOUN = re.compile(r"\bsince\s+(?:the|its|their|a|an)\s", re.IGNORECASE)
# the clause ends at a stop or a conjunction that opens another clause
_STOP = re.compile(r"[;:.!?]|,\s|\b(?:and|but|while|when|after|because)\b", re.IGNORECASE)


def state_since_happening(text: str, trig: Trigger, end: int) -> bool:
    """Whether ``trig`` is a participle after "have/has been" whose clause (up to ``end``)
    says the state holds "since" a happening."""
    if _PERFECT_BE.search(text, max(0, trig.start - 30), trig.end) is None:
        return False
    stop = _STOP.search(text, trig.end, end)
    return _SINCE_NOUN.search(text, trig.end, stop.start() if stop else end) is not None
