"""Actors named before a trigger as an object, so never its source.

Whom a call or a visit was made to, before a purpose infinitive: "Macron called Merz on
Sunday to congratulate him" has Macron congratulate (the infinitive of purpose takes the
main clause's subject, Quirk et al. 1985 §15.17; Huddleston and Pullum 2002 ch. 14 §5), so
the one called is no source of the act the infinitive names. Verbs of asking ("urged Iran
to free", "asked Merz to form") are object control and are not read here.

The object of "on", "upon" or "against" ("would keep up pressure on Russia through
sanctions"): a preposition's object is never the clause's subject (Huddleston and Pullum
2002, ch. 7).
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.border_cues import BORDER_WITH

# the verb of contact right before the actor ("called", "phoned", "visited", "wrote to")
_CONTACT_BEFORE = re.compile(
    r"\b(?:call(?:ed|s)?|phon(?:ed|es?)|telephon(?:ed|es?)|rang|ring(?:s)?|visit(?:ed|s)?|"
    r"met|meets?|wrote\s+to|writes?\s+to|spoke\s+(?:to|with)|speaks?\s+(?:to|with)|"
    r"hosted|hosts?|received)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,3}$"
)
# after the actor: a short time adjunct at most, then "to" right before the trigger
_TO_PURPOSE = re.compile(
    r"(?:\s+(?:on|late|early|last|this|in\s+the)\s+[A-Za-z]+(?:\s+(?:night|morning|evening|"
    r"afternoon))?)?\s+(?:in\s+order\s+)?to\s+$"
)


def called_sides(
    text: str, trigger_start: int, actors: list[Actor], sides: tuple[Actor | None, Actor | None]
) -> tuple[Actor | None, Actor | None]:
    """``sides`` with a called source made the target and the caller the source ("Macron
    called Merz on Sunday night to congratulate him": Macron -> Merz); as they were when the
    source is not the one called or no caller is named before the contact verb."""
    source = sides[0]
    if source is None or not called_before_purpose(text, source, trigger_start):
        return sides
    verb = _CONTACT_BEFORE.search(text, max(0, source.start - 60), source.start)
    assert verb is not None  # called_before_purpose found it
    caller = max(
        (a for a in actors if a.end <= verb.start() and verb.start() - a.end <= 40),
        key=lambda a: a.start,
        default=None,
    )
    return (caller, source) if caller is not None else (None, source)


def called_before_purpose(text: str, a: Actor, trigger_start: int) -> bool:
    """Is ``a`` the one called, visited or met right before a purpose infinitive whose verb
    starts at ``trigger_start`` ("called Merz on Sunday to congratulate")?"""
    if a.end > trigger_start or not _TO_PURPOSE.fullmatch(text, a.end, trigger_start):
        return False
    return _CONTACT_BEFORE.search(text, max(0, a.start - 60), a.start) is not None


_ON_OBJECT = re.compile(r"\b(?:on|upon|against)\s+(?:the\s+)?$", re.IGNORECASE)


def on_object(text: str, a: Actor, trigger_start: int) -> bool:
    """``a`` heads the object of "on", "upon" or "against", apart from the trigger: not its
    premodifier ("depend on UN aid", "On the FBI list") nor a possessor ("on the FBI's list");
    or the neighbour after "border with" ("kept its border with Russia closed"), which names
    the other side of a frontier, never who closed it."""
    if BORDER_WITH.search(text, max(0, a.start - 40), a.start) is not None:
        return True
    if not text[a.end : trigger_start].strip() or not _HEAD_END.match(text, a.end):
        return False
    return _ON_OBJECT.search(text, max(0, a.start - 12), a.start) is not None


# the object's head ends at a preposition, a conjunction or a punctuation mark; a noun after
# the name ("On the FBI list", "on UN aid") makes the name a premodifier of that noun
_HEAD_END = re.compile(
    r"\s*[,.;:]|\s+(?:through|with|over|by|in|for|from|to|at|after|before|during|amid|since|"
    r"until|as|and|or|but|if|unless|while|because)\b"
)
