"""The date of a hazard whose sentence's only date is the day it was said ("the earthquake
killed 153 people, the ministry said on Sunday"): the saying's day bounds it from above."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from dashboard.events import hazards
from dashboard.events.trigger import Trigger
from dashboard.model import DateRange


def said_bound(main: Trigger, said: DateRange, overnight: bool = False) -> list[DateRange]:
    """The date of a hazard whose sentence's only date is the day it was said ("the
    earthquake killed 153 people, the ministry said on Sunday"): a count is given after the
    disaster, for days after it (as a toll is, ``main_clause``), so the saying's day bounds the hazard
    from above, a week at most (precision 2); a saying dated vaguer than a day keeps its own
    range. Other acts keep the saying's day: a statement
    about a clash is mostly of that day, and the dates scorer dates them so. A hazard told
    "overnight" ("erupted overnight, officials said on Monday") is of the night ending on
    the saying's day (TIMEX3 part-of-day NI anchored to it, TimeML 1.2.1): that day."""
    if not hazards.is_hazard(main.code) or said.start != said.end:
        return [said]  # "said in 2021", "said last week": already no day
    day = said.end
    if overnight:
        return [
            replace(
                said, reason=f"'overnight', the night ending on the saying's day: {said.reason}"
            )
        ]
    reason = f"the saying's date ({said.reason}): the hazard on or before it"
    return [DateRange(day - timedelta(days=6), day, 2, said.text, reason)]
