"""Acts a sentence tells as not having happened after all: a report called false ("Reports
that Hamas had released two hostages were false": FactBank, a proposition its source calls
false is counterfactual) and a plan called off ("Planned talks in Istanbul were called off").
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.events.prefilter import gated
from dashboard.events.trigger import Trigger


def called_false_or_off(text: str, found: list[Trigger]) -> list[Trigger]:
    """``found`` (triggers of sentence ``text``) with those inside a report called false, or
    before a passive of calling off in their own clause, flagged ``negated``."""
    false = _CALLED_FALSE.search(text)
    if false is not None:
        found = [
            _negated(t) if false.start("what") <= t.start < false.end("what") else t for t in found
        ]
    off = _CALLED_OFF_AFTER.search(text)
    if off is not None:
        # the subject before a passive of calling off did not happen, however the clause
        # was parsed
        found = [
            _negated(t)
            if t.start < off.start() and not _CLAUSE_MARK.search(text, t.start, off.start())
            else t
            for t in found
        ]
    return found


def _negated(t: Trigger) -> Trigger:
    return replace(t, flags=tuple(sorted({*t.flags, "negated"})))


_CLAUSE_MARK = re.compile(
    r"[,;:]|\b(?:but|after|before|when|while)\b|\band\s+(?:the|a|an|its|their|his|her)\b"
)
_CALLED_OFF_AFTER = gated(
    r"\b(?:was|were|has been|have been|had been)\s+(?:called off|cancell?ed|postponed|scrapped|"
    r"shelved|abandoned)\b",
    re.IGNORECASE,
)


def told_false(text: str) -> tuple[int, int] | None:
    """The span of what a report is said to be false about ("Reports of a dam collapse near
    Elazig were false": FactBank, a proposition its source calls false is counterfactual),
    as (start, end) offsets in ``text``, or None."""
    false = _CALLED_FALSE.search(text)
    return (false.start("what"), false.end("what")) if false else None


_CALLED_FALSE = gated(
    r"\b(?:reports?|claims?|rumou?rs?|allegations?|suggestions?)\s+(?:that|of)\s+(?P<what>[^.;]{5,200}?)"
    r"\s+(?:were|was|are|is)\s+(?:\w+\s+)?(?:false|untrue|baseless|unfounded|fake|wrong|"
    r"incorrect|fabricated|groundless)\b",
    re.IGNORECASE,
)
