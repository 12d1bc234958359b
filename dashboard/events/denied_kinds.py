"""A kind of happening the sentence says did not take place: "His supporters gathered outside
the court, but there were no protests".

An existential negation ("there was no", "there have been no") asserts that nothing of the
noun's kind happened (Quirk et al. 1985 §18.44-18.51 on existential "there", §10.58 on "no"
as the negative determiner): a verb of the same kind in the sentence ("gathered", read as
§141 demonstrate) is then no act of that kind. The noun's own CAMEO row tells how wide the
denial is: a root-level noun ("protests", §140) denies every act of its root (§14x), a
specific one ("violence", a §145 riot) only its own code and those under it, so "marched
peacefully, and there was no violence" keeps the march (§141). The noun itself stays the
negated trigger it already is (``negation_scope``). A denial restricted by a phrase after
its noun ("there was no fighting in the town itself") denies that place or time only, and
leaves the sentence's acts alone.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, load

_BE = frozenset("was were is are been be".split())
# "there was no", "there have been no", "there were still no": the words that may stand
# between "there" and "no" (the verb group of an existential clause, Quirk et al. 1985 §18.44)
_BETWEEN = _BE | frozenset("has have had still yet also so far".split())
# the coordinators that close a denied noun's clause ("there were no protests and no arrests")
_COORDINATORS = frozenset({"and", "but", "or"})
# how many words may stand between "no" and the denied noun ("no large protests", "no
# reported street protests")
_NOUN_REACH = 3


def denied_kind(p: Parse, m: Match) -> bool:
    """Is ``m`` a verb of the kind an existential negation in its sentence denies ("there were
    no protests" and the §141 "gathered" before it)? Only when the denied noun is a lexicon
    noun row whose code covers ``m``'s (``_covers``), ``m`` is not that noun itself, and no
    phrase after the noun restricts the denial (``_unrestricted``)."""
    if m.rule.kind != "V":
        return False
    nouns = _denied_nouns(p)
    if not nouns:
        return False
    return any(
        _covers(n.rule.code, m.rule.code)
        and not (n.first <= m.first <= n.last)
        and _unrestricted(p, n.last)
        for n in load().match(p.tokens)
        if n.rule.kind == "N" and n.first in nouns
    )


def _unrestricted(p: Parse, last: int) -> bool:
    """Does the denied noun ending at ``last`` end its clause (a mark, the sentence's end, or
    a coordinator after it)? "there was no fighting in the town itself" denies fighting in
    one place only, so a shelling of the village beside it stands."""
    nxt = last + 1
    if nxt >= len(p.tokens):
        return True
    t = p.tokens[nxt]
    return t.boundary or not t.text[:1].isalnum() or t.lower in _COORDINATORS


def _covers(denied: str, code: str) -> bool:
    """Does a denied noun of CAMEO ``denied`` cover an act of ``code``: the root-level "140"
    every "14x", a specific "145" only "145" and its sub-codes? ``DIS-`` types cover none."""
    if not denied[:2].isdigit():
        return False
    stem = denied[:2] if denied[2:].strip("0") == "" else denied
    return code.startswith(stem)


def _denied_nouns(p: Parse) -> frozenset[int]:
    """The token positions a "there … no" of the sentence may name its noun at: the few words
    after "no" (empty when the sentence holds no existential negation)."""
    tokens = p.tokens
    found: set[int] = set()
    for k, t in enumerate(tokens):
        if t.lower != "there" or k + 2 >= len(tokens):
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].lower in _BETWEEN:
            j += 1
        if j == k + 1 or j >= len(tokens) or tokens[j].lower != "no":
            continue  # "there" as a place ("fled there"), or no "no" after the verb
        found.update(range(j + 1, min(j + 1 + _NOUN_REACH, len(tokens))))
    return frozenset(found)
