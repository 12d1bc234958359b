"""The doer of a noun trigger told in the object relative right after it ("an offensive that
Ethiopia launched", "the raids which the army carried out"): the relative clause's subject
did the act the noun names, so it is CAMEO's source, never the target a name after the
trigger would otherwise be (Huddleston and Pullum 2002 ch. 12 §3: in an object relative the
pronoun is the object and the name after it the subject; newuser98 item 6).

The verbs that make the clause's subject the doer are data (``relative_launchers.csv``).

Shape::

    relative_doer(text, pool, trigger_end) -> (Actor, None) | None
    noun_doer(text, pool, actors, (start, end)) -> (agent, victim)   # or noun_agent's
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.actors import Actor
from dashboard.events.lexicon import sourced_rows
from dashboard.events.possessed_force import noun_agent

# "that" or "which", maybe "the" before the name: the relative's subject comes next
_OPENS = re.compile(r"\s+(?:that|which)\s+(?:the\s+)?$")
_PERFECT = r"(?:had\s+|has\s+|have\s+)?"
# words of a verb's phrase, never of an act's noun ("shot down two of the drones")
_PHRASE_WORDS = frozenset("the a an of down up off out".split())


@cache
def _verbs() -> re.Pattern[str]:
    """The launch verbs of ``relative_launchers.csv`` as one pattern, right after the name."""
    words = sorted((r["verb"] for r in sourced_rows("relative_launchers.csv", "verb")), key=len)
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in reversed(words))
    return re.compile(rf"\s+{_PERFECT}(?:{alts})\b")


def relative_doer(text: str, pool: list[Actor], trigger_end: int) -> tuple[Actor, None] | None:
    """(the actor, None) when an object relative opened right after the trigger names it as
    its subject before a launch verb ("an offensive that Ethiopia launched"), else None."""
    for a in pool:
        if a.start <= trigger_end or a.start - trigger_end > 16:
            continue
        if _OPENS.fullmatch(text, trigger_end, a.start) and _verbs().match(text, a.end):
            return a, None
    return None


def noun_doer(
    text: str, pool: list[Actor], actors: list[Actor], trigger: tuple[int, int]
) -> tuple[Actor | None, Actor | None]:
    """``relative_doer``'s (agent, None), else ``possessed_force.noun_agent``'s (agent,
    victim) of the clause's ``actors`` ("the Iranian attack")."""
    # a trigger of one or two words is the act's noun ("offensive", "air strikes"); a verb's
    # phrase ending on its object
    # ("shot down two of the drones that Russia launched") leaves the relative to that object
    words = text[trigger[0] : trigger[1]].lower().split()
    noun = len(words) <= 2 and not _PHRASE_WORDS & set(words)
    return (noun and relative_doer(text, pool, trigger[1])) or noun_agent(text, actors, trigger[0])
