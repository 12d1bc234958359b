"""A protest its caller summons people to: "The party leader called supporters to a rally in
Lyon on Sunday", "The union summoned its members to a march outside parliament".

The rally is the goal of the summons, an act posterior to the calling and not told as held
(TimeML 1.2.1: a summons or call is an I_ACTION whose event argument is posterior to it and
unasserted; ACE 2005 tense 'Future' for an event a speaker asks for). CAMEO 1.1b3 §14 codes
a demonstration held; one called for is a plan, flagged ``planned`` as "will hold a rally"
is, so its weekday is read ahead of the telling and it does not join a happening of acts
done. Who is summoned ("supporters") is the verb's object; a call "for" a protest ("called
for a protest") is §020 and keeps its own reading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.events.prefilter import gated
from dashboard.events.trigger import Trigger

# a verb of summoning, its object (one to five words, no clause mark), "to", and at most an
# article and two modifiers before the protest's noun (Quirk et al. 1985 §16.63: the object
# of "call", "summon" and "invite" names those told to come; the "to" phrase, where)
_SUMMONED = gated(
    r"\b(?:call(?:s|ed|ing)?|summon(?:s|ed|ing)?|invit(?:e|es|ed|ing)|"
    r"mobili[sz](?:e|es|ed|ing)|rall(?:y|ies|ied|ying))\s+"
    r"(?!on\b|for\b|off\b|upon\b)(?:[\w'’-]+\s+){1,5}?to\s+(?:join\s+|attend\s+)?"
    r"(?:(?:a|an|the|their|its|his|her)\s+)?",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# what looks ahead to a date phrase right after it: "ahead of", "in time for" (a time still
# to come, HeidelTime's future cues), and a summoned protest's noun with at most a place
# after it ("called supporters to a rally in Lyon | on Sunday"): the day is the protest's,
# ahead of the call. The summons' object may hold no weekday or "on", so "called supporters
# on Monday to a rally" keeps its Monday (``dates_tense.direction`` reads this before the
# verb's tense)
EXPECTED = gated(
    r"\b(?:as (?:soon|early) as|ahead of|in time for|in the run-up to)\s*$|"
    r"\b(?:call|summon|invit|mobilis|mobiliz)\w*\s+(?!on\b|for\b|off\b|upon\b)"
    rf"(?:(?!on\b|{_WEEKDAY}\b)[\w'’-]+\s+){{1,5}}?to\s+(?:join\s+|attend\s+)?"
    r"(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:rally|rallies|march|marches|protest|protests|demonstration|demonstrations|sit-in|"
    r"vigil|walkout)(?:\s+(?:in|at|outside|near|before)\s+[^,.;:]{1,40}?)?\s*$",
    re.I,
)
_CLAUSE = re.compile(r"[,;:]|\b(?:and|but|who|which|that|after|before|when)\b", re.IGNORECASE)


def summoned(text: str, found: list[Trigger]) -> list[Trigger]:
    """``found`` (triggers of sentence ``text``) with a protest (root 14) whose noun is the
    goal of a summons flagged ``planned``. "Thousands joined a rally on Sunday" and "the
    party called for a protest" stay as they are."""
    if not any(t.code == "14" for t in found):
        return found
    goals = [
        m.end() for m in _SUMMONED.finditer(text) if not _CLAUSE.search(text, m.start(), m.end())
    ]
    if not goals:
        return found
    return [
        replace(t, flags=tuple(sorted({*t.flags, "planned"})))
        if t.code == "14" and any(_goal(text, g, t.start) for g in goals)
        else t
        for t in found
    ]


# modifiers the protest's noun may follow ("a mass rally", "a nationwide general strike")
_MODIFIERS = 2


def _goal(text: str, goal: int, start: int) -> bool:
    """Does the trigger at ``start`` open the summons' goal at ``goal``, past at most two
    modifiers and no punctuation?"""
    between = text[goal:start] if goal <= start else None
    return (
        between is not None
        and len(between.split()) <= _MODIFIERS
        and not re.search(r"[,;:()]", between)
    )
