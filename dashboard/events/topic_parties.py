"""A party of the grievance an act is "over" is no target of that act.

"Deputies walked out over a secret phone call with Peru's president": "over" gives the
cause or matter of the walkout (Quirk et al. 1985, 9.55 and 9.57), and Peru is named in it
as the other party of the call ("with", "between": accompaniment, 9.52), not as whom the
walkout was against. CAMEO 1.1b3 §14 codes as target whom a protest is against, which the
clause does not say here, so no target is read; nor is the party's country a place of the walkout
(``adjunct_places.own_place``). The cause prepositions are
``data/lexicon/classes.csv`` row ``CAUSE_PREPOSITION``, those of place ``PLACE_PREPOSITION``.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.actors import Actor
from dashboard.events.lexicon import word_class

Sides = tuple[Actor | None, Actor | None]

# the grievance's noun phrase: up to eight words and no clause break before "with"/"between"
_REACH = 80


@cache
def _party_in_cause() -> re.Pattern[str]:
    preps = "|".join(sorted(word_class("CAUSE_PREPOSITION")))
    place = "|".join(sorted(word_class("PLACE_PREPOSITION")))
    # "over a leaked phone call with ", "over talks between the premier and "; not a place
    # phrase inside it ("over a temple on the border between X and Y": X and Y are where)
    return re.compile(
        rf"\b(?:{preps})\s+(?:(?!(?:{place})\b)[\w'’-]+\s+){{0,6}}?"
        r"(?:with|between)\s+(?:[^,;.]*?\s+and\s+)?"
        r"(?:the\s+)?$",
        re.IGNORECASE,
    )


def party_of_grievance(text: str, trigger_end: int, start: int) -> bool:
    """Whether the name at ``start``, after the trigger ending at ``trigger_end``, is named
    after "with" or "between" inside an "over"/"about" phrase that follows the trigger."""
    if start < trigger_end:
        return False
    lo = max(trigger_end, start - _REACH)
    return _party_in_cause().search(text, lo, start) is not None


def no_grievance_target(text: str, trigger_end: int, sides: Sides) -> Sides:
    """``sides`` without a target that is a party of the grievance (``party_of_grievance``)."""
    source, target = sides
    if target is not None and party_of_grievance(text, trigger_end, target.start):
        return source, None
    return sides
