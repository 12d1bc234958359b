"""An act told in a "before" clause with a day of its own: a happening apart from the main one.

"Troops shelled the town on Friday before rebels attacked a convoy on Sunday": a temporal
clause opened by "before" has its own subject, finite verb and time adjunct (Quirk et al.
1985, 15.25: "before" of time, posterior), and TimeML 1.2.1 marks its verb an EVENT of its
own, ordered AFTER the main one (TLINK, the signal "before"), each anchored to its own
TIMEX3. A "before" clause need not tell a fact ("left before the rebels could attack"), but
one in the simple past that dates its act to a day of its own does: a day is a time at which
the act was done. CAMEO 1.1b3 codes each act a report tells, so the clause's act is read,
dated to its own day. ``embedded_acts.after_act`` reads the "after" clause; this reads the
"before" one under the same limits: force, a seizure or an arrest (CAMEO 17-20), a past verb,
no modal, and a day of the clause's own other than the main clause's day (ACLED codes one
event per day: on the same day it may be the same fighting told twice).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.events.cameo import Trigger
from dashboard.events.clause_weeks import clause_days
from dashboard.events.clause_words import MODALS
from dashboard.events.dates import DateMention
from dashboard.events.dates_counts import UNITS
from dashboard.events.embedded_acts import after_act
from dashboard.events.tokens import verb_forms
from dashboard.events.trigger import WEAK
from dashboard.model import DateRange

# "before" opening a clause, not a span ("days before the vote") nor an adverb ("never before")
_BEFORE = re.compile(
    r"(?<!\bnever )(?<!\bever )(?<!\bjust )\bbefore\s+"
    rf"(?!(?:\w+\s+){{0,2}}(?:hour|{UNITS})s?\b)",  # a count of hours, as ``past_hours`` reads
    re.IGNORECASE,
)
_MAX_SUBJECT_WORDS = 6  # "rebels" .. "hundreds of armed men from the hills"
# CAMEO 1.1b3 coerce (§17), assault (§18), fight (§19), mass violence (§20)
_ROOTS = ("17", "18", "19", "20")
_STOP = re.compile(r"[,;:()]")


def clause_cause(
    text: str, s: int, end: int, main: Trigger, strong: list[Trigger], dates: list[DateMention]
) -> tuple[Trigger, DateRange | None] | None:
    """The act an "after" clause names (``embedded_acts.after_act``), else the act a
    "before" clause tells on its own day (``before_act``), with its date; None for neither."""
    return after_act(text, s, end, main, strong, dates) or before_act(
        text, s, end, main, strong, dates
    )


def before_act(
    text: str, s: int, end: int, main: Trigger, strong: Sequence[Trigger], dates: list[DateMention]
) -> tuple[Trigger, DateRange] | None:
    """The first act of force, seizure or arrest that is the own past verb of a "before"
    clause after ``main`` (the sentence starting at ``s`` ends at ``end``; ``dates`` at
    sentence offsets), with the day its clause names, when the main clause has a day of its own
    and the two differ. Example: "Troops shelled the town on Friday before rebels attacked a
    convoy on Sunday" -> (attacked, Sunday)."""
    opened = _BEFORE.search(text, main.end, end)
    if opened is None or _STOP.search(text, main.end, opened.start()):
        return None
    act = next((t for t in strong if t.start >= opened.end() and t.weight > WEAK), None)
    if act is None or not _own_verb(text, opened.end(), act):
        return None
    stop = _STOP.search(text, act.end, end)
    days = clause_days(dates, s, act.end, stop.start() if stop else end, act.full or act.code)
    main_days = [
        dm.range for dm in dates if main.end <= s + dm.start < opened.start() and _one_day(dm)
    ]
    if not days or not _one_day(days[0]) or not main_days or days[0].range == main_days[-1]:
        return None
    return act, days[0].range


def _own_verb(text: str, opened: int, act: Trigger) -> bool:
    """``act`` is the clause's first verb, past, of CAMEO 17-20, unflagged, with a short
    subject and no modal or stop before it."""
    subject = text[opened : act.start]
    words = subject.lower().split()
    if _STOP.search(subject) or len(words) > _MAX_SUBJECT_WORDS or MODALS.intersection(words):
        return False
    if act.flags or not (act.full or act.code).startswith(_ROOTS):
        return False
    return any("VBD" in (verb_forms(w.lower()) or ("", frozenset()))[1] for w in act.text.split())


def _one_day(dm: DateMention) -> bool:
    return dm.range.start == dm.range.end and dm.range.precision == 1
