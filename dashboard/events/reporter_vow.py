"""A promise or threat joined to a reported clause by "and" ("Pakistan said 26 civilians
were killed and vowed to respond"): the second verb is coordinated with the reporting verb,
not with the reported clause's own verb, when that clause tells what happened to people with
no doer named (a passive, or a thing as its subject). The dead or a strike cannot vow, so
the vow's subject is the reporter (Huddleston and Pullum 2002, ch. 15 §4: coordinated
predicates share the subject they can take), and CAMEO 1.1b3 codes the vow as the reporter's
own act (§13 threaten, §03 intent).
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.trigger import Trigger

# the reporting verb whose complement holds the first act: "said", "said on Tuesday that"
_REPORTED = re.compile(
    r"\b(?P<verb>said|says|announced|reported|confirmed|stated)\s+"
    r"(?:(?:on|late on|early on)\s+\w+\s+)?(?:that\s+)?[^,;.\"“”]*$"
)
# verbs of committing oneself to a future act (CAMEO 1.1b3 §03 and §13: a pledge, a vow, a
# threat); a second verb of another kind ("and killed") keeps the reported clause's subject
_COMMITTING = frozenset("vowed pledged promised threatened swore warned".split())


def reported_before(text: str, at: int) -> re.Match[str] | None:
    """The reporting verb (and its complement up to ``at``) whose reported clause holds the
    act at ``at``, within the 100 characters before it; None when no such verb stands there."""
    return _REPORTED.search(text, max(0, at - 100), at)


def commits(t: Trigger) -> bool:
    """Does trigger ``t`` open on a verb of committing oneself ("vowed to respond")?"""
    words = t.text.split()
    return bool(words) and words[0].lower() in _COMMITTING


def reporter_of(text: str, first: Trigger, second: Trigger, actors: list[Actor]) -> Actor | None:
    """The reporter who made the vow ``second`` joined to the reported act ``first`` (see the
    module): the actor of ``actors`` ending right before the reporting verb ("Pakistan
    said"), or None when ``second`` commits to nothing or no reporting verb or named
    reporter stands before ``first``."""
    said = reported_before(text, first.start) if commits(second) else None
    if said is None:
        return None
    verb = said.start("verb")
    return next(
        (a for a in actors if a.end <= verb and not text[a.end : verb].strip(" ,")),
        None,
    )
