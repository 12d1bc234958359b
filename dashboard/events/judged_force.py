"""Force a disapproval names as its definite object with no day of its own: "the ministry
condemned the Russian strike on the power plant on Sunday". The attack is presupposed done
(a definite, asserted, specific event mention, ACE 2005; Strawson 1950 on definite
descriptions), so it is a happening of its own beside the condemnation (CAMEO 1.1b3 codes
the act, not the words about it: §18-20 for the force, §11 for the disapproval).

``embedded_acts._judged_object`` reads such force only when its own phrase gives it a place
and a day ("condemned the riot in the capital on 8 January"); ``reacted_acts.reacted_object``
reads the other done acts a reaction names and dates one with no day of its own to the week
up to the reaction's day (TimeML: the act is BEFORE or on the day of the reaction that
answers it). This module gives force that same week, and only after a disapproval proper
(§110 disapprove, §111 criticise or denounce, §114 complain officially): an accusation
(§112) or a lawsuit (§115) alleges the act rather than presupposing it, and a rejection (§12)
may be of a proposal.

Shape::

    judged_object(text, s, main, strong, dates) -> (Trigger, DateMention) | None
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention
from dashboard.events.embedded_acts import _judged_object
from dashboard.events.narrative import family_of
from dashboard.events.reacted_acts import _NOT_DONE_AFTER, _PHRASE_END, _object_re, _week_before

# CAMEO 1.1b3 §110, §111, §114: a judgement of an act done (not §112 accuse, §115 sue)
_DISAPPROVING = ("110", "111", "114")


def judged_object(
    text: str, s: int, main: Trigger, strong: list[Trigger], dates: Sequence[DateMention]
) -> tuple[Trigger, DateMention] | None:
    """``embedded_acts._judged_object``'s answer, else the force ``main`` (a disapproval)
    names as its definite object, dated to the week up to the sentence's last day told
    before the object's phrase ends. None when ``main`` is no disapproval or is flagged, the
    object is not force right after it, is indefinite or flagged, is told as planned, or the
    sentence names no single day."""
    found = _judged_object(text, s, main, strong, list(dates))
    return found if found is not None else _undated_force(text, s, main, strong, dates)


def _undated_force(
    text: str, s: int, main: Trigger, strong: list[Trigger], dates: Sequence[DateMention]
) -> tuple[Trigger, DateMention] | None:
    """The force right after a disapproval, by a definite noun phrase ("the American attack
    on", "Russia's strike on"), with the reaction's week as its date."""
    if main.flags or not (main.full or main.code).startswith(_DISAPPROVING):
        return None
    obj = min((t for t in strong if t.start > main.end), key=lambda t: t.start, default=None)
    if obj is None or obj.flags or family_of(obj.code) != "violence":
        return None
    m = _object_re().fullmatch(text, main.end, obj.start)
    if m is None or not (m.group("det") or m.group("own")):
        return None  # "condemned attacks on civilians": no one specific act
    stop = _PHRASE_END.search(text, obj.end)
    phrase_end = stop.start() if stop else len(text)
    if _NOT_DONE_AFTER.match(text[:phrase_end], obj.end):
        return None  # "condemned the strike it threatened to carry out"
    if not _aimed(text, s, obj.end, phrase_end, dates):
        return None  # "condemned the drone attack on Monday": the day is the condemnation's
    days = [dm for dm in dates if dm.range.start == dm.range.end and s + dm.start < phrase_end]
    return (obj, _week_before(days[-1], phrase_end - s)) if days else None


# a word of the act's own phrase that is no preposition or article ("on", "of", "the"): what
# it was aimed at or where ("on its nuclear facilities", "of Iranian sites", "in Kyiv")
_CONTENT = re.compile(r"[^\W\d_]{4,}")


def _aimed(text: str, s: int, start: int, end: int, dates: Sequence[DateMention]) -> bool:
    """Whether the act's phrase (``start``-``end``) names what it was aimed at or where, once
    the sentence's dates are blanked: a specific act is anchored to its target or place (ACE
    2005 genericity), and a bare day after the noun dates the verb ("condemned the attack on
    Monday"), as ``embedded_acts._judged_object`` reads it."""
    phrase = list(text[start:end])
    for dm in dates:
        for i in range(max(start, s + dm.start), min(end, s + dm.end)):
            phrase[i - start] = " "
    return _CONTENT.search("".join(phrase)) is not None
