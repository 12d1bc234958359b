"""Who an act judged by another names: "condemned the attack on Kosovo police" names the
attack's victim, "condemned the attack by Russia" its doer, and "condemned an attack that
killed three US soldiers" its victims.
"""

from __future__ import annotations

import re

from dashboard.events.tokens import verb_forms

# a relative clause telling what the object did to people ("an attack that killed three US
# soldiers"): those people are its victims, not the act's target (CAMEO's target is the
# object of the coded verb)
VICTIMS_CLAUSE = re.compile(
    r"\b(?:that|which)\s+(?:had\s+|has\s+)?(?:killed|wounded|injured|hit|struck|targeted|"
    r"left|destroyed|damaged)\b",
    re.IGNORECASE,
)
# the judged act's noun phrase up to the preposition of its own object: "the attack on",
# "the deadly strikes against", "last week's raid on" (a determiner, at most three words,
# no clause mark or verb group between)
_JUDGED_NOUN = (
    r"^\s*(?:the|an?|its|their|this|these|those|\w+['’]s)\s+"
    # no verb group: "the attacks were plotted by" is a clause of its own, whose passive
    # agent is no doer of a noun
    r"(?:(?!(?:is|are|was|were|be|been|being|has|have|had)\b)[\w-]+\s+){0,3}?"
)
_VICTIM_BEFORE = re.compile(
    _JUDGED_NOUN + r"(?:on|against|upon)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# the same noun phrase with its victim, up to the "by" of its doer: "the attack on Kosovo
# police by", "the attacks by" (ACE 2005: the "by" phrase of an event noun is its Agent)
_DOER_BEFORE = re.compile(
    _JUDGED_NOUN + r"(?:(?:on|against|upon)\s+(?:[\w-]+\s+){1,4}?)?by\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)

_WORD_BEFORE_BY = re.compile(r"([\w-]+)\s+by\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)


def judged_side(between: str) -> bool | None:
    """What a name after a judging verb (CAMEO 1.1b3 §11 disapprove, §12 reject) is to the
    act the verb judges, given the words ``between`` the verb's head and the name: False for
    that act's own object ("condemned the attack on | Kosovo police"), True for its doer
    ("condemned the attack by | Russia"), None when the words show neither.

    CAMEO 1.1b3 codes a disapproval's target as the actor criticised: whoever did the act
    judged, never whom it was done to (the condemner takes that side's part)."""
    if _DOER_BEFORE.match(between):
        # "the award offered by": a participle's own passive agent (holders.participle_agent)
        last = _WORD_BEFORE_BY.search(between)
        return None if last is not None and _participle(last[1]) else True
    if _VICTIM_BEFORE.match(between):
        return False
    return None


def _participle(word: str) -> bool:
    """Is ``word`` a past participle ("offered", "plotted"), not a noun ("attack", "visit")?"""
    forms = verb_forms(word.lower())
    return forms is not None and "VBN" in forms[1]
