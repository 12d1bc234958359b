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
from dashboard.events.said_about import act_noun_heads
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


# what opens a consultation's subject matter further on in its clause ("hosted talks between
# the US and Russia on ending the war in Ukraine", "met on Tuesday to discuss the fighting in
# Sudan"): a topic preposition, or a verb of purpose whose object is the matter discussed
_TOPIC_OPEN = re.compile(
    r"\b(?:on|about|over|regarding|concerning|discuss(?:ed|es|ing)?|to\s+end|ending)\s+",
    re.IGNORECASE,
)
# the clause ends at a sentence break or a dash: a place past it is no part of the topic
_BREAK = re.compile(r"[.;!?]\s|\s[—–]\s")
_REACH = 120  # characters from the act to the place, as ``said_about.PLACE_REACH``


def topic_act_place(text: str, trig: Trigger, place: Mention | None) -> bool:
    """Whether ``place``, read for the consultation ``trig``, lies inside another act its
    talks are about, named by that act's noun ("Saudi Arabia hosted talks between the US and
    Russia on ending the war in Ukraine": the war is in Ukraine, the talks are not).

    A noun's complements belong to its own phrase (Huddleston and Pullum 2002, ch. 5 §14),
    and the acts are the noun triggers of CAMEO's material roots (``said_about.act_nouns``:
    war, fighting, strike, ceasefire...); §040 codes the consulted, not the topic, and ACLED
    places an event where it took place. A venue told after the noun ("talks on the war at a
    summit in Paris") and a place before any topic word ("met in Geneva to discuss the war")
    stay the talks' own. Not for other roots: "condemned the strike on Kyiv" is
    ``said_about``'s, and a material act keeps the place its clause names.
    """
    if place is None or trig.code != _CONSULT or place.start < trig.end:
        return False
    between = text[trig.end : place.start]
    if len(between) > _REACH or _BREAK.search(between):
        return False
    return any(act_noun_heads(between[m.end() :]) for m in _TOPIC_OPEN.finditer(between))
