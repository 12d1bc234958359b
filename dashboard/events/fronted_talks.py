"""A consultation told in a fronted adjunct: "During a phone call with Erdogan on Monday,
Putin said the war would end". The adjunct opens the sentence and ends at its comma
(Quirk et al. 1985 §8.19: an initial adjunct of time), and the main clause's subject is the
one who held the call (the adjunct has no subject of its own, so its act is the main
subject's: Quirk et al. 1985 §15.56, the implied subject of a verbless or nominal adjunct),
while what the main clause says ("would end") is the statement's, not the call's (that
future word is read by ``date_clauses._in_fronted_phrase``, as for "Under the deal …,").
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.trigger import Trigger

# "In a phone call with Erdogan on Monday,", "During their meeting in Ankara,", "At talks in
# Doha on Sunday,": a preposition of time or occasion, a determiner, the occasion's noun
_FRONTED = re.compile(
    r"(?:In|During|At|Over)\s+(?:a|an|the|their|his|her|its|Monday's|Tuesday's|Wednesday's|"
    r"Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:call|calls|conversation|meeting|talks|summit|visit)\b[^,;.]{0,80},\s*"
)
_SUBJECT_REACH = 60  # characters from the comma to the main clause's subject


def fronted_talk_end(text: str, s: int, trigger: Trigger) -> int | None:
    """Where the fronted adjunct holding ``trigger`` ends (after its comma), the sentence
    starting at ``s``; None when the trigger is in no such adjunct."""
    m = _FRONTED.match(text, s)
    if m is None or not s <= trigger.start < m.end():
        return None
    return m.end()


def fronted_talk_source(
    text: str,
    s: int,
    trigger: Trigger,
    actors: list[Actor],
    sides: tuple[Actor | None, Actor | None],
) -> tuple[Actor | None, Actor | None]:
    """``sides`` with the main clause's subject as the source of a consultation told in a
    fronted adjunct, when none was found ("During a phone call with Erdogan, Putin said":
    Putin); the sides as they were otherwise."""
    if sides[0] is not None or not trigger.code.startswith("04"):
        return sides
    end = fronted_talk_end(text, s, trigger)
    if end is None:
        return sides
    subject = next((a for a in actors if end <= a.start < end + _SUBJECT_REACH), None)
    if subject is None or (sides[1] is not None and subject.name == sides[1].name):
        return sides
    return subject, sides[1]
