"""A reported clause whose subject is a state's force ("Vucic said police had arrested 22
people", "the minister said troops shelled the town") names its own doer: the one who
tells of it did not do it.

ACE 2005 takes the reporting event as an event of its own, whose speaker is no argument
of the event reported; CAMEO 1.1b3 codes the reported act to its subject, here a state's
police (actor codebook COP) or military (MIL). ``source_candidates._armed_reported`` has
the same rule for an armed group of no state ("the UN said gunmen attacked").
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor

_SAYING = re.compile(
    r"(?:['’]s)?(?:\s+[\w-]+){0,2}?\s+(?:said|says|told\s+\w+|announced|claimed|reported|"
    r"added|stated|confirmed)\s+(?:on\s+\w+day\s+)?(?:that\s+)?"
)
# the reported clause's subject: a state force named by its common noun, and the verb
# group's auxiliaries up to the act ("police had", "security forces have", "the army")
_FORCE_SUBJECT = re.compile(
    r"(?:the\s+)?(?:riot\s+|local\s+|security\s+|government\s+|federal\s+)?"
    r"(?:police(?:\s+officers)?|officers|security\s+forces|forces|troops|soldiers|army|"
    r"military)\s+(?:(?:had|has|have|were|was)\s+)?(?:also\s+)?$",
    re.IGNORECASE,
)


def force_reported(text: str, speakers: list[Actor], trigger_start: int) -> bool:
    """Whether one of ``speakers`` tells of an act whose reported clause opens with a state
    force as its subject, right up to the trigger at ``trigger_start``.

    >>> from dashboard.events.actors import Actor
    >>> t = "Vesna Kos said police had arrested 22 people."
    >>> force_reported(t, [Actor("Vesna Kos", "person", None, 0, 9)], t.index("arrested"))
    True
    >>> t = "Vesna Kos said she had arrested 22 people."
    >>> force_reported(t, [Actor("Vesna Kos", "person", None, 0, 9)], t.index("arrested"))
    False
    """
    for a in speakers:
        said = _SAYING.match(text, a.end)
        if said is None or said.end() > trigger_start:
            continue
        if _FORCE_SUBJECT.fullmatch(text, said.end(), trigger_start):
            return True
    return False


def opening_upper(clause: str) -> str:
    """``clause`` with its first letter in capitals, as a sentence opens: a reported clause
    ("said the gangs were trying …") read by a reader of sentence openings (``armed_opening``)
    opens with a lowercase article a subject at a sentence's start would capitalise."""
    return clause[:1].upper() + clause[1:]
