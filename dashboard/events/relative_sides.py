"""Who a relative clause names, for the roles: the antecedent of a subject relative ("South
Korea's foreign ministry, which condemned it": the ministry did the act) and the names inside a
non-restrictive relative aside ("Angola's president, who mediates between Congo and Rwanda,
hosted talks": the aside's, no side of the act)."""

from __future__ import annotations

import re

from dashboard.events.actors import Actor

# a subject relative clause or a participle clause right after a name, or after the noun a
# possessive name owns ("South Korea's foreign ministry, which condemned", "a statement from
# Seoul condemning"): its subject is that antecedent (Huddleston and Pullum 2002, ch. 12 §3:
# "who"/"which" as subject; ch. 14 §9: a participle clause's subject is the noun it follows)
_ANTECEDENT_RELATIVE = re.compile(
    r"(?:['’]s?(?:\s+[a-z][a-z-]*){1,3})?(?:\s*,\s*|\s+)(?:who|which)\s+(?:[a-z]+ly\s+)?"
)


def _relative_antecedent(text: str, actors: list[Actor], trigger_start: int) -> Actor | None:
    """The actor whose noun phrase a subject relative ending at the trigger follows."""
    for a in sorted(actors, key=lambda a: a.start, reverse=True):
        if a.end <= trigger_start:
            hit = _ANTECEDENT_RELATIVE.fullmatch(text, a.end, trigger_start)
            return a if hit is not None else None
    return None


# a non-restrictive relative clause set off by commas between the subject and its verb
# ("Angola's president, who mediates between Congo and Rwanda, hosted"; Huddleston and
# Pullum 2002, ch. 12: a supplementary relative is a clause of its own)
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose|whom)\b[^,;.]{1,120},")


def _in_relative_aside(text: str, a: Actor, start: int, trigger_start: int) -> bool:
    """Is ``a`` inside a supplementary relative clause that closes before the trigger?"""
    return any(
        m.start() < a.start < m.end() <= trigger_start
        for m in _RELATIVE_ASIDE.finditer(text, start, trigger_start)
    )


# who is named after a relative pronoun between an act and an actor belongs to that clause
WHO_BETWEEN = re.compile(r"\b(?:who|whom)\b", re.IGNORECASE)
# "boarded an oil tanker on Thursday that they suspect damaged a cable between Finland and
# Estonia": "that" after the object's determiner and noun opens a relative (or a noun's
# content) clause of its own, whose names are that clause's (Huddleston and Pullum 2002, ch.
# 12 §3: "that" relatives), never the act's target; a complementizer "that" follows a verb,
# not a noun ("warned that Ukraine would pay" keeps its target). Searched from the verb.
THAT_RELATIVE = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*\s+(?:(?:on|last|this)\s+\w+\s+)?"
    # (a weapon's own harm is the act's: "a missile that killed five Ukrainian civilians")
    r"that\s+(?!(?:is|are|was|were|killed|wounded|injured|hit|struck|destroyed)\b)[a-z]",
    re.IGNORECASE,
)
# a coordinated verb of appeal: whom it asks to act is its own (CAMEO 1.1b3 §02 appeal, an
# event of its own), not what the first verb was done to ("condemned the attack and called
# on the UN to investigate": the UN is asked, not condemned)
APPEAL_BETWEEN = re.compile(
    r"\band\s+(?:also\s+)?(?:called\s+(?:on|upon)|urged|asked|appealed\s+to|pressed|implored)\b",
    re.IGNORECASE,
)


def own_clause_between(text: str, between: str, head_end: int, start: int) -> bool:
    """Does a clause of its own stand between the act and a name at ``start``: a "who"
    relative, a coordinated appeal (``between``: the text after the trigger), or a "that"
    relative on the object (searched from the verb's head at ``head_end``)?"""
    return bool(
        WHO_BETWEEN.search(between)
        or APPEAL_BETWEEN.search(between)
        or THAT_RELATIVE.search(text, head_end, start)
    )


# ``_RELATIVE_ASIDE`` whose closing comma is a clause's, never a number's ("about 1,400")
_ASIDE_CLOSED = re.compile(r",\s+(?:who|which|whose|whom)\b(?:[^,;.]|[,.](?=\d)){1,120},(?=\s)")


def within_aside(
    text: str, clause: tuple[int, int], trigger_start: int, actors: list[Actor]
) -> tuple[int, list[Actor]]:
    """The end of ``clause`` (article offsets) and the ``actors`` named before it, when the
    trigger stands in a non-restrictive relative aside that closes inside the clause: in "The
    junta, which seized power in 2021, has broken with France" the coup's clause ends at
    "2021", and France, the main clause's object, is no side of it nor a place to lend it
    (Huddleston and Pullum 2002, ch. 12: a supplementary relative is a clause of its own).
    ``(clause[1], actors)`` unchanged when the trigger is in no such aside."""
    for m in _ASIDE_CLOSED.finditer(text, clause[0], clause[1]):
        if m.start() < trigger_start < m.end() - 1:
            close = m.end() - 1
            return close, [a for a in actors if a.start < close]
    return clause[1], actors
