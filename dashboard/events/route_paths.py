"""The path of a road, railway or pipeline an agreement is about is not where it was agreed.

"The two leaders agreed in Paris to build a railway through Serbia's Vojvodina province"
names where a future line will run; the agreement was made in Paris (ACLED: the location is
where the event took place; CAMEO 1.1b3 ch. 03-06 code the statement, the talks or the
deal, not the works they promise). A place after "through", "across" or "via" that a route
word leads ("a transit route through", "a pipeline across") is therefore no place of a
verbal or cooperative act. An act of force or protest on the road ("blocked the highway
through X") happened there, and keeps it.

The end of a vehicle's route named with its noun ("a bus from Kano to Abuja overturned near
Zaria", session 88, fix108): "from X to Y" after a vehicle word (``classes.csv``
ROAD_VEHICLE, VESSEL, CRAFT) is a postmodifier of that noun (Huddleston and Pullum 2002,
ch. 7 §15: prepositional phrases in a noun phrase belong to its noun), naming where it was
going, not where what befell it happened (ACLED codes the place of the event), whatever
the act's code: no place rather than the destination. So is its start when the route names
both ends ("a flight from Athens to Riga was forced to land in Minsk", session 94, hap125):
the origin is where the trip began, not where it was stopped, and a scheduled trip's noun
(``classes.csv`` SCHEDULED_TRIP: flight) leads such a route as a vehicle's does.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import word_class
from dashboard.model import Mention

# a route word, up to two words after it, a path preposition, and an owner before the name
# ("a corridor running through Armenia's Syunik province"); the name follows at once
_PATH_BEFORE = re.compile(
    r"\b(?:route|corridor|road|highway|motorway|railway|railroad|rail\s+link|link|pipeline|"
    r"canal|tunnel|bridge)s?\s+(?:[a-z]+\s+){0,2}?(?:through|across|via)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s?\s+)?$"
)
_REACH = 80  # characters before the name that ``_PATH_BEFORE`` may need
# codes of acts done on the spot: a demonstration, a blockade, coercion, an assault, a fight
_ON_THE_SPOT = frozenset({"14", "15", "17", "18", "19", "20"})


_ROUTE_REACH = 120  # characters before the destination: the vehicle word, its origin, "to"


@cache
def _vehicle_route() -> re.Pattern[str]:
    """ "<vehicle>(s) (a participle and up to three words: "carrying 350 people") from <up
    to 40 characters> to (the) $", the vehicle words from the lexicon's classes. Only a
    participle opens the words between: "the boat sank during the crossing from Cuba to"
    tells the crossing's ends with a finite verb of the clause between."""
    return re.compile(
        rf"{_vehicle_words()}from\s+[^,.;]{{1,40}}?\s+to\s+(?:the\s+)?$", re.IGNORECASE
    )


@cache
def _vehicle_words() -> str:
    """The pattern of a vehicle's or a trip's noun and the participle words after it, up to
    its "from": "a flight ", "a bus carrying 40 pupils "."""
    words = (
        word_class("ROAD_VEHICLE")
        | word_class("VESSEL")
        | word_class("CRAFT")
        | word_class("SCHEDULED_TRIP")
    )
    alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return rf"\b(?:{alternation})(?:s|es)?\s+(?:\w+ing\s+(?:[\w-]+\s+){{0,3}}?)?"


@cache
def _vehicle_origin() -> re.Pattern[str]:
    """ "<vehicle> (participle words) from (the) $": the start of a vehicle's route."""
    return re.compile(rf"{_vehicle_words()}from\s+(?:the\s+)?$", re.IGNORECASE)


# the route's other end right after the origin: "from Athens to Riga"
_TO_AFTER = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")


def vehicle_route_end(text: str, m: Mention) -> bool:
    """Is ``m`` an end of the route in "<vehicle> from X to ``m``" or "<vehicle> from ``m``
    to Y"?

    >>> from dashboard.model import Mention
    >>> text = "A bus from Kano to Abuja overturned near Zaria."
    >>> vehicle_route_end(text, Mention(19, 24, "Abuja", None, 0.0, ""))
    True
    >>> vehicle_route_end(text, Mention(41, 46, "Zaria", None, 0.0, ""))
    False
    >>> vehicle_route_end(text, Mention(11, 15, "Kano", None, 0.0, ""))
    True
    """
    before = text[max(0, m.start - _ROUTE_REACH) : m.start]
    if _vehicle_route().search(before) is not None:
        return True
    # the origin of "<vehicle> from ``m`` to Y": the route names both ends
    return _TO_AFTER.match(text, m.end) is not None and _vehicle_origin().search(before) is not None


def route_path(text: str, m: Mention, code: str) -> bool:
    """Whether ``m`` is named only as the path of a route an act of ``code`` is about.

    >>> from dashboard.model import Mention
    >>> text = "They agreed to open a transit route through Ruritania's Lake province."
    >>> route_path(text, Mention(56, 69, "Lake province", None, 0.0, ""), "036")
    True
    >>> route_path(text, Mention(56, 69, "Lake province", None, 0.0, ""), "191")
    False
    """
    if vehicle_route_end(text, m):
        return True
    if code[:2] in _ON_THE_SPOT:
        return False
    return _PATH_BEFORE.search(text, max(0, m.start - _REACH), m.start) is not None
