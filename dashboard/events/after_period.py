"""The week or month an "after" clause names for its own act: "said it would strike back
after drones attacked two tankers last month" tells the attack in that month.

TimeML (TIMEX3 ``DATE`` with a value of week or month granularity) anchors the clause's event
in the period the clause itself names, as it anchors it on a day ("… on Tuesday"); the main
clause's reading of "after" (BEFORE its own day) only bounds it. ``embedded_acts.after_act``
took a clause's day alone, so an act told with "last month" or "last week" was dropped though
its time is told. A period counts only when it is the clause's own (between the act and the
clause's end), is a week or a month (precision 2 or 3: a year, "in 2022", is background a
story recalls, not news), and ends no later than the main clause's day when that has one
(TimeML: the "after" clause's event is BEFORE the main one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention
from dashboard.model import DateRange

# ACLED-style precision of a week (2) and a month (3): periods a report dates an act to
_PERIODS = (2, 3)


def own_period(
    s: int, clause: tuple[int, int], main: Trigger, dates: Sequence[DateMention]
) -> DateRange | None:
    """The week or month an "after" clause spanning ``clause`` (text offsets) names, or None.

    ``s`` is the sentence's offset, ``dates`` its date mentions (offsets within the sentence),
    ``main`` the main clause's trigger. None when the clause names no such period, or when the
    period ends after the main clause's own day (the clause's act came before it)."""
    start, end = clause
    own = [
        dm
        for dm in dates
        if start <= s + dm.start < end
        and dm.range.precision in _PERIODS
        and not dm.range.part
        and not dm.parts
    ]
    if not own:
        return None
    main_days = [
        dm.range for dm in dates if main.end <= s + dm.start < start and dm.range.precision == 1
    ]
    period = own[0].range
    if main_days and period.end > main_days[-1].end:
        return None
    return period


# a non-restrictive relative after the act (", who had been granted asylum hours earlier")
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whom|whose|which)\b")


def own_time_after(text: str, s: int, after: tuple[int, int], dates: Sequence[DateMention]) -> bool:
    """Whether a date of ``dates`` (offsets within the sentence at ``s``) stands in the text
    span ``after`` (the act's end to the sentence's end): the act's own time told apart, so
    the main clause's week is not lent to it. A date in a non-restrictive relative clause
    there (", who had been granted asylum hours earlier") tells that clause's act's time
    (TimeML 1.2.1: a TIMEX3 anchors the event of its own clause), not this act's."""
    lo, hi = after
    aside = _RELATIVE_ASIDE.search(text, lo, hi)
    return any(lo <= s + dm.start < (aside.start() if aside else hi) for dm in dates)


# the date of an act an "after" clause tells with no day under an answer with none either
# ("a curfew was imposed after gunmen killed nine farmers"): a security response follows its
# cause at once (``embedded_acts._RESPONSES``), so the act is as undated as its answer and
# the reader gives it the story's time or the inferred week, flagged, as for any undated act
NO_DAY = DateRange(date.min, date.min, 4, None, "undated, as the act it answers")

# the answers that follow their cause at once: a security response (an alert §151, emergency
# laws §0814, peacekeepers pulled out §1661, a curfew §1723, a state of emergency §1724, as
# ``embedded_acts._RESPONSES``) and troops deployed (§154); not sanctions or a recall (§16),
# which answer acts long past ("sanctions imposed after Russia invaded Ukraine")
_UNDATED_ANSWERS = frozenset({"151", "0814", "1661", "1723", "1724", "154"})


def undated_answer(main: Trigger, t: Trigger) -> bool:
    """Whether the assault or mass violence ``t`` (CAMEO 18, 20) told in an "after" clause of
    ``main``, an immediate answer (``_UNDATED_ANSWERS``), is a happening of its own though
    neither names a day ("Troops were deployed after gunmen killed nine farmers in Jos"):
    the answer's reading of its cause, as undated as the answer (``NO_DAY``). A war act
    (CAMEO 19: "after Russia invaded") is left out: it is as often a background long past."""
    return (main.full or main.code) in _UNDATED_ANSWERS and t.code[:2] in ("18", "20")
