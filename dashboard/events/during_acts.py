"""A place named inside a time adjunct that tells another act ("shot down drones that
entered Polish airspace during a Russian attack on western Ukraine"): the other act's place,
not the coded act's, when the coded act's clause already names the sovereign area it took
place in.

A "during" or "amid" adjunct is a time adjunct (Quirk et al. 1985, 8.55): it says when,
and the place inside its noun phrase belongs to the noun's own act. ACLED codes one
location per event, where the event itself happened (ACLED Codebook, geo-precision); an
airspace or territorial waters named in the clause is that place (Chicago Convention, 1944,
art. 1; UNCLOS 1982, art. 2). Without such an area the adjunct's place may well be the act's
("two civilians were killed during a Russian attack on Kharkiv"), so it is left alone.
"""

from __future__ import annotations

import re

from dashboard.model import Mention

# the adjunct's head, right before the place: "during a Russian attack on (western) "
_DURING_ACT = re.compile(
    r"\b(?:during|amid|amidst)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:attacks?|assaults?|strikes?|air\s+raids?|raids?|offensive|bombardment|barrage|"
    r"shelling)\s+(?:on|against|in|across)\s+(?:the\s+)?"
    r"(?:(?:\w+ern|(?:north|south|east|west)(?:[- ]?(?:east|west))?|central)\s+)?$",
    re.IGNORECASE,
)
# a state's own area named as the act's place (cameo.csv §150 rows; incursions._INTRUDED)
_AREA = re.compile(
    r"\b(?:airspace|territorial\s+waters|exclusive\s+economic\s+zone)\b", re.IGNORECASE
)
_REACH = 80  # characters from the place back to "during"


def other_act_during(text: str, lo: int, m: Mention, trigger_start: int) -> bool:
    """Is ``m`` the place of a "during <attack> on" adjunct after the trigger, in a clause
    (from ``lo``) that names the act's own airspace or waters before the adjunct?"""
    if m.start <= trigger_start:
        return False
    during = _DURING_ACT.search(text, max(lo, m.start - _REACH), m.start)
    if during is None or during.start() <= trigger_start:
        return False
    return _AREA.search(text, trigger_start, during.start()) is not None
