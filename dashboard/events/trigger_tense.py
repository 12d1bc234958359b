"""The tense of a trigger's own verb group, when the trigger opens with its subject noun.

A trigger row may hold its subject before the verb ("junta seized power", "troops crossed"):
the tense is the verb's, not the noun's. Read at the noun, the tense is none, and a future
word elsewhere in the sentence ("…, and will hold elections in December") made the told past
act planned; a modal heads its own verb phrase only (Quirk et al. 1985 §4.49), so the act's
tense is that of the first word of the trigger that heads a verb group.
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.dates_tense import verb_tense
from dashboard.events.tokens import verb_forms

_WORD = re.compile(r"\S+")
# "did (not) attend": the operator "do" carries the verb group's tense, so the bare verb
# after it is past (Quirk et al. 1985 ch. 3: DO as operator carries the tense); adverbs
# may stand between
_DID_BEFORE = re.compile(
    r"\b(?:did|didn['’]t)\s+(?:(?:not|never|also|even|still|yet|ever)\s+)*$", re.IGNORECASE
)


def own_tense(text: str, s: int, end: int, main: Trigger) -> str | None:
    """Past or future ("past", "future") of the verb group ending at ``main``'s first word
    (article offsets), within the sentence ``text[s:end]``; when that word is no verb form
    at all (a subject noun: "junta seized power"), of the verb group ending at its second
    word. None when neither heads one; a first word that may be a verb ("demands relating
    to …") is never passed over."""
    words = list(_WORD.finditer(text, main.start, main.end))[:2]
    tense = verb_tense(text[s:end], words[0].end() - s)[0] if words else None
    if tense is None and len(words) == 2 and verb_forms(words[0].group().lower()) is None:
        tense = verb_tense(text[s:end], words[1].end() - s)[0]
    if tense is None and words and _DID_BEFORE.search(text, max(s, main.start - 30), main.start):
        tense = "past"  # "Boluarte did not attend the session": "did" is past
    return tense
