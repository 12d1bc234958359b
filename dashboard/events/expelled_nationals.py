"""The side an expulsion noun's "of" phrase names: "Tuesday's expulsions of four Russian
diplomats", "the expulsion of two Chilean envoys drew an angry reply".

CAMEO 1.1b3 §166 (expel or withdraw) and §174 (expel or deport individuals) code the one who
expels as the source and the expelled party as the target. The "of" phrase of a noun made
from a transitive verb is that verb's object (Quirk et al. 1985 §17.51, the objective
genitive: "the expulsion of the diplomats" = someone expelled the diplomats), so the
nationality or country named in it is the target, whoever expelled them. Without it such a
card has no sides at all, borrows a place from its sentence and may join the other side's
tit-for-tat expulsion of the same day (issue 16, newuser81 F1). A "by" phrase or a subject
names the expeller elsewhere (``expelled_from`` reads "from Moldova"); this reader only fills
a missing target and never one that is the source's own side.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.trigger import Trigger

_EXPULSIONS = ("166", "174")
# the act's noun, then "of" and at most a determiner or number and two modifiers before the
# nationality ("of four senior Russian diplomats", "of the Danish ambassador")
_OF_PHRASE = re.compile(
    r"(?:expulsions?|evictions?|deportations?)\s+of\s+"
    r"(?:(?:the|a|an|some|several|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}",
    re.IGNORECASE,
)


def expelled_side(
    text: str, trig: Trigger, sides: tuple[Actor | None, Actor | None], actors: list[Actor]
) -> Actor | None:
    """The expelled side of a noun-told expulsion ``trig`` with no target among ``sides``
    (source, target): the actor of ``actors`` with a country that opens right where the
    noun's "of" phrase reaches its head ("expulsions of four Russian diplomats": the actor
    "Russian"); None when the trigger is no expulsion noun, a target is known, no actor
    opens there, or the actor is of the source's own country."""
    source, target = sides
    if (trig.full or trig.code)[:3] not in _EXPULSIONS or target is not None:
        return None
    m = _OF_PHRASE.match(text, trig.start)
    if m is None:
        return None
    for a in actors:
        if a.country_code is None or not m.start() < a.start <= m.end():
            continue
        # the actor must open the head's first words, not lie past a clause mark
        if re.search(r"[.,;:]", text[m.start() : a.start]):
            continue
        if source is not None and source.country_code == a.country_code:
            return None  # "Norway's expulsion of Norwegian citizens": no other side named
        return a
    return None
