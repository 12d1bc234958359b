"""The topic of talks is not their other side: "France and Germany held talks on Syria".

A consultation (CAMEO 1.1b3 ch. 04: meet, hold talks, discuss by telephone) is coded
between the parties who consult; what they consult about, named after "on", "about",
"over", "regarding" or "concerning" right after the act, is its subject matter, neither
target nor party (§040 codes the consulted, not the topic). Read as a target, the topic
also became the talks' place.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.cameo import Trigger
from dashboard.model import Mention

_CONSULT = "04"  # CAMEO 1.1b3 ch. 04, consult
# the preposition that introduces a topic right after the act, and an article
_TOPIC = re.compile(
    r"\s+(?:on|about|over|regarding|concerning)\s+(?:the\s+)?(?:situation\s+in\s+)?",
    re.IGNORECASE,
)


def topic_target(text: str, trig: Trigger, target: Actor | None) -> bool:
    """Whether ``target`` of the consultation ``trig`` is the topic its talks are held on
    ("held talks on Ukraine", "met over the situation in Sudan"): named right after the
    act behind a topic preposition."""
    if target is None or trig.code != _CONSULT or target.start < trig.end:
        return False
    return _TOPIC.fullmatch(text, trig.end, target.start) is not None


def topic_place(text: str, trig: Trigger, place: Mention | None) -> bool:
    """Whether the place chosen for the consultation ``trig`` is the topic of its talks
    ("held talks on Gaza"): the talks are about it, not held in it (ACLED: the location is
    where the event took place), so it places nothing."""
    if place is None or trig.code != _CONSULT or place.start < trig.end:
        return False
    return _TOPIC.fullmatch(text, trig.end, place.start) is not None
