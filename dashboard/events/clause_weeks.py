"""The dates an "after" clause gives its own act: a day ("after jets bombed a village on
Monday"), or, for force, a week ("after two jets bombed a village last week").

TimeML 1.2.1 (TIMEX3 anchoring): a temporal expression inside a subordinate clause anchors
that clause's event, not the main one, so "suspended the drills after jets bombed a village
last week" dates the bombing to last week. ACLED records an event known only to the week
(time precision 2), so force told with a week of its own is a happening to map, as one told
with a day is (CAMEO 1.1b3 §18-§20). A span longer than a week ("last month", "last year")
places the act too loosely to stand apart from the story, and a week is kept for force only:
a meeting or a statement told "last week" is background to what answered it.
"""

from __future__ import annotations

from collections.abc import Sequence

from dashboard.events.dates import DateMention

_WEEK_DAYS = 6  # a calendar week runs from its first day to its seventh
_FORCE_ROOTS = ("18", "19", "20")


def clause_days(
    dates: Sequence[DateMention], s: int, lo: int, hi: int, code: str
) -> list[DateMention]:
    """The dates of ``dates`` (offsets from the sentence start ``s``) that open in the
    clause ``lo``..``hi`` (text offsets) and date its act (CAMEO ``code``): one day each,
    or at most a week when the act is force; in the order given."""
    force = code.startswith(_FORCE_ROOTS)
    return [
        dm
        for dm in dates
        if lo <= s + dm.start < hi
        and (
            dm.range.start == dm.range.end
            or (force and (dm.range.end - dm.range.start).days <= _WEEK_DAYS)
        )
    ]
