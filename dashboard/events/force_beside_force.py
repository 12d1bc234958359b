"""A second act of force by another subject after ", and": its own event, not the first's.

"Troops shelled the village on Monday, and militants ambushed a convoy near the border" tells
two attacks by two armed parties. ``joined_clauses`` keeps a joined clause with no day of its
own with a first clause that names one ("protested on Monday, and police fired tear gas": the
answer in force is most often on that day, one happening), so the ambush was lost inside the
shelling's event. CAMEO 1.1b3 (Schrodt 2012, ch. 1) codes every act a report tells, each with
its own source; Quirk et al. (1985, 13.46) give the joined clause the first clause's subject
only when it has none of its own. So when both clauses tell material violence (CAMEO roots 18
assault, 19 fight, 20 mass violence) and the joined clause has a subject of its own whose head
noun is not the first clause's, it is read apart; it then takes a span from the first day, as
a sentence after it would.

An answer in kind stays whole: a joined clause telling a reply ("…, and rebels fired back",
"…, and the army retaliated"; ``data/lexicon/answered_force.csv``) is the other side of one
exchange of fire, which the first clause's day holds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.events.cameo import WEAK, Trigger
from dashboard.events.cameo import triggers as _read_triggers
from dashboard.events.lexicon import sourced_rows
from dashboard.events.tokens import verb_forms

# CAMEO 1.1b3 roots of material violence: assault (18), fight (19), mass violence (20)
_FORCE_ROOTS = ("18", "19", "20")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their"})
_MAX_SUBJECT_WORDS = 5


@lru_cache(maxsize=1)
def _reply_words() -> frozenset[str]:
    """The words of ``answered_force.csv`` (lowercase); ``ValueError`` on a row without its
    source."""
    return frozenset(r["word"].lower() for r in sourced_rows("answered_force.csv", "word"))


def _first_force(text: str) -> Trigger | None:
    """The first trigger of ``text`` above a reporting verb, when it is of material violence."""
    t = next((t for t in _read_triggers(text) if t.weight > WEAK), None)
    return t if t is not None and (t.full or t.code).startswith(_FORCE_ROOTS) else None


def _past(word: str) -> bool:
    """Whether ``word`` is a lowercase past form ("shelled", "ambushed")."""
    forms = verb_forms(word) if word[:1].islower() else None
    return forms is not None and "VBD" in forms[1]


def _subject_head(clause: str) -> str | None:
    """The last word before the clause's first past verb, lowercased, when the subject holds
    one to five words and no pronoun ("militants" in "militants ambushed a convoy")."""
    words = _WORD.findall(clause)[: _MAX_SUBJECT_WORDS + 1]
    verb = next((k for k in range(1, len(words)) if _past(words[k])), None)
    if verb is None or any(w.lower() in _PRONOUNS for w in words[:verb]):
        return None
    return words[verb - 1].lower()


def other_force(left: str, clause: str) -> bool:
    """Whether the joined ``clause`` tells an act of material violence by a subject of its
    own, beside a first clause ``left`` that tells one by another subject: two attacks, read
    apart. False for a reply in kind (``answered_force.csv``), a pronoun subject or a subject
    whose head the first clause shares.

    >>> other_force("Troops shelled the village on Monday", "militants ambushed a convoy.")
    True
    >>> other_force("Troops shelled the village on Monday", "rebels fired back.")
    False
    """
    if _first_force(left) is None or _first_force(clause) is None:
        return False
    if any(w.lower() in _reply_words() for w in _WORD.findall(clause)):
        return False
    head, first_head = _subject_head(clause), _subject_head(left)
    return head is not None and first_head is not None and head != first_head
