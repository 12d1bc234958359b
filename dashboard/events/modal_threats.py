"""A coercive act an actor says it "may", "might" or "could" take if or unless another side
acts: "The EU may halt its mediation if the fighting goes on" is a threat to halt the
mediation (CAMEO 1.1b3 §135), as "will halt … if" is. CAMEO 1.1b3 §13 codes a threat by
what is threatened whatever the modal; a possibility voiced by the actor itself, tied to a
condition on the other side, is that threat (Schrodt 2012, §13 "threaten": "coercive or
forceful warnings with serious potential repercussions"). The modal must stand right before
the act ("may halt", "could well impose"); a bare "may" with no condition stays speculation.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Lexicon
from dashboard.events.trigger import Trigger

_POSSIBLE = frozenset({"may", "might", "could"})
# words that may stand between the modal and its verb: "could also impose", "may well cut"
_BETWEEN = frozenset({"also", "well", "even", "still", "soon", "then", "now", "yet", "further"})
# the roots of coercive acts (protest, posture, reduced relations, coercion, force): §13 has
# a threat for each (§133, §138, §131-§136, §137, §138); cooperation "if" is an offer (§03)
_COERCIVE = ("14", "15", "16", "17", "18", "19", "20")


def modal_threat(p: Parse, gov: Trigger, flags: set[str], lex: Lexicon) -> bool:
    """Is ``gov`` a coercive act the actor says it may take under a condition ("may halt
    its mediation if …", "could impose sanctions unless …")? Needs the hypothetical flag,
    no stated intent, a named act (not a root's general code), no belief anywhere in the
    sentence ("feared the army might attack if …", "…, officials fear" is no threat), a
    condition clause in the sentence that sets non-compliance ("unless …", or "if" with a
    ``noncompliance`` cue: "if the fighting continues"; "if the talks succeed" is a
    promise's), and "may", "might" or "could" right before the verb."""
    if "hypothetical" not in flags or flags & {"intent", "believed", "negated"}:
        return False
    code = gov.full or gov.code
    if code[:2] not in _COERCIVE or code.endswith("0") or "cond" not in p.kinds:
        # a root's general code ("160", "190") is too vague a reading to make a threat of
        # ("the airline may cancel flights if…" read as §160): only a named act is
        return False
    if any(t.keys & lex.words("speculate") for t in p.tokens):
        return False  # "Israel could strike Iran if talks fail, officials fear": a belief
    at = next((i for i, t in enumerate(p.tokens) if t.start == gov.start), None)
    if at is None:
        return False
    last = max(i for i, t in enumerate(p.tokens) if t.start < gov.end)
    if p.kind(last) == "cond":
        return False  # "may withdraw from the town if the talks fail": the row ran into the if
    k = at - 1
    while k >= 0 and p.tokens[k].lower in _BETWEEN:
        k -= 1
    return k >= 0 and p.tokens[k].lower in _POSSIBLE and _noncompliance(p, lex)


def _noncompliance(p: Parse, lex: Lexicon) -> bool:
    """Does a condition clause open with "unless", or with "if" and hold a
    ``noncompliance`` cue (cues.csv)?"""
    cues = lex.words("noncompliance")
    for c, kind in enumerate(p.kinds):
        if kind != "cond":
            continue
        words = [t for i, t in enumerate(p.tokens) if p.clause[i] == c]
        if words and words[0].lower == "unless":
            return True
        if words and words[0].lower == "if" and any(t.keys & cues for t in words):
            return True
    return False
