"""The second of two coordinated acts that share one subject ("Soldiers killed two gunmen and
arrested a third suspect"): an act of its own, as two sentences would tell it.

Quirk et al. (1985, 13.46, coordinated predicates): "X verbed A and verbed B" gives both verbs
the one subject; CAMEO 1.1b3 codes each act a report tells (§173 arrest beside §190 the
killing), so the second verb is a second event when it is another act, not the toll of the
first ("attacked the village and killed five" tells one attack and its dead).
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.tokens import verb_forms

# what joins the second verb to the first verb's object: "and", maybe an adverb of sequence
_AND_BEFORE = re.compile(r"\s+and\s+(?:then\s+|later\s+|also\s+)?$")
# a clause mark or a pronoun that would open a clause with its own subject or a relative
_NEW_CLAUSE = re.compile(r"[;:()\"“”]|,|\b(?:who|which|that|when|where|after|before|as)\b")
# a casualty verb after an act of force is that act's toll, not a second act
_TOLL = re.compile(r"(?:killed|died|wounded|injured|hurt|left)\b", re.IGNORECASE)
# a passive verb group: its subject is the patient, and "and" may join a verb of another
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$", re.IGNORECASE)
# the first verb's part ends on a preposition whose object is the second's too (right node
# raising, Huddleston and Pullum 2002 ch. 15 §4.4): one act told with two verbs
_OPEN_PREPOSITION = re.compile(
    r"\b(?:with|to|in|on|at|for|from|against|of|by|into|over)\s*$", re.IGNORECASE
)
_MAX_OBJECT_WORDS = 8  # "killed two gunmen" .. "attacked a checkpoint on the main road"


def coordinated_act(text: str, main: Trigger, strong: list[Trigger], stop: int) -> Trigger | None:
    """The trigger of a second past verb joined to ``main``'s past verb by "and" after its
    object, before ``stop`` (the clause's end), coded as another act; None when there is none,
    when a clause mark or relative word stands between, or when it is the first act's toll.

    >>> # "Police arrested two men and seized rifles": 173, then 1721 (confiscate)
    """
    if not any(_past_verb(w) for w in main.text.split()):  # "killed", "militants attacked"
        return None
    if _PASSIVE_BEFORE.search(text, max(0, main.start - 12), main.start):
        return None  # "fighters were killed and vowed to retaliate": another subject's verb
    for t in strong:
        if t is main or t.start < main.end or t.start >= stop:
            continue
        between = text[main.end : t.start]
        joined = _AND_BEFORE.search(between)
        if joined is None or not t.text.split() or not _past_verb(t.text.split()[0]):
            continue
        if _TOLL.match(t.text):
            continue
        obj = between[: joined.start()]
        if _NEW_CLAUSE.search(obj) or len(obj.split()) > _MAX_OBJECT_WORDS:
            continue
        if _OPEN_PREPOSITION.search(obj):
            continue  # "established ties with and opened an embassy in": one shared object
        if (t.full or t.code)[:3] == (main.full or main.code)[:3]:
            continue  # "shelled the town and bombed it": one act told twice
        return t
    return None


def _past_verb(word: str) -> bool:
    """``word`` is a finite past verb form ("arrested", "kidnapped")."""
    forms = verb_forms(word.lower())
    return forms is not None and "VBD" in forms[1]
