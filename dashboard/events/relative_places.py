"""Names inside a relative clause on the object of an earlier verb phrase, for a verbal act
told as the second of two phrases ("called a deal that gives Ethiopia access to the sea
through Somaliland void and recalled its ambassador"): the clause says what its noun is, a
predication of its own (Quirk et al. 1985, 17.12), and a verbal act (CAMEO 1.1b3 ch. 01-16)
is made where its maker is, not where the things it speaks of are (ACLED: where the event
took place)."""

from __future__ import annotations

import re

from dashboard.events.place_cues import _VERBAL, Span
from dashboard.events.tokens import verb_forms
from dashboard.model import Mention

RELATIVE_REACH = 120  # characters back from the name to the relative word
# a noun, then "that" or "which" opening its clause, the name's own words after it
_RELATIVE_OPEN = re.compile(r"\b(?P<noun>[a-z][\w-]*)\s+(?:that|which)\s+(?:[\w'’-]+\s+){0,14}?$")
# the act's verb opens a second verb phrase of the clause's subject
_SECOND_PHRASE = re.compile(r"\s(?:and|then)\s+(?:then\s+|later\s+|also\s+)?$")
_FINITE = frozenset({"VBD", "VBZ"})  # "said that", "warns that": a content clause


def in_relative_before(text: str, clause: Span, m: Mention, trigger_start: int, code: str) -> bool:
    """Whether ``m`` stands in a relative clause on a noun before a verbal act (``code``) whose
    verb opens the clause's second verb phrase: the relative clause's place, not the act's.
    "said that ..." opens a content clause, not a relative one: the word before is a verb."""
    if code[:2] not in _VERBAL or m.end > trigger_start:
        return False
    if _SECOND_PHRASE.search(text, max(clause[0], trigger_start - 20), trigger_start) is None:
        return False
    rel = _RELATIVE_OPEN.search(text, max(clause[0], m.start - RELATIVE_REACH), m.start)
    if rel is None or re.search(r"[,;:]", text[rel.end("noun") : m.start]):
        return False
    forms = verb_forms(rel["noun"])
    return forms is None or not (forms[1] & _FINITE)
