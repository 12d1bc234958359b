"""A week-dated report whose own article dates the act to a day inside that week.

An article often leads with an act told loosely ("the mayor was killed less than a week after
taking office", dated only to the week before publication) and dates it in its next sentence
("Arcos was killed on Sunday"). TimeML (ISO-TimeML, ISO 24617-1 §7) links two mentions of one
event to the more precise of their times: the day anchors the vague span. So when the article
holds a report of the same type (one block: ``rules.family`` and place cell) dated to a day
inside the week report's own range, at a place that fits it (``rules.place_part``), the week
report tells that day's act, not another outlet's act of another day of the same week in the
same city (issue 16, newuser85 no. 1: the mayor killed on a Sunday and the security secretary
shot three days before in the same city were two acts). The week report then goes where its
article's day report went when other outlets' reports there take it; when that day report
stands alone or they refuse it, the week report may still join a happening dated only loosely, but none told on
a day inside its week (``day_inside``: that day is not its article's); when its article dates
two acts in its week, it is placed as before (either may be the one). A hazard's reports
are left to the aftermath rules (``grouping._main_shock``; survivors told two days after a
quake join it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dashboard.happenings.model import Report
from dashboard.happenings.rules import place_part


def own_days(r: Report, happenings: Iterable[tuple[int, Sequence[Report]]]) -> list[int]:
    """Positions of the happenings holding a report of ``r``'s own article dated to a day
    inside ``r``'s range (no slack) at a place that fits ``r``; ``[]`` when ``r`` is dated to
    the day itself.

    >>> from datetime import date
    >>> from dashboard.happenings.model import Spot
    >>> town = Spot("gn:1", "Town", "city", 17.5, -99.5, "MX", "MX-GRO", 1)
    >>> week = Report("e1", "a1", "19", date(2024, 10, 1), date(2024, 10, 7), 2, town)
    >>> day = Report("e2", "a1", "19", date(2024, 10, 6), date(2024, 10, 6), 1, town)
    >>> other = Report("e3", "a2", "18", date(2024, 10, 3), date(2024, 10, 3), 1, town)
    >>> own_days(week, [(0, [other]), (1, [day])])
    [1]
    """
    if r.firm or r.root.startswith("DIS-"):
        # a hazard's week-dated reports are its aftermath (survivors, a toll told later),
        # read against its day by the aftermath rules, not by their own article's day
        return []
    return [
        pos
        for pos, members in happenings
        if any(
            m.article_id == r.article_id
            and m.firm
            and r.start <= m.start <= r.end
            and place_part(r, m) is not None
            for m in members
        )
    ]


def own_only(members: Sequence[Report], r: Report) -> bool:
    """Are all of a happening's reports from ``r``'s own article (no other outlet to check)?"""
    return all(m.article_id == r.article_id for m in members)


def day_inside(r: Report, members: Sequence[Report]) -> bool:
    """Is a happening told by a report dated to a day inside ``r``'s range (no slack)?"""
    return any(m.firm and r.start <= m.start <= r.end for m in members)
