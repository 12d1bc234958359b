"""A hazard named as already known, inside a clause that another verb's day dates.

"Herat was still reeling on Monday from the 6.3 quake", "Villagers on Monday buried relatives
killed by the earthquake", "On Monday the UN said the quake had destroyed 1,300 homes": the
definite article presents the quake as given, known to the reader before the sentence
(Halliday and Hasan 1976, ch. 2: reference by a determiner; Prince 1981, "discourse-old"), and
the day told before it belongs to the verb it stands by (reeling, buried, said), not to the
quake. A disaster is told for days after it struck (EM-DAT counts its toll and aftermath
after the event), so that day bounds the quake from above: the week up to it (ACLED time
precision 2), as ``hazard_said.said_bound`` does for a toll said on a day. The quake's own
day, where the sentence gives it ("Monday's quake", "the quake that struck on Saturday"), is
read as before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from dashboard.events import hazards
from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention
from dashboard.events.dates_common import possessive_date
from dashboard.model import DateRange

GIVEN_DAYS = 7  # the week up to the day told, as for a toll said on a day
# slow-onset hazards (EM-DAT's epidemics, droughts, extreme temperatures) strike on no one day
# that a later verb could be told after: "caught the virus" is left as read
_SLOW_ONSET = frozenset({"DIS-EPIDEMIC", "DIS-HEAT", "DIS-DROUGHT"})
# "the" opening the hazard's noun phrase, up to three words before its noun ("the 6.3 quake")
_THE_BEFORE = re.compile(r"\bthe\s+(?:[\w.-]+\s+){0,3}$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]{2,}")
_TOLD_AFTER = re.compile(r"\b(?:after|following|since)\b", re.IGNORECASE)


def given_hazard_bound(
    text: str, s: int, main: Trigger, dates: list[DateMention]
) -> list[DateMention]:
    """``dates`` (a sentence's, the first one dating ``main``; offsets from ``s`` in ``text``)
    with the first one widened to the week up to its day when ``main`` is a hazard named by a
    definite noun phrase after that day, with other words between the two ("on Monday from
    the quake"); unchanged otherwise: another trigger, a date after the hazard or bound to it
    ("Monday's quake"), one vaguer than a day, a slow-onset hazard, or "On Monday, the quake
    struck", where the day stands by the quake's own verb.

    >>> from dashboard.events.dates import find_dates
    >>> from datetime import date
    >>> txt = "Herat was still reeling on Monday from the quake that killed 2,000 people."
    >>> t = Trigger("DIS-QUAKE", 3, 43, 59, "quake that killed", None, ())
    >>> given_hazard_bound(txt, 0, t, find_dates(txt, date(2023, 10, 9)))[0].range.precision
    2
    """
    if not hazards.is_hazard(main.code) or main.code in _SLOW_ONSET or not dates:
        return dates
    first = dates[0]
    r = first.range
    if r.precision != 1 or r.start != r.end or s + first.end > main.start:
        return dates
    if possessive_date(text, s + first.end):
        return dates  # "Monday's quake": the quake's own day
    the = _THE_BEFORE.search(text, max(s + first.end, main.start - 40), main.start)
    opens = the.start() if the else main.start if main.text.lower().startswith("the ") else None
    if opens is None or not _WORD.search(text, s + first.end, opens):
        return dates
    if _TOLD_AFTER.search(text, s + first.end, opens):
        # "slept outdoors on Tuesday after the earthquake destroyed their homes": an "after"
        # clause, which ``date_reckoning._told_after`` reads against the day
        return dates
    why = f"{r.reason}: told of a hazard named as known, which struck on or before it"
    week = DateRange(r.end - timedelta(days=GIVEN_DAYS - 1), r.end, 2, r.text, why)
    return [replace(first, range=week), *dates[1:]]
