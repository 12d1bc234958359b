"""A seizure whose object is a named place, or part of one, is the occupation of territory
(CAMEO 1.1b3 §192): "Rebels seized Bunia", "captured most of Goma" are coded as "seized the
town of Bunia" is, not as property seized (§171) or people taken (§181).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.events.cameo import Trigger
from dashboard.model import Mention

_SEIZED_ROOTS = frozenset({"171", "181"})
_TERRITORY = frozenset({"city", "admin1", "admin2", "region"})


_TAKING = re.compile(r"(?i)(?:captur|seiz)\w*$")
_POLICE = re.compile(r"(?i)\b(?:police|policemen|officers|agents|deputies|marshals)\b[^.;]*$")
_PART_OF = re.compile(r"(?i)(?:most|much|all|half|part|parts|swathes|areas|districts) of\s+")


def taken_place(trig: Trigger, mentions: list[Mention], text: str) -> Trigger:
    """A seizure (171, 181) whose object is a place named right after the verb, or part of
    one ("most of Goma"), is the occupation of territory (192)."""
    after = len(text) - len(text[trig.end :].lstrip())
    part = _PART_OF.match(text, after)  # "captured most of Goma": part of the town is territory
    # "captured" read as an arrest (§173) takes people; part of a named town is land taken
    # as does a named town right after "captured" or "seized", which take no one's person
    # there ("The RSF captured El Fasher" was an arrest, newuser49b)
    # police capture people ("Police captured Jackson"), armed forces take towns
    taking = _TAKING.match(trig.text) is not None and not _POLICE.search(
        text, max(0, trig.start - 60), trig.start
    )
    roots = _SEIZED_ROOTS | {"173"} if part or taking else _SEIZED_ROOTS
    if (trig.full or trig.code) not in roots:
        return trig
    after = part.end() if part else after
    for m in mentions:
        if m.start == after and m.place is not None and m.place.kind in _TERRITORY:
            return replace(trig, code="19", full="192")
    return trig
