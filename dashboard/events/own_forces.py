"""A show of force told in the passive with a national force as its subject: "Cuban troops
were mobilized", "Russian forces were put on alert". CAMEO 1.1b3 root 15 (exhibit force
posture: §152 alert, §154 mobilize, §155 deploy) is done by a state with its own forces, so
the state the force belongs to is the source, not the target: the passive's subject here is
the instrument of the act (its forces), and its doer, left out, is their state
(Quirk et al. 1985 §3.63; a state mobilizes only its own troops).
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.actors import Actor, military_nouns


@cache
def _force_passive() -> re.Pattern[str]:
    """A force noun (``military_subjects.csv``) and a passive auxiliary up to the verb."""
    nouns = "|".join(re.escape(n) for n in military_nouns())
    return re.compile(
        rf"\s+(?:[a-z-]+\s+)?(?:{nouns})\s+(?:was|were|have\s+been|has\s+been|had\s+been|"
        r"are|is|being)\s+(?:[a-z]+ly\s+)?",
        re.IGNORECASE,
    )


def force_posture_sides(
    text: str, code: str, trigger_start: int, sides: tuple[Actor | None, Actor | None]
) -> tuple[Actor | None, Actor | None]:
    """``sides`` (source, target) of a root-15 act whose passive subject is a force modified
    by a country ("Cuban troops were mobilized": (None, Cuba) -> (Cuba, None)); else as
    given. Force used on a force ("Cuban troops were attacked", root 19) keeps its target."""
    source, target = sides
    if not code.startswith("15") or source is not None or target is None:
        return sides
    if target.kind != "country" or not _force_passive().fullmatch(text, target.end, trigger_start):
        return sides
    return target, None
