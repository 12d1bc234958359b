"""The state an expulsion is "from": "the expulsion of Russian diplomats from Moldova",
"Two Russian diplomats were expelled from Moldova".

CAMEO 1.1b3 §166 (expel or withdraw) and §174 (expel or deport individuals) code the one who
expels as the source and the expelled party as the target. Only a state can expel from its
own soil, so a country named after "from" right after the expelled party is the expeller
when no other doer is told (a subject of the act's own verb: "Moldova ordered the expulsion
of Russian diplomats" names it already), and the expulsion is done in that country (ACLED
codes where the event took place). "Moscow condemned the expulsion of its diplomats from
Estonia": Estonia expelled them; Moscow only condemned it.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.cameo import Trigger
from dashboard.model import Mention

_EXPULSIONS = ("166", "174")
_FROM = re.compile(r"\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_REACH = 60  # "expulsion of two senior Russian diplomats " before "from"


def expelling_state(
    text: str, trig: Trigger, sides: tuple[Actor | None, Actor | None], actors: list[Actor]
) -> tuple[Actor, Actor | None] | None:
    """(expeller, expelled side) for an expulsion ``trig`` whose ``sides`` (source, target)
    have no source and whose expelled party is followed by "from" and a country, among
    ``actors``; None otherwise. The expelled side is the country of an actor between the
    trigger and "from" ("Russian diplomats": Russia), else the target read before when it is
    not the expeller ("Two Russian diplomats were expelled from Moldova": Russia), or None."""
    source, target = sides
    if (trig.full or trig.code)[:3] not in _EXPULSIONS or source is not None:
        return None
    for a in sorted(actors, key=lambda a: a.start):
        if a.kind != "country" or not trig.end <= a.start <= trig.end + _REACH:
            continue
        if _FROM.search(text, trig.end, a.start) is None or "." in text[trig.end : a.start]:
            continue
        between = [
            b for b in actors if trig.start <= b.start < a.start and b.country_code
            and b.country_code != a.country_code
        ]  # fmt: skip
        if between:
            return a, between[0]
        return a, (target if target and target.country_code != a.country_code else None)
    return None


def mention_at(mentions: list[Mention], start: int) -> Mention | None:
    """The place mention opening at ``start`` (the expeller's name), or None."""
    return next((m for m in mentions if m.start == start and m.place is not None), None)
