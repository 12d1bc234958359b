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
    if tense is None and len(words) == 2 and _subject_noun(text, words[0], words[1], end):
        tense = verb_tense(text[s:end], words[1].end() - s)[0]
    if tense is None and words and _DID_BEFORE.search(text, max(s, main.start - 30), main.start):
        tense = "past"  # "Boluarte did not attend the session": "did" is past
    return tense


# a finite verb later in the clause before any coordinator ("Troops deployed to the border
# will be withdrawn"): the past-looking word is a participle of a reduced relative (Quirk et
# al. 1985 §17.27), so it heads no verb group of its own and the trigger's tense stays unread
_LATER_FINITE = re.compile(
    r"(?:(?!\b(?:and|but|or|then)\b)[^;.,])*?\b(?:will|would|shall|may|might|can|could|must|"
    r"is|are|was|were|has|have|had)\b",
    re.IGNORECASE,
)


def _subject_noun(text: str, first: re.Match[str], second: re.Match[str], end: int) -> bool:
    """Is the trigger's ``first`` word the subject noun of its ``second``? So when it is no
    verb form at all ("junta seized"), and when its only verb reading is an "-s" form before a
    past form ("rebels captured", "jets struck", "forces shelled"): a verb group holds one
    finite verb (Quirk et al. 1985 §3.54), so a present "-s" verb is never followed by a past
    one in it, and the "-s" word is a plural noun; unless a finite verb follows in the clause
    (``_LATER_FINITE``), when the past-looking word may be a participle. "demands relating to"
    (an "-ing" form after) keeps its first word, which may head a verb group."""
    forms = verb_forms(first.group().lower())
    if forms is None:
        return True
    after = verb_forms(second.group().lower())
    return (
        forms[1] == {"VBZ"}
        and after is not None
        and "VBD" in after[1]
        and _LATER_FINITE.match(text, second.end(), end) is None
    )
