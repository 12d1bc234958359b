"""A necessity no one demands: "X must do Y" is coded as a demand (CAMEO 1.1b3 §10) only when
someone voices it. Three cases voice none:

- a rule's text ("…, the constitution says": ``non_events._rule_speaks``);
- onlookers' forecast ("The ruling party will have to form a coalition, analysts said":
  ``onlookers.onlookers_say``), as their "will" states no intent (ACE 2005 modality Other);
- a step told as still pending with no reporting verb in the sentence ("Parliament must
  still ratify it", "has yet to sign", "must first approve"): "still", "yet" and "first"
  mark what has not happened (Quirk et al. 1985 §8.135), and no demander is named.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Lexicon
from dashboard.events.non_events import _rule_speaks
from dashboard.events.onlookers import onlookers_say

_PENDING = frozenset({"still", "yet", "first"})


def no_demander(p: Parse, lex: Lexicon) -> bool:
    """Whether the sentence's "must"/"has to" is voiced by no demander (see the module)."""
    tokens = p.tokens
    if _rule_speaks(tokens, lex) or onlookers_say(p, lex):
        return True
    said = lex.words("report")
    return any(t.lower in _PENDING for t in tokens) and not any(t.keys & said for t in tokens)
