"""A necessity no one demands: "X must do Y" is coded as a demand (CAMEO 1.1b3 §10) only when
someone voices it. Three cases voice none:

- a rule's text ("…, the constitution says": ``non_events._rule_speaks``);
- onlookers' forecast ("The ruling party will have to form a coalition, analysts said":
  ``onlookers.onlookers_say``), as their "will" states no intent (ACE 2005 modality Other);
- a step told as still pending with no reporting verb in the sentence ("Parliament must
  still ratify it", "has yet to sign", "must first approve"): "still", "yet" and "first"
  mark what has not happened (Quirk et al. 1985 §8.135), and no demander is named;
- an agentless passive necessity with no reporting verb ("An election must be held within
  60 days"): no one is named to act or to ask;
- the writer's own sentence putting a step on a legislature ("Parliament must ratify the
  pact": ``procedural_need.legislature_step``), a procedure in force, no one's call.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Lexicon
from dashboard.events.non_events import _rule_speaks
from dashboard.events.onlookers import onlookers_say
from dashboard.events.procedural_need import legislature_step

_PENDING = frozenset({"still", "yet", "first"})


def no_demander(p: Parse, lex: Lexicon) -> bool:
    """Whether the sentence's "must"/"has to" is voiced by no demander (see the module)."""
    tokens = p.tokens
    if _rule_speaks(tokens, lex) or onlookers_say(p, lex) or legislature_step(p, lex):
        return True
    said = lex.words("report")
    if any(t.keys & said for t in tokens):
        return False
    return any(t.lower in _PENDING for t in tokens) or (
        _agentless_passive(p) and not any(t.keys & _VOICED for t in tokens)
    )


_NECESSITY = frozenset({"must", "has", "have", "had"})
# verbs that voice a necessity as someone's decision or call ("must be returned to his
# father, the court ruled"): a demand with its demander (CAMEO 1.1b3 §10)
_VOICED = frozenset("rule decide order insist argue demand urge warn declare conclude".split())


def _agentless_passive(p: Parse) -> bool:
    """ "A presidential election must be held within 60 days": a passive necessity with no
    agent names neither who must act nor who asks it (CAMEO 1.1b3 §10 codes a demand by a
    source to a target); "must be held accountable, Iran said" has its sayer and is read as
    before (a reporting verb keeps the demand)."""
    tokens = p.tokens
    for k in range(1, len(tokens) - 1):
        be = tokens[k].lower == "be" and tokens[k - 1].lower in _NECESSITY
        if k > 1 and tokens[k - 1].lower == "to" and tokens[k - 2].lower in ("has", "have"):
            be = tokens[k].lower == "be"
        if be and "VBN" in tokens[k + 1].tags:
            return not any(t.lower == "by" for t in tokens[k + 2 :])
    return False
