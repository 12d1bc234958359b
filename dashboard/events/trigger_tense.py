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

_WORD = re.compile(r"\S+")


def own_tense(text: str, s: int, end: int, main: Trigger) -> str | None:
    """Past or future ("past", "future") of the verb group ending at the first word of
    ``main`` (article offsets) that heads one, within the sentence ``text[s:end]``; None when
    no word of the trigger does."""
    for m in _WORD.finditer(text, main.start, main.end):
        tense = verb_tense(text[s:end], m.end() - s)[0]
        if tense is not None:
            return tense
    return None
