"""A seizure whose object is a named place, or part of one, is the occupation of territory
(CAMEO 1.1b3 §192): "Rebels seized Bunia", "captured most of Goma" are coded as "seized the
town of Bunia" is, not as property seized (§171) or people taken (§181); so is a named town
that is the whole subject of a passive taking ("Goma was captured by M23 rebels"), and one
taken back ("recaptured Izium", ``retaken_places``).

Shapes::

    taken_place(trig, mentions, text) -> Trigger             # 171/173/181 -> 192 when a town
    retaken_places(text, (s, e), found, mentions) -> list[Trigger]   # found + "recaptured X"
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.events.cameo import Trigger
from dashboard.events.prefilter import gated
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
    passive = _PASSIVE_BEFORE.search(text, max(0, trig.start - 20), trig.start)
    for m in mentions:
        if m.place is None or m.place.kind not in _TERRITORY:
            continue
        if m.start == after or (
            # "Goma was captured by M23 rebels": the town is the passive's subject, the
            # object of the taking (Quirk et al. 1985 §3.63), unless police took it
            passive is not None
            and taking
            and m.end == passive.start()
            and _WHOLE_SUBJECT.search(text, max(0, m.start - 60), m.start) is not None
            and not _BY_POLICE.search(text, trig.start, trig.end + 40)
        ):
            return replace(trig, code="19", full="192")
    return trig


# a passive's auxiliary right before the trigger: "Goma was captured", "had been seized"
_PASSIVE_BEFORE = re.compile(r"(?i)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+$")
# the place is the whole subject: the sentence's (or dateline's) opening, or the head noun
# of "the town of …"; not "the mayor of Goma", "a man from Goma", whose head is a person
_WHOLE_SUBJECT = re.compile(
    r"(?i)(?:^|[.!?;:—–-]\s*|\bthe\s+(?:[a-z]+\s+)?(?:town|city|village|port|district|region|"
    r"province|capital|area)\s+of\s+)$"
)
_BY_POLICE = re.compile(r"(?i)\s+by\s+(?:the\s+)?(?:\w+\s+)?(?:police|policemen|officers|agents)\b")


# a town taken back (CAMEO 1.1b3 §192 occupy territory: "recapture", "retake" a town, as the
# lexicon's rows read them before a common noun, "recaptured the town of"): the verb's past
# form right before a named territory ("Ukrainian troops recaptured Izium"), or after one that
# is the passive's whole subject ("Izium was recaptured by Ukrainian troops"). Alone, the
# verbs also take back a lead, a title or escaped prisoners, so a named place is required
# (gated by its three words: tried on every sentence, it seldom matches)
_RETAKEN = gated(r"(?i)\b(?:recaptured|retook|retaken)\b")
WEIGHT = 4  # as the lexicon's "capture|overrun|recapture|retake * town" row


def retaken_places(
    text: str, span: tuple[int, int], found: list[Trigger], mentions: list[Mention]
) -> list[Trigger]:
    """``found`` with a §192 trigger added for each "recaptured", "retook" or "retaken" in the
    sentence ``text[span[0]:span[1]]`` whose object is a named territory (``_RETAKEN``) and
    that no trigger covers yet (article offsets throughout)."""
    added: list[Trigger] = []
    for m in _RETAKEN.finditer(text, *span):
        if any(t.start < m.end() and m.start() < t.end for t in found):
            continue
        after = len(text) - len(text[m.end() :].lstrip())
        passive = _PASSIVE_BEFORE.search(text, max(0, m.start() - 20), m.start())
        for p in mentions:
            if p.place is None or p.place.kind not in _TERRITORY:
                continue
            subject = (
                passive is not None
                and p.end == passive.start()
                and _WHOLE_SUBJECT.search(text, max(0, p.start - 60), p.start) is not None
            )
            if p.start == after or subject:
                added.append(Trigger("19", WEIGHT, m.start(), m.end(), m.group(), "192"))
                break
    return found + added
