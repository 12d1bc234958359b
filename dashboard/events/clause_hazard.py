"""A hazard told in a clause of its own, beside another act, with a day of its own.

"Rescuers were criticised on Saturday for arriving late as the Swat River burst its banks on
Friday": the sentence leads with the criticism, and the flood is told in an adverbial clause
that carries its own day. "Abiy Ahmed on Tuesday visited Gofa, where hillsides collapsed on
Monday": the landslide is told in a relative clause, dated Monday. Such a clause asserts the
hazard as a happening of its own (Quirk et al. 1985 §15.22 adverbial clauses of time and
reason, §17.11 relative clauses tell of their noun), so it is read beside the act, on the day
written in it (TimeML: a date in the clause anchors that clause's event).

Only when the sentence has two days: one before the hazard (the act's) and one after it, in
the hazard's clause, that differ. A single day at the end of the sentence may be the act's
("Erdogan visited towns flattened by the quake on Wednesday"), so it dates nothing here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.events import hazards
from dashboard.events.dates_mention import DateMention
from dashboard.events.repeat_hazards import repeat_hazard
from dashboard.events.stories import _AFTERMATH_OF, _aftermath_after_aid, own_day_of
from dashboard.events.trigger import Trigger
from dashboard.model import DateRange

# what opens the hazard's clause after the act's words: a subordinator of time, place or
# reason, a relative pronoun, or a coordinated clause (Quirk et al. 1985 §14.12, §13.5)
_OPENER = re.compile(r"\b(?:as|when|where|while|after|because|since|which|that|and)\b", re.I)
# force in the sentence: a crash or a collapse told beside it is its result, not an accident
# ("shot down the jet that crashed after take-off on Wednesday": ACE 2005, an Attack whose
# target crashes stays the Attack; CAMEO 1.1b3 §18-20)
_FORCE = ("18", "19", "20")
# the end of the hazard's clause: a comma, a semicolon, a dash
_CLAUSE_END = re.compile(r"[,;:—–]")
# a hazard that is not asserted: forecast, feared, denied ("hazards.hazard_triggers" flags)
_UNASSERTED = frozenset({"negated", "hypothetical", "planned"})
# nor one that its clause only fears, forecasts or denies: a modal, an infinitive, a
# condition or a verb of warning before it (Quirk et al. 1985 §4.49 modality; TimeML's
# MODAL and NEG readings), so "as forecasters warned the river could burst its banks on
# Friday" tells of no flood
_NOT_TOLD = re.compile(
    r"\b(?:could|would|may|might|will|shall|can|must|should|to|if|unless|not|never|no|"
    r"warn(?:ed|s|ing)?|fear(?:ed|s)?|forecasts?|predict(?:ed|s)?|expect(?:ed|s)?|threat(?:en|ened|ens)?|"
    r"risk(?:ed|s)?|feared|lest)\b|n['’]t\b",
    re.I,
)


def hazard_beside(
    text: str,
    s: int,
    main: Trigger,
    trigs: list[Trigger],
    free: list[DateRange],
    own_dates: list[DateMention],
) -> tuple[Trigger, DateRange | None] | None:
    """The hazard a sentence tells beside its act ``main``, with the hazard's day: the one an
    aid act answers (``stories._aftermath_after_aid``), else one told in a clause of its own
    with a day of its own (``own_day_hazard``). ``own_dates`` are the sentence's date
    phrases, offsets from ``s`` (the sentence's start in ``text``); ``free`` the act's days."""
    answered = _aftermath_after_aid(main, trigs, free)
    if answered is not None:
        # "survivors of Monday's earthquake": a day the hazard's own words name is its day,
        # not the week up to the aid's (TimeML: a date inside the noun phrase anchors it)
        hz = answered[0]
        inside = [dm.range for dm in own_dates if hz.start <= s + dm.start < hz.end]
        later = [dm for dm in own_dates if s + dm.start >= hz.end]
        if not inside and own_day_of(text, s, hz, later):
            # "victims of the floods that struck Valencia on Tuesday": the date in the
            # hazard noun's own relative clause is its date (Quirk et al. 1985 §17.11), a
            # day or a vaguer one ("that struck Valencia last month": never the aid's week)
            return hz, later[0].range
        return (hz, inside[0]) if inside and inside[0].precision == 1 else answered
    if (again := repeat_hazard(text, main, trigs)) is not None:  # "; a second quake hit"
        return again, next((dm.range for dm in own_dates if s + dm.start >= again.end), None)
    return own_day_hazard(text, s, main, trigs, own_dates)


def own_day_hazard(
    text: str, s: int, main: Trigger, trigs: list[Trigger], own_dates: list[DateMention]
) -> tuple[Trigger, DateRange] | None:
    """The first hazard after the act ``main`` (itself no hazard) whose clause, opened after
    the act (``_OPENER``), holds a day of its own that differs from a day told before the
    hazard, with that day. None otherwise: no such clause, a hazard not asserted, one named
    by its victims or what it left (read beside aid only: ``stories._AFTERMATH_OF``), force
    in the sentence (``_FORCE``), or a single day in the sentence.

    >>> t = Trigger("11", 5, 9, 19, "criticised")
    >>> own_day_hazard("x", 0, t, [t], []) is None
    True
    """
    if hazards.is_hazard(main.code) or any(t.code[:2] in _FORCE for t in trigs):
        return None
    for hz in trigs:
        if hz.start <= main.end or not hazards.is_hazard(hz.code):
            continue
        if set(hz.flags) & _UNASSERTED or _AFTERMATH_OF.match(hz.text):
            return None
        opens = list(_OPENER.finditer(text, main.end, hz.start))
        if not opens:
            return None
        if _NOT_TOLD.search(text, opens[0].end(), hz.end):
            return None
        before = [dm for dm in own_dates if s + dm.end <= hz.start]
        end = _CLAUSE_END.search(text, hz.end)
        stop = end.start() if end else len(text)
        after = [dm for dm in own_dates if hz.start <= s + dm.start < stop]
        own, act = after[0].range if after else None, before[-1].range if before else None
        if own is not None and act is not None and (own.start, own.end) != (act.start, act.end):
            return _from_clause(text, main, hz, opens[-1]), own
        return None
    return None


def _from_clause(text: str, main: Trigger, hz: Trigger, opener: re.Match[str]) -> Trigger:
    """``hz`` widened to its clause, so the clause's subject places it ("as the Swat River
    burst its banks"); a "where" clause takes its antecedent too, the place it is about
    ("visited Gofa, where hillsides collapsed"), back to the act's words."""
    start = main.end if opener.group(0).lower() == "where" else opener.end()
    gap = text[start : hz.start]
    start += len(gap) - len(gap.lstrip())
    return replace(hz, start=start, text=text[start : hz.end])
