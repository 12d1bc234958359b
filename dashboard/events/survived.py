"""An attack its subject survived or escaped: "Slovakia's prime minister survived an
assassination attempt", "The governor escaped an ambush on his convoy". The subject of
"survive"/"escape" with an attack noun as its object is the one the attack was aimed at
(Oxford Learner's Dictionaries, survive v. 1 'to continue to live or exist despite a
dangerous event'), so CAMEO's target, never its source (CAMEO 1.1b3: the source is the one
who acts); who attacked is told elsewhere, if at all.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.prefilter import gated

# the verb and up to three words of the noun phrase before the trigger's noun ("survived an
# assassination attempt", "escaped a suspected Houthi drone attack")
_SURVIVED = gated(
    r"\b(?:survived?|survives|surviving|escaped?|escapes|escaping)\s+"
    r"(?:an?|the|another|two|three|several)?\s*"
    # its object's words, not a preposition that opens an adjunct ("escaped after the bombing")
    r"(?:(?!(?:after|before|from|during|in|on|at|when|as|following|unhurt)\b)[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def survivor_sides(
    text: str, code: str, trigger_start: int, sides: tuple[Actor | None, Actor | None]
) -> tuple[Actor | None, Actor | None]:
    """``sides`` (source, target) of a force act (CAMEO roots 18-20) whose noun is what the
    source "survived" or "escaped": (None, the survivor) when no target was read, else as
    given."""
    source, target = sides
    if source is None or target is not None or code[:2] not in ("18", "19", "20"):
        return sides
    if source.end > trigger_start or _SURVIVED.search(text, source.end, trigger_start) is None:
        return sides
    return None, source
