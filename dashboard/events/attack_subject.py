"""The doer and target of an attack noun that opens a clause as its subject ("U.S. strikes on
Iraq killed 10 fighters", "American airstrikes on Yemen killed"): the name after "on" is the
one struck, never the subject of the clause's verb, and the side premodifying the noun made
the attack (ACE 2005 event guidelines: an Attack noun's "on" phrase is its Target argument,
a premodifying nationality its Attacker)."""

from __future__ import annotations

import re

from dashboard.events.actors import Actor


def struck_in_subject(
    text: str, before: list[Actor], source: Actor | None, verb: str
) -> tuple[Actor | None, Actor] | None:
    """(doer, target) when the actor taken as the source is the object of a force noun in
    the subject ("U.S. strikes on Iraq killed 10 fighters", "airstrikes on Houthi rebels
    killed"): the "on" phrase of an attack noun names whom it hit (ACE 2005: an attack
    noun's "on" phrase is its Target), and the country or side premodifying the noun made
    it ("U.S.", "Russian missile"), or no one named; None otherwise. ``verb``: the trigger's
    words, which must tell the harm the attack did ("killed", "hit", "destroyed")."""
    if source is None or not _HARMS.match(verb):
        return None  # "strikes on Iran drew condemnation from Russia": Russia condemned
    noun = _ON_TARGET.search(text, max(0, source.start - 45), source.start)
    if noun is None:
        return None
    doer = next(
        (
            a
            for a in before
            if a.end <= noun.start() and _PREMODIFIES.fullmatch(text, a.end, noun.start())
        ),
        None,
    )
    return doer, source


# an attack noun and its "on"/"against" right before a name ("strikes on", "a drone attack
# against the"); its premodifier, up to two words ("U.S. | strikes", "Russian | missile strike")
_ON_TARGET = re.compile(
    r"\b(?:air ?strikes?|strikes?|attacks?|raids?|bombings?|bombardments?|shelling|"
    r"assaults?|offensives?)\s+(?:on|against)\s+(?:the\s+)?"
    # a side's possessive before the name struck ("on Yemen's Houthi rebels")
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?$",
    re.IGNORECASE,
)
# the verbs whose subject an attack noun is when it tells what the attack did
_HARMS = re.compile(
    r"(?:kill|wound|injur|hit|struck|strike|destroy|damag|flatten|level|pound|target|"
    r"knock|set\s+fire|left\s+\d)",
    re.IGNORECASE,
)
_PREMODIFIES = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}")  # "Israel's strike on"
