"""Acts a sentence names as unreal: a counterfactual in a relative clause ("an age limit that
would have barred him from running": the limit was scrapped, so nobody was barred) and a
requirement told with a modal of obligation ("the successor must be approved by the
government": a demand, no approval given). TimeML 1.2.1 §2.3 marks events under a modal as
MODAL, and FactBank (Saurí and Pustejovsky 2009) reads "would have" + participle as
counterfactual (CT-): neither is an act done, which CAMEO 1.1b3 codes."""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

_UNREAL = frozenset("would could might".split())
_RELATIVE = frozenset("that which who".split())
# the modals of obligation (Quirk et al. 1985 §4.54-4.55: "must", "should", "have to",
# "need to" express obligation or necessity)
_MUST = frozenset("must should".split())
_HAVE_TO = frozenset("has have had need needs".split())
# the roots whose passive after a modal of obligation is a condition set, not an act: an
# approval or an endorsement required (CAMEO 1.1b3 §05 codes cooperation given)
_GIVEN = ("05",)


def counterfactual_relative(p: Parse, m: Match) -> bool:
    """Is ``m`` the verb of a relative clause in the unreal past ("that would have barred
    him", "which could have stopped her")? What the clause tells never happened: it says
    what its noun would have done had things gone otherwise. "Parliament would have
    abolished the limit if …" (a main clause) stays, flagged hypothetical by ``modality``."""
    tokens, k = p.tokens, m.first
    if m.rule.kind != "V" or k < 3:
        return False
    if tokens[k - 1].lower != "have" or tokens[k - 2].lower not in _UNREAL:
        return False
    return tokens[k - 3].lower in _RELATIVE


def required_act(p: Parse, m: Match) -> bool:
    """Is ``m`` a §05 verb in a passive after a modal of obligation ("must be approved by",
    "has to be endorsed"), in a clause a reporting verb passes on ("told reporters that the
    successor must be approved by the government")? The speaker sets a condition, a demand
    (CAMEO 1.1b3 §10), and no approval is given. "The deal had been approved" and
    "Parliament approved the budget" stay §051."""
    tokens, k = p.tokens, m.first
    if not m.rule.code.startswith(_GIVEN) or k < 2 or "VBN" not in tokens[k].tags:
        return False
    if not any(j < k for j in p.passing):
        # "It will have to be approved by the commission": a main clause's modal of obligation
        # makes its act a demand (``modality``, §102); only a reported one stays §051 given
        return False
    if tokens[k - 1].lower != "be":
        return False
    before = tokens[k - 2].lower
    if before in _MUST:
        return True
    return before == "to" and k >= 3 and tokens[k - 3].lower in _HAVE_TO
