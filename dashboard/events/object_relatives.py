"""A date in an object relative clause after a material act dates the clause's own act:
"Troops on Monday retook the town that rebels had seized in April" (April is the seizure's).

An object relative ("that rebels had seized") has a subject and a finite verb of its own and
tells a proposition of its own about its noun (Quirk et al. 1985 §17.12, §17.8); TimeML 1.2.1
anchors a TIMEX3 to the event it modifies, here the clause's verb right before it, not the
main verb. ``date_clauses.in_trailing_relative`` reads a subject relative ("the men who
attacked a bus on Monday") and a "that" right before its verb; a "that" followed by a
subject was left out, since after a verb of saying it opens a complement ("said that rebels
had seized the town in April", whose date is the act told). So only after an act of force or
seizure (CAMEO 1.1b3 §17-20), which takes no complement clause, and with nothing but its
object's words between the act and "that". Read where the sentence's dates are sorted
(``date_scope._dated_other``) and where a dated act of the main verb's kind is taken for its
argument (``main_clause``: "rebels had seized" in the clause is no object of "retook").
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.tokens import verb_forms

_MATERIAL = frozenset({"17", "18", "19", "20"})  # CAMEO coerce, assault, fight, mass violence
# the object's noun phrase up to "that"/"which" (no clause break, a few words), then the
# clause's subject (a determiner and up to two words, or a pronoun) and its verb group
_OBJECT_RELATIVE = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:that|which)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"(?:[\w'’-]+\s+){1,2}?(?:had\s+|have\s+|has\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
_BREAK = re.compile(r"[,;:()!?—–\"“”]|\.\s")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def in_object_relative(text: str, main: Trigger, at: int) -> bool:
    """Whether the date at ``at`` stands in an object relative clause on the object of the
    act of force ``main`` (see the module), after the clause's past verb with no second
    finite verb between. Example: "retook the town that rebels had seized in April" ->
    True for "in April"; "retook the town on Monday" -> False."""
    if main.code[:2] not in _MATERIAL or at < main.end or _BREAK.search(text, main.end, at):
        return False
    m = _OBJECT_RELATIVE.match(text, main.end, at)
    if m is None or not _past(m["verb"]):
        return False
    words = [w.lower() for w in _WORD.findall(text, m.end(), at)]
    return not any(_past(w) for w in words)  # a second finite verb: the main clause's own


def _past(word: str) -> bool:
    forms = verb_forms(word.lower())
    return forms is not None and bool(forms[1] & {"VBD", "VBN"})
