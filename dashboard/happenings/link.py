"""What complete link accepts, and a happening's id (``grouping``'s pure parts).

A newcomer joins a happening only when no peer refuses it (``rules.fit``) and the fits are
``enough``; a happening keeps the id of its first event whatever joins it later.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from dashboard.happenings.model import Match
from dashboard.happenings.rules import MIN_SCORE


def happening_id(event_ids: Iterable[str]) -> str:
    """A happening's id: a hash of its first event id, so it survives new reports joining."""
    return "h" + hashlib.sha256(min(event_ids).encode()).hexdigest()[:15]


def enough(found: list[Match], mean: float) -> bool:
    """Do a newcomer's fits with a happening's peers (none refused) take it in? Each peer that
    fits it by ``MIN_SCORE`` on its own, or the mean reaching ``MIN_SCORE`` with at least half
    of them doing so. A peer under the bar with no part refusing (a report a day off with no
    place of its own and no side named: "the ministers' talks ran late yesterday") tells too
    little to link the newcomer alone, which is no sign of another happening (an unknown never
    refuses); complete link is kept by the refusals, so a loose report still cannot chain two
    happenings that contradict each other (``rules.fit``)."""
    strong = sum(m.score >= MIN_SCORE for m in found)
    return strong == len(found) or (mean >= MIN_SCORE and 2 * strong >= len(found))
