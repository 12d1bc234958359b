"""The verb after a comma-set aside of the subject: "The storm, among the worst in years,
hit the port on 14 February."

A noun phrase set off by two commas right after the subject is a non-restrictive apposition
(Quirk et al. 1985 §17.65); the clause goes on after its closing comma with its own
predicate. A word after that comma that can be a past participle as well as a past tense
("hit", "swept", "burned") is then the subject's finite verb, not a reduced relative
postmodifying the aside's last noun (§17.30), so a date after it dates the act
(``dates_trailing.trailing_participle`` must not take it for the aside's).
"""

from __future__ import annotations

import re

from dashboard.events.tokens import verb_forms

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_ENDS = ".!?\n"


def verb_after_subject_aside(text: str, main_start: int, comma: int, tags: frozenset[str]) -> bool:
    """Whether the word after the comma at ``comma`` is the finite verb of a subject set off
    by one aside: the sentence holds exactly one comma before ``comma``, after the trigger at
    ``main_start``, no word before that comma can be a past tense (it is the subject alone:
    "Police arrested Ali, a lawyer, jailed in 2019" has its verb already), and the word can be
    a past tense (Penn VBD in ``tags``).

    >>> verb_after_subject_aside("The storm, one of the worst, hit the port.", 4, 27,
    ...     frozenset({"VBD", "VBN"}))
    True
    """
    if "VBD" not in tags:
        return False
    start = max(text.rfind(c, 0, main_start) for c in _ENDS) + 1
    opening = text.rfind(",", start, comma)
    if opening < main_start:
        return False  # no aside opened after the trigger ("exports, halted since May")
    if text.count(",", start, opening):
        return False
    return not any(_past(w.group().lower()) for w in _WORD.finditer(text, start, opening))


def _past(word: str) -> bool:
    """Whether ``word`` can be a past tense (Penn VBD)."""
    forms = verb_forms(word)
    return forms is not None and "VBD" in forms[1]
