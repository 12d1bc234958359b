"""One exchange of fire told again, right after, from one side: "Indian and Pakistani troops
traded fire along the frontier on Sunday. A spokesman said Pakistani troops fired on posts
near the village of X." The second sentence tells who opened the fight told first; it is
evidence of that fight, not a second act.

ACE 2005 event coreference (LDC, *ACE English Annotation Guidelines for Events* 5.4.3): two
mentions are of one event when no argument or attribute of one conflicts with the other's.
``retold.fold_retellings`` folds tellings of one root on one told day; this module takes the
case it leaves: a fight between two named sides (CAMEO 1.1b3 §19, both sides named, at day
precision) followed at once by an assault or fight (§18-§20) with no date phrase of its own,
whose doer is one of the two sides and whose target, if any, the other (or its own side's
posts: none named). A telling that counts itself apart ("also", "again", "another") stays
apart, as do two events with other sides, another day told, or anything flagged.
"""

from __future__ import annotations

from dashboard.events.retold import _ANOTHER, _folded
from dashboard.model import Event

_FIGHT = "19"
_FORCE = frozenset({"18", "19", "20"})
_UNREAL = frozenset({"negated", "hypothetical", "planned"})


def fold_side_tellings(events: list[Event]) -> list[Event]:
    """``events`` (one article's, in reading order) with each one-sided telling of the
    two-sided fight right before it folded into that fight."""
    out: list[Event] = []
    for ev in events:
        if out and _side_of(out[-1], ev):
            out[-1] = _folded(out[-1], ev)
        else:
            out.append(ev)
    return out


def _side_of(a: Event, b: Event) -> bool:
    """``b``, told next, is one side's telling of ``a``'s two-sided fight."""
    if a.event_type.code != _FIGHT or b.event_type.code not in _FORCE:
        return False
    if _UNREAL & (set(a.flags) | set(b.flags)) or b.when.text:
        return False
    sides = {a.roles.source_country, a.roles.target_country}
    if None in sides or len(sides) != 2 or a.when.precision != 1:
        return False
    if not (b.when.start <= a.when.start <= b.when.end):
        return False
    if b.roles.source_country not in sides or b.evidence[0].start <= a.evidence[0].start:
        return False
    if b.roles.target_country not in (None, *sides - {b.roles.source_country}):
        return False
    return not any(_ANOTHER.search(e.text) for e in b.evidence)
