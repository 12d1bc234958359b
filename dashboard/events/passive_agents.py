"""A passive's "by" agent told after the verb's object: "Sanctions were imposed on the
Central African Republic by ECOWAS on Tuesday"; and the passives a trigger holds or a light
verb makes ("drones were shot down", "was placed under arrest": ``PASSIVE_INSIDE``,
``PLACED_UNDER``), whose subject is the one the act was done to.

The agent phrase of a passive may follow the verb's other complements (Quirk et al. 1985
§3.65), so it need not stand right after the verb; CAMEO 1.1b3 codes the agent as the source
and the one the act was done to as the target, however long the target's name.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.holders import participle_agent

# a trigger that closes on its own passive verb group ("sanctions were imposed")
ENDS_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?\w+ed$", re.I)


def agent_after_object(
    text: str,
    target: Actor | None,
    pool: list[Actor],
    clause: tuple[int, int],
    agent: re.Pattern[str],
) -> Actor | None:
    """The actor of ``pool`` right after "by" past ``target`` in ``clause`` (``agent``
    matches the words between: "by", an article, a title), unless that "by" is a reduced
    relative's (``holders.participle_agent``: "sanctions imposed by ECOWAS"); None when
    there is no target or no such actor."""
    if target is None:
        return None
    return next(
        (
            a
            for a in pool
            if target.end <= a.start < clause[1]
            and a.name != target.name
            and agent.match(text[target.end : a.start])
            and not participle_agent(text[target.end : a.start])
        ),
        None,
    )


# a trigger that holds its own passive ("drones were shot down", "officers came under
# fire"): what stands before it was done to
PASSIVE_INSIDE = re.compile(
    r"\b(?:(?:was|were|been|being)\s+(?:\w+\s+)?(?:shot|downed|intercepted|hit|struck|"
    r"attacked|targeted|killed)|(?:came|come|comes|coming)\s+under)\b",
    re.IGNORECASE,
)
# a noun act one is put into ("was placed under arrest", "were taken into custody", "has
# been put under house arrest"): a passive of the light verb, so the subject is the one
# arrested and a "by" phrase names who did it (Quirk et al. 1985, 3.64: the passive's
# subject is the active's object); so too one who is or stays in it ("has been in
# detention since October", "remains in custody": "be" and "remain" with a place phrase
# tell where the subject is, Quirk et al. 1985 §16.23)
PLACED_UNDER = re.compile(
    r"\b(?:(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?(?:placed|put|taken|kept|held)\s+"
    r"(?:under|into|in)|(?:was|were|been|is|are|be|remains?|remained|stays?|stayed)\s+"
    r"(?:still\s+)?(?:in|under))\s+(?:house\s+|military\s+|police\s+|protective\s+|"
    # or the keeper's nationality ("remain in Russian custody")
    r"pretrial\s+|pre-trial\s+|(?-i:[A-Z])[a-z]+\s+)?$",
    re.IGNORECASE,
)
