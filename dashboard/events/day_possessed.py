"""An act of force named by a noun that a possessive day modifies, inside an appeal, a demand
or a meeting: "Rights groups called for an inquiry into Monday's strike on a clinic in Homs"
tells the strike as well as the appeal (CAMEO 1.1b3 §020), on Monday, at the clinic in Homs.

TimeML 1.2.1: a possessive temporal ("Monday's") anchors the event noun it modifies, not the
clause's verb (``dates_common.possessive_date``); a definite noun with a past day of its own
names an act that has happened, so it is no act asked for ("an end to the strikes") nor only
a topic of talks ("a meeting on the strikes"). The lexicon's appeal and inquiry rows often
hold the noun in their span, and a meeting's topic is dropped as no act, so the noun is read
again on its own (as ``told_nouns.dated_event_noun`` reads "the shooting at X earlier this
week").

Precision first: only when the main act has a date of its own before the possessive (as a
trailing relative clause's act is read, ``date_scope.clause_act``), only a day or a weekend
named from publication, only a noun the CAMEO
lexicon codes as force (§18-§20) with "on" or "against" after it within four words of the
possessive ("Monday's Russian missile strike on"), and only under an asking or consulting
main act (§02, §04, §10); a labour "strike at the port" has no "on" and no force code.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from dashboard.events.cameo import Trigger, triggers
from dashboard.events.dates import DateMention
from dashboard.events.dates_common import possessive_date
from dashboard.events.hazards import hazard_triggers

# CAMEO 1.1b3 §02 appeal, §04 consult, §10 demand: acts whose object may name another act
_HOLDING_ROOTS = frozenset({"02", "04", "10"})
_FORCE_ROOTS = frozenset({"18", "19", "20"})
# after the possessive: up to three modifiers ("Russian missile"), the noun, "on" or
# "against" and its target up to the clause's end (the lexicon reads "strike on" with it)
_NOUN_THEN_TARGET = re.compile(
    r"(?:['’]s)?\s+((?:[\w'’-]+\s+){0,3}?[\w-]+\s+(?:on|against)\s+[^,.;:()]{1,50})"
)
# "the ship damaged in", "sailors hurt in": a participle and "in" right before the day, a
# reduced relative clause with a time of its own (Quirk et al. 1985, 17.28)
_REDUCED = re.compile(r"\b[a-z]+(?:ed|en|t)\s+in\s+\Z")
_ONE_DAY = timedelta(days=2)  # a day, or a weekend told as one ("the weekend's raid")


def day_possessed_act(
    text: str, s: int, main: Trigger, dates: list[DateMention], end: int
) -> tuple[re.Match[str], Trigger, DateMention] | None:
    """The act of force whose noun a possessive day modifies after (or inside the span of)
    the asking or consulting ``main``, before ``end``: (an empty match where the noun phrase
    starts, the noun's trigger, the day), or None. ``dates`` are the sentence's own mentions
    (offsets from ``s``); only a day named from publication ("Monday's", "yesterday's").

    Source: TimeML 1.2.1 (a possessive temporal anchors its noun); CAMEO 1.1b3 §18-§20.
    """
    for dm in dates:
        at = s + dm.end
        if not (main.start < at <= end) or not possessive_date(text, at):
            continue
        if not any(s + d.end <= s + dm.start for d in dates):
            continue  # the main act needs a day of its own before, to tell the two apart
        if dm.range.end - dm.range.start >= _ONE_DAY or not dm.relative:
            continue
        hazard = _dated_hazard(text, main, s + dm.start, end)
        if hazard is not None:
            mark = re.compile("").match(text, hazard.start)
            return (mark, hazard, dm) if mark is not None else None
        m = _NOUN_THEN_TARGET.match(text, at, end)
        if m is None or (main.full or main.code)[:2] not in _HOLDING_ROOTS:
            continue
        found = [
            t for t in triggers(m[1]) if (t.full or t.code)[:2] in _FORCE_ROOTS and t.weight >= 3
        ]
        if not found:
            continue
        t = replace(found[0], start=found[0].start + m.start(1), end=found[0].end + m.start(1))
        marker = re.compile("").match(text, m.start(1))
        return (marker, t, dm) if marker is not None else None
    return None


def _dated_hazard(text: str, main: Trigger, at: int, end: int) -> Trigger | None:
    """The hazard told by a craft's reduced relative whose possessive day starts at ``at``
    ("offered help to the crew of the ship damaged in Monday's collision off X": the hazard
    row's match opens at the craft, before the day), after the main act ``main``, with
    offsets in ``text``; else None. EM-DAT's hazard, dated as TimeML anchors a noun. A hazard
    noun right after the day ("visited survivors of Monday's quake in X") is the main act's
    object, and its place the main act's: left to the sentence's own reading."""
    start = max(main.end, at - 120)
    for t in hazard_triggers(text[start:end]):
        if start + t.start < at < start + t.end and _REDUCED.search(text, start + t.start, at):
            return replace(t, start=t.start + start, end=t.end + start)
    return None
