"""Who blocks: the subject words of a blocking verb, read through a pronoun or an infinitive
to the clause that names them ("The protesters said they would blockade the port", "The navy
threatened to blockade the ports"). CAMEO 1.1b3 §144 (civilians obstruct passage) and §191
(a blockade by armed forces) are told apart by this subject (``recoding``).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.dates_common import MONTHS, WEEKDAYS
from dashboard.events.tokens import Token


def blocker_subject(p: Parse, k: int, start: int) -> list[Token]:
    """The subject words of the trigger at ``k`` (from ``start``), or, when they open with
    "they" or "we" after a saying, the sayers': "The protesters said they would continue
    blockades" (the pronoun takes the subject of the saying verb it follows, Quirk et al.
    1985 §6.18; newuser49: a military blockade threat by students)."""
    subject = p.tokens[start:k]
    # "said on Monday they would blockade Madrid": a time adjunct before the pronoun is the
    # saying's, so the pronoun still opens the subject
    lead = next((i for i, t in enumerate(subject) if not _time_word(t)), len(subject))
    if lead < len(subject) and subject[lead].lower in _THEY and start > p.opening(k):
        return p.tokens[p.opening(k) : start]
    rest = subject[lead:]
    if rest and start > p.opening(k) and all(t.lower in _NO_SUBJECT for t in rest):
        # "The navy threatened to blockade the ports", "the army warned it would blockade":
        # an infinitive or "it" has no subject of its own; the governing verb's subject does
        # the blocking (Quirk et al. 1985 §14.9, subject control; §6.18 for "it")
        return p.tokens[p.opening(k) : start]
    return subject


_THEY = frozenset({"they", "we"})
_TIME_WORDS = frozenset("on last this next that yesterday today earlier later".split())


def _time_word(t: Token) -> bool:
    """A word of a time adjunct after a saying verb ("said on Monday that …")."""
    return t.lower in _TIME_WORDS or t.lower in WEEKDAYS or t.lower in MONTHS


# the words between a governing verb and its complement's verb that name no subject
_NO_SUBJECT = frozenset("to it would will could might shall should soon had has have".split())
