"""The target of force a state used on things in another country: "India struck nine sites in
Pakistan" is aimed at Pakistan. CAMEO 1.1b3 codes the target of an assault or fight (ch.
18-20) as the actor attacked; with no actor named, the country whose ground the struck
objects lie in is that actor (GDELT codes such a target by its country). A named target
("struck Hezbollah sites in Lebanon") was read before and is kept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.events.actors import Actor
from dashboard.places.gazetteer import load

if TYPE_CHECKING:
    from dashboard.events.drafts import _Draft

_FORCE = ("18", "19", "20", "1712")  # force, and property destroyed (§1712)
# the object right after the verb, a few words, then "in": "struck nine sites in",
# "shelled villages in", "hit two camps inside"; no comma, clause break or other verb between
# ("in northern Iraq", "in Afghanistan's Paktika province": a compass word or the country's
# possessive may stand before the place); a preposition right after the verb opens no object
# ("destroyed at a depot in X": where, not what)
# The object names no one (lower-case words only: "fighting alongside Congolese troops in"
# names an ally, "struck Hezbollah targets in" a side of its own), and the country is named:
# the place is the country itself, or the country's possessive opens it. A town or division
# alone is left alone: which state owns the ground it names is a fact the sentence does not
# tell, and a report of a strike on Belgorod by Ukraine must stay apart from one by Russia on
# the same town (the happenings merge compares the sides the reports name).
_OBJECT_IN = re.compile(
    r"\s+(?!(?:at|in|on|near|from|to|by|with|for|during|after|before|over|alongside|"
    r"against|beside|among)\b)"
    r"(?:[a-z0-9][\w'-]*\s+){1,4}?(?:in|inside)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern\s+)?"
    r"(?P<owner>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s\s+)?$"
)
REACH = 50  # characters from the trigger's end to the country it names


def struck_in_country(d: _Draft, text: str) -> Actor | None:
    """The country whose ground the objects of ``d``'s force lie in, as its target (see the
    module): the country named right after its object ("in Somalia", "in northern Iraq",
    "in Afghanistan's Paktika province"); None when ``d`` is no state's force, has a target,
    names no such country, or the country is the doer's own."""
    code = d.trigger.full or d.trigger.code
    loc = d.location
    src = d.source
    if not code.startswith(_FORCE) or d.target is not None or src is None or loc is None:
        return None
    if src.kind != "country" or loc.place is None:
        return None
    if not d.trigger.end <= loc.start <= d.trigger.end + REACH:
        return None
    m = _OBJECT_IN.fullmatch(text, d.trigger.end, loc.start)
    if m is None or (loc.place.kind != "country" and m["owner"] is None):
        return None
    host = loc.place.country_code
    if host is None or host == src.country_code:
        return None
    country = load().country(host)
    return Actor(country.name if country else host, "country", host, loc.start, loc.end)
