"""Who a sentence merged into an earlier event adds to it as actors.

A continuing sentence ("The clash injured two sailors", "the launch came after ...") adds
only the doers and sufferers of the act it continues (CAMEO 1.1b3 codes an event's source and
target, never who reports it): the subject of a reporting verb is a speaker, not a party
(ACE 2005: a Contact or reporting mention is an event of its own), and the parties of a
different act told in the same sentence (a condemnation, an accusation) are that act's.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.cameo import Trigger
from dashboard.events.drafts import _Draft
from dashboard.events.source_candidates import _speaker

# where a sentence turns to what its event followed or answered
_AFTER_CLAUSE = re.compile(
    r"\b(?:after|following|since|before|in response to|in retaliation for)\b", re.IGNORECASE
)


def merged_actors(
    text: str, s: int, sent: str, actors: list[Actor], strong: list[Trigger], target: _Draft
) -> list[Actor]:
    """The persons and bodies of the sentence at ``s`` that ``target`` gains as actors."""
    names = {a.name for a in target.actors}
    end = s + len(sent)
    code = target.trigger.code
    if any(t.code[:2] != code[:2] for t in strong):
        return []  # "Seoul and Washington condemned the launch": parties of another act
    return [
        a
        for a in actors
        if a.kind != "country" and a.name not in names and not _speaker(text, a, end)
    ]


def folded_actors(text: str, end: int, actors: list[Actor], after: int | None) -> list[Actor]:
    """The actors a noun mention of an earlier event keeps when folded into it ("The launch
    came after Seoul and Washington accused Pyongyang"): neither the parties of the act the
    "after" clause tells nor the speakers reporting it."""
    return [
        a
        for a in actors
        if (after is None or a.start < after) and not (a.start >= 0 and _speaker(text, a, end))
    ]
