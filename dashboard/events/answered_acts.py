"""An act named as what a blow answers ("struck targets in response to the killing of two
soldiers", "in retaliation for the ambush"): the cause of a reprisal, told before it
happened, not the manner of the blow told with it."""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.dates_tense import reprisal_causes
from dashboard.events.trigger import Trigger

# how far before the act its cue may stand: "in response to the killing", "in retaliation
# for the deadly ambush"
_REACH = 5


def answered_act(p: Parse, t: Trigger) -> bool:
    """Is ``t`` told as what a reprisal answers: a cue of ``data/lexicon/reprisal_causes.csv``
    ("retaliation", "revenge", "avenge") or "response" within five words before it? CAMEO
    1.1b3 codes an attack by its own manner (§190 "struck targets", §195 "bombed"); the act a
    reprisal answers was done earlier by the other side (Merriam-Webster retaliation: 'the
    act of retaliating', an answer to an injury already done), so its code is not the
    blow's."""
    at = next((i for i, tok in enumerate(p.tokens) if tok.start == t.start), None)
    if at is None:
        return False
    cues = reprisal_causes() | {"response"}
    return any(tok.lower in cues for tok in p.tokens[max(0, at - _REACH) : at])
