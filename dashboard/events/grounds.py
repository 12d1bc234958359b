"""What an act answers: "struck nine sites in retaliation for the killing of 26 tourists near
Pahalgam last month". The noun phrase after a phrase of retaliation names an earlier act,
cited as the new act's grounds (PropBench/PropBank ``retaliate.01`` Arg2 "retaliated for";
TimeML: the cited act is BEFORE the new one), so its place, day and sides are that earlier
act's, never the new act's.
"""

from __future__ import annotations

import re

from dashboard.events.prefilter import gated

# Oxford Learner's Dictionaries: retaliation n. 'action that a person takes against somebody
# who has harmed them in some way' ("in retaliation for"); reprisal n. 'a violent act towards
# somebody because of something bad that they have done towards you'; revenge n.; avenge v.
# 'to punish or hurt somebody in return for something bad or wrong that they have done'
GROUNDS = gated(
    r",?\s+(?:(?:in|as)\s+(?:an?\s+)?(?:retaliation|reprisal|revenge|retribution)\s+(?:for|over)|"
    r"to\s+avenge)\s",
    re.IGNORECASE,
)


_PHRASE_END = re.compile(r"[,;:]|\s[—–]\s")


def grounds_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a phrase citing an act's grounds in ``text[start:end]``: from its opening
    word to the next clause mark, or ``end``."""
    m = GROUNDS.search(text, start, end)
    if m is None:
        return None
    stop = _PHRASE_END.search(text, m.end(), end)
    return m.start(), stop.start() if stop else end
