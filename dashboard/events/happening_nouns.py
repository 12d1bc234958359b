"""The nouns that name a happening as written ("strikes", "the fighting", "clashes", a
natural cause such as "floodwaters"): a subject that "forced" a closure or a flight is such a
happening's effect, not an actor's coercion (``non_events._forced_by_event``).
"""

from __future__ import annotations

from dashboard.events.lexicon import word_class
from dashboard.events.tokens import Token

# happenings that "force" a closure or a flight: their effect, not an act of coercion
EVENT_NOUNS = frozenset(
    "strike attack raid war fighting violence explosion blast bombing shelling conflict clash "
    "fire flood flooding storm quake earthquake unrest protest crisis outbreak landslide "
    "mudslide avalanche snow snowfall rain debris rubble wildfire cyclone hurricane typhoon "
    "outage blackout airstrike tariff sanction".split()
)


def event_noun(t: Token) -> bool:
    """The word is a happening's noun as written ("strikes", "the fighting", "clashes"),
    not a participle of its verb before a noun ("the striking miners")."""
    w = t.lower
    causes = word_class("HAZARD_CAUSE")
    if w in causes or (w.endswith("s") and w[:-1] in causes):
        return True  # a natural cause too: "floodwaters forced 2,000 people", "blazes forced"
    return w in EVENT_NOUNS or (
        w.endswith("s") and (w[:-1] in EVENT_NOUNS or (w.endswith("es") and w[:-2] in EVENT_NOUNS))
    )
