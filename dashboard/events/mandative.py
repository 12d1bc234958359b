"""Who a demand tells to act when it is put as a that-clause: "Rwanda demanded that Congo
disarm the militia". The subject of a mandative that-clause is the one who is to act (Quirk
et al. 1985 §16.32, the mandative subjunctive after "demand", "insist", "urge", "ask",
"request"), so it is the demand's target (CAMEO 1.1b3 §10 demand: the target is who is asked
to act), not the object of the act demanded ("the militia").
"""

from __future__ import annotations

import re

# the demanding verb, a short time phrase, "that" and a determiner before the clause's subject
_MANDATIVE_GAP = re.compile(
    r"(?i:demand|urge|insist|ask|request)(?:s|ed|d)?\s+(?:(?:late |early )?on \w+\s+)?"
    r"that\s+(?:the\s+)?"
)


def mandative_subject(text: str, trigger_start: int, actor_start: int) -> bool:
    """Does the actor at ``actor_start`` open the that-clause of the demanding verb at
    ``trigger_start`` ("demanded on Monday that Hungary release …")?

    >>> mandative_subject("Kyiv demanded that Hungary release them", 5, 19)
    True
    """
    return _MANDATIVE_GAP.fullmatch(text, trigger_start, actor_start) is not None
