"""A disaster told as coming days after another's dead is not that one. "Four workers were
hurt in a blast at a drug unit on Thursday night, a day after 17 died at the plant next
door": the report sets its own act after a toll, another happening's (Allen 1983, 'after':
the two intervals are disjoint), so it is no report of the earlier disaster, however near
its place and day and though no second report names the first's toll. Two disasters of one
kind in one district on days running are the case (set AY: two pharmaceutical blasts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dashboard.happenings.model import Report

# "a day after 17 died", "two days after at least 30 people were killed": a count of days,
# then a count of the dead of the act the report is set after
_AFTER_TOLL = re.compile(
    r"\b(?:a|one|two|three|four|five|six|\d+)\s+days?\s+after\s+(?:at\s+least\s+)?\d+\s+"
    r"(?:[a-z]+\s+)?(?:died|were\s+killed|perished|lost\s+their\s+lives)\b",
    re.IGNORECASE,
)


def follows_toll(sentences: Iterable[str]) -> bool:
    """Does a sentence set its act days after another's dead?

    >>> follows_toll(["Four were hurt on Thursday, a day after 17 died at the plant."])
    True
    >>> follows_toll(["The toll rose to 17 a day after the blast."])
    False
    """
    return any(_AFTER_TOLL.search(s) for s in sentences)


def after_other_toll(a: Report, b: Report) -> bool:
    """Is ``a`` a disaster told as after another's toll (``Report.after_toll``) and ``b`` a
    report of an act that began before ``a``'s day: the earlier one, not ``a``'s?"""
    return a.after_toll and b.start < a.start
