"""A warning that the warner itself will move if a condition is met: a threat, no outlook.

"The army warned that it would act if the looting continued", "The police warned that they
would intervene unless the blockade ended": the "that" clause's subject is a pronoun standing
for the warner, its verb a move of the warner's own named without its kind (classes.csv
``WARNED_MOVE``, ``REPRISAL_ACT``) under a future modal, and an "if" or "unless" clause
(``CONDITION_OPENER``) names what the move answers. CAMEO 1.1b3 §130 (threaten, not
specified below) codes such a coercive warning; a threat conditional on the other's behaviour
is made to deter it (Schelling 1966, *Arms and Influence*, ch. 2). ``verbal.forecast`` reads a
warning that names no act as a pessimistic comment (§012); this one names the warner's act.
"Officials warned that it would rain if the front stalled" names no move and stays a comment.
"""

from __future__ import annotations

from collections.abc import Sequence

from dashboard.events.lexicon import word_class
from dashboard.events.tokens import Token

# a pronoun subject standing for the warner (Quirk et al. 1985, 6.14-6.16: personal pronouns)
_SELF = frozenset("it they we he she i".split())
# the future modals of a stated act to come (Quirk et al. 1985, 4.42-4.43)
_FUTURE = frozenset("will would 'll shall".split())


def own_move_warned(tokens: Sequence[Token]) -> bool:
    """Do ``tokens`` (what follows a warning verb, to the sentence's end) open with "that" +
    a personal pronoun + a future modal + a ``WARNED_MOVE`` or ``REPRISAL_ACT`` verb, with an
    "if"/"unless" clause later? ("that it would act if the looting continued")"""
    words = [t.lower for t in tokens[:5]]
    if len(words) < 4 or words[0] != "that" or words[1] not in _SELF or words[2] not in _FUTURE:
        return False
    moves = word_class("WARNED_MOVE") | word_class("REPRISAL_ACT")
    if not tokens[3].keys & moves:
        return False
    return any(t.lower in word_class("CONDITION_OPENER") for t in tokens[4:])
