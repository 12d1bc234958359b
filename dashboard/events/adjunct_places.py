"""Places the clause gives to something other than its own act.

Two kinds, read after ``where.locate`` chose a place:

- where a hazard was felt: "an earthquake struck Tibet and was felt in Kathmandu and New
  Delhi" happened in Tibet; the towns that felt it say how far the shaking reached (USGS
  Earthquake Glossary: "felt reports" are collected far from the epicentre; EM-DAT records a
  disaster where it struck). Such a place is never the hazard's.
- the place of another happening the clause names in an adjunct: "visited a base in
  Greenland after protests in Nuuk", "occupied universities across Serbia over the collapse
  in Novi Sad". A prepositional phrase of time or cause ("after", "following", "over",
  "for", ...) whose noun names a happening (``classes.csv`` PROTEST, ATTACK, TALKS,
  HAZARD_CAUSE, MISHAP, HAPPENING) and then "in" a place locates that happening, not the
  clause's act (Quirk et al. 1985, 8.13: adjuncts of time and reason are peripheral to the
  clause). Such a place yields to any other the clause gives its act, and stays when there
  is none: "arrested 20 people after clashes in Paris" is likely at Paris all the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from dashboard.events.lexicon import word_class
from dashboard.events.topic_parties import party_of_grievance
from dashboard.model import Mention

Located = tuple[Mention | None, str]

# "felt in ", "felt as far away as ", "felt across ", and a list of names before the place
_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
_FELT = re.compile(
    r"\bfelt\s+(?:in|across|throughout|as\s+far\s+(?:away\s+)?as)\s+"
    rf"(?:{_NAME}(?:,\s+and\s+|,\s+|\s+and\s+))*(?:the\s+)?$"
)
# an adjunct's preposition, up to four words, the noun, then "in"/"at" before the place
_ADJUNCT = re.compile(
    r"\b(?:after|following|before|since|over|for|despite|about|against)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?P<noun>[a-z]+)\s+(?:in|at)\s+(?:the\s+)?$"
)
_CLASSES = ("PROTEST", "ATTACK", "TALKS", "HAZARD_CAUSE", "MISHAP", "HAPPENING")


@cache
def _happenings() -> frozenset[str]:
    return frozenset().union(*(word_class(c) for c in _CLASSES))


def _happening(noun: str) -> bool:
    """ "protests" -> True (plural of a PROTEST lemma); "people" -> False."""
    nouns = _happenings()
    return (
        noun in nouns
        or (noun.endswith("s") and noun[:-1] in nouns)
        or (noun.endswith("es") and noun[:-2] in nouns)
    )


def felt_at(text: str, code: str, m: Mention) -> bool:
    """Whether the hazard ``code`` (``DIS-``) was only felt at ``m``: "was felt in
    Kathmandu and New Delhi" -> True for both towns; "struck Kathmandu" -> False."""
    return code.startswith("DIS-") and bool(_FELT.search(text, max(0, m.start - 80), m.start))


def other_happening_at(text: str, trigger_end: int, m: Mention) -> bool:
    """Whether ``m``, after the trigger, is the place of another happening an adjunct names:
    "toured a base in Greenland after protests in Nuuk" -> True for Nuuk; "arrested people
    in Paris" -> False (no happening noun); "during protests in Paris" -> False (the act
    was there and then)."""
    if m.start <= trigger_end:
        return False
    found = _ADJUNCT.search(text, max(trigger_end, m.start - 80), m.start)
    return found is not None and _happening(found.group("noun"))


def own_place(
    text: str,
    trigger_end: int,
    code: str,
    located: Located,
    pool: list[Mention],
    relocate: Callable[[list[Mention]], Located],
) -> tuple[Located, list[Mention]]:
    """``located`` (where ``locate`` put the act), or where it puts it without the places
    of the module's two kinds, and the pool left; a place of another happening stays when
    no other place is left, a place where a hazard was only felt never does, nor a party
    named in the act's grievance (``topic_parties.party_of_grievance``)."""
    location, _ = located
    while location is not None:
        # a party of the grievance ("over a call with Peru's president") is no place either
        felt = felt_at(text, code, location) or party_of_grievance(
            text, trigger_end, location.start
        )
        if not felt and not other_happening_at(text, trigger_end, location):
            break
        gone = location.start
        rest = [m for m in pool if m.start != gone]
        again = relocate(rest)
        if again[0] is None and not felt:
            break  # nothing else is named: the adjunct's place is the best the clause gives
        located, pool, location = again, rest, again[0]
    return located, pool
