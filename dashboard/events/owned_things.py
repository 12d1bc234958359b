"""The owner of a thing that is the subject of an act ("Pagers used by Hezbollah members
exploded"): a reduced relative on the subject's head noun (Quirk et al. 1985 §17.30,
postmodification by a past participle clause) says whose the thing was, and the owner of
what exploded or burned is whom the act was done to, not its doer (CAMEO 1.1b3: the source
is who acts, the target whom it is done to). Participles of agency ("Rockets fired by
Hamas hit Ashkelon", "trucks driven by militants rammed") are not read here: their "by"
phrase names who acted.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor

# a possession participle and its "by" right before the owner's name; an article and one
# modifier may stand between ("used by the elite Radwan force")
_OWNED_BY = re.compile(
    r"\b(?:(?:used|owned|carried|worn|issued\s+to|belonging\s+to)\s+(?:by\s+)?)"
    r"(?:the\s+|an?\s+)?(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
# a vehicle's load ("A truck carrying Ukrainian soldiers exploded"): its riders were hit
# only when the vehicle underwent the act; "a truck carrying troops attacked" names doers
_CARRYING = re.compile(
    r"\b(?:carrying|transporting|ferrying)\s+(?:\d[\d,]*\s+)?(?:the\s+)?(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
_UNDERGONE = re.compile(
    r"(?:exploded|explodes|blew\s+up|caught\s+fire|burst\s+into\s+flames|sank|capsized|"
    r"crashed|(?:was|were)\s+\w+|came\s+under)\b",
    re.IGNORECASE,
)
# what may stand between the owner and the trigger: the owner's kind of people and a finite
# auxiliary ("Hezbollah members exploded", "a Hamas commander had exploded")
_OWNER_TO_VERB = re.compile(
    r"(?:\s+[a-z-]+){0,2}?(?:\s+(?:had|have|has|was|were|did|not|n't|suddenly|"
    r"simultaneously))*\s+$",
    re.IGNORECASE,
)


def owner_sides(
    text: str, trigger_start: int, sides: tuple[Actor | None, Actor | None]
) -> tuple[Actor | None, Actor | None]:
    """``sides`` (source, target), with a source named only as the owner of the subject
    thing ("Radios carried by Hezbollah fighters exploded", "A truck carrying Ukrainian
    soldiers exploded") made the target, when no target is named; else ``sides`` unchanged."""
    source, target = sides
    if source is None or source.start < 0 or target is not None:
        return sides
    lo = max(0, source.start - 40)
    carried = _CARRYING.search(text, lo, source.start) is not None and bool(
        _UNDERGONE.match(text, trigger_start) or _UNDERGONE.search(text, source.end, trigger_start)
    )
    if not carried and not _OWNED_BY.search(text, lo, source.start):
        return sides
    if not _OWNER_TO_VERB.fullmatch(text, source.end, trigger_start):
        return sides
    return None, source
