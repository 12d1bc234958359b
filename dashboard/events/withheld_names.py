"""A party a speaker withholds ("condemned the attack without naming Russia"): no target.

A naming verb under negation or a withholding frame ("did not name", "without blaming",
"declined to identify", "stopped short of accusing") says the speaker did not point at that
party, so CAMEO 1.1b3's target of the act spoken of (whom the act is done to) is not it.
The verbs are the ``classes.csv`` row ``NAMING``.
"""

from __future__ import annotations

import re

from dashboard.events.lexicon import word_class
from dashboard.events.tokens import verb_forms

# the frame, then the naming verb and at most one adverb or article before the name
# ("did not publicly blame Russia", "without naming the Kremlin")
_WITHHELD = re.compile(
    r"(?:\b(?:not|never)|n[’']t|\bwithout|\bshort\s+of|\b(?:declined|declines|declining|"
    r"refused|refuses|refusing)\s+to)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s+"
    r"(?:out\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def withheld(text: str, start: int, trigger_end: int) -> bool:
    """The name at ``start``, after the trigger, is the object of a withheld naming verb
    ("called it a hybrid attack but did not name Russia"): no target of the act and no place
    of it. Only the stretch after ``trigger_end`` is read, so a negated trigger of its own
    ("did not accuse Russia") keeps its target."""
    m = _WITHHELD.search(text, max(trigger_end, start - 45), start)
    if m is None:
        return False
    forms = verb_forms(m["verb"].lower())
    return forms is not None and forms[0] in word_class("NAMING")
