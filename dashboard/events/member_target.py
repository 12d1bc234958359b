"""Whom an act done to a group's members is done to: "police killed five members of the
Barrio 18 gang", "arrested leaders of the Sinaloa cartel".

The object's head is the members, and the group after "of" is what they belong to (Quirk
et al. 1985 §17.38, the partitive "of"); CAMEO 1.1b3 codes actors by the group they act
for, so the named group is the target. The "of" otherwise names a place or a part
("in the north of Syria"), which ``source_target`` keeps from the target, so only a member
noun opens this reading, and only for an organisation named after it.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor

# a count or modifier, a member noun, then "of" and an article: "five members of the",
# "a senior leader of", "suspected gunmen of the"
_MEMBERS_OF = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:members?|leaders?|commanders?|fighters?|gunmen|militants|"
    r"affiliates?|associates?|operatives?|factions?)\s+of\s+(?:the\s+|an?\s+)?",
    re.IGNORECASE,
)


def member_target(
    text: str, trigger_end: int, clause_end: int, target: Actor | None, actors: list[Actor]
) -> Actor | None:
    """The organisation named right after "members of" past the trigger (``trigger_end``
    up to ``clause_end``, article offsets), when no target was found; else ``target``."""
    if target is not None:
        return target
    return next(
        (
            a
            for a in actors
            if a.kind == "organisation"
            and trigger_end <= a.start < clause_end
            and _MEMBERS_OF.fullmatch(text, trigger_end, a.start)
        ),
        None,
    )
