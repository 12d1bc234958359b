"""When the subject noun of a negated verb is itself not done: "martial law had not been
declared", "aid has not entered the city".

A noun trigger before its governing verb is that verb's subject, and a negated verb does not
in general undo its subject ("the protest was not banned" still tells a protest). It does
when the verb's act is the noun's own coming about:

- aid that "has not entered" or "did not reach" was not delivered (CAMEO 1.1b3 §07 is aid
  given: its arrival is the delivery);
- a measure that is the subject of the passive of the very verb the lexicon's active row
  codes it with ("martial law had not been declared", "a curfew was never imposed") is that
  row's act told in the passive (Quirk et al. 1985 §3.63: the passive keeps the active's
  meaning, its subject being the active's object), so the negation of the passive negates
  the act as "did not declare martial law" does (TimeML 1.2.1 §2.1: an event's polarity is
  set by its governing verb).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Lexicon, Match

_ARRIVE = frozenset("enter arrive reach cross get".split())
# the passive auxiliary between the subject and the participle (Quirk et al. 1985 §3.63)
_BE = frozenset("be is are was were been being".split())


def subject_shares_negation(p: Parse, m: Match, lex: Lexicon) -> bool:
    """Whether the noun trigger ``m``, the subject of the governing verb, takes that verb's
    negation: aid that did not arrive, or a measure whose own imposing verb is the passive.

    >>> from dashboard.events.clauses import parse
    >>> from dashboard.events.lexicon import load
    >>> from dashboard.events.tokens import tokenize
    >>> lex = load()
    >>> p = parse(tokenize("A curfew was not imposed."), lex)
    >>> subject_shares_negation(p, next(m for m in lex.match(p.tokens) if m.first == 1), lex)
    True
    """
    if m.rule.code.startswith("07") and _arrives(p):
        return True
    return _own_passive(p, m, lex)


def _arrives(p: Parse) -> bool:
    """Is the governing verb one of arriving ("entered", "reached", "got through")?"""
    return p.gov is not None and bool(p.tokens[p.gov].keys & _ARRIVE)


def _own_passive(p: Parse, m: Match, lex: Lexicon) -> bool:
    """Is the governing verb a passive participle ("was declared", "had not been imposed")
    whose lemma opens an active verb row of ``m``'s own code whose object slot the noun at
    ``m.first`` can open ("impose * curfew" for "a curfew was not imposed")?"""
    g = p.gov
    if g is None or g <= m.last or "VBN" not in p.tokens[g].tags:
        return False
    if not any(t.lower in _BE for t in p.tokens[m.last + 1 : g]):
        return False  # an active perfect ("the curfew has ended") is no passive
    verb, noun = p.tokens[g].keys, p.tokens[m.first].keys
    return any(
        rule.kind == "V"
        and rule.code == m.rule.code
        and len(rule.firsts) > 1
        and bool(verb & rule.firsts[0])
        and bool(noun & rule.firsts[-1])
        for rule in lex.rules
    )
