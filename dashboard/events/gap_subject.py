"""A phrase row whose gap runs into a subordinate clause and ends on that clause's subject:
"13 officers were killed on Sunday when protesters attacked the police station".

A row such as "kill * protester" reads its last word as the verb's object. When the gap
holds a subordinating conjunction ("when", "while", "because", …) and the word it ends on is
followed at once by a verb, that word is the subject of the subordinate clause (Quirk et al.
1985 §14.12: a subordinator opens a clause with its own subject and verb), not the object of
the first verb: the protesters attacked, they were not killed. The row is no reading of the
sentence, and the verbs are read as told ("killed", "attacked"). A row that names the
conjunction itself keeps it; "killed as many as 20 protesters who marched" ends on a noun
followed by "who", an object with a relative clause, and is kept.

The same holds for a complement clause ("The ministry declared that its jets had struck a
depot", "posted that police had arrested 40 people"): a "that" after a verb opens a clause
with its own subject and verb (Quirk et al. 1985 §15.3), and what the verb of saying makes
known is that clause's act, not a strike declared or police posted. A row that names the
clause's own subject or verb ("said it was behind the attack", "said the drills were
illegal") reads such a clause on purpose and is kept.
"""

from __future__ import annotations

from dashboard.events.clause_words import AUX, Parse
from dashboard.events.lexicon import Match

# subordinators that open a finite clause; "as", "since", "after" and "before" are also
# prepositions ("since 2017", "after the vote") and count only when a verb follows the match
SUBORDINATORS = frozenset(
    "when while whilst as after before because since until till once if unless though "
    "although whereas".split()
)


# words by which a row names a complement clause's own subject or verb ("it be behind")
_CLAUSE_OWN = frozenset("be have it we they".split())


def gap_into_clause(p: Parse, m: Match) -> bool:
    """Does the gap of the verb row ``m`` hold a subordinator the row does not name, with
    a verb (or an auxiliary) right after the match's last word, or run into a "that"
    complement clause the row does not name (``_into_complement``)?"""
    tokens = p.tokens
    if m.rule.kind != "V" or m.first not in p.verbs:
        return False
    own = frozenset(w for slot in m.rule.slots for alt in slot for word in alt for w in word)
    if _into_complement(p, m, own):
        return True
    if m.last + 1 >= len(tokens):
        return False
    if not any(
        tokens[k].lower in SUBORDINATORS and tokens[k].lower not in own
        for k in range(m.first + 1, m.last)
    ):
        return False
    nxt = m.last + 1
    return nxt in p.verbs or tokens[nxt].lower in AUX


def _into_complement(p: Parse, m: Match, own: frozenset[str]) -> bool:
    """Does the match run into a "that" complement clause opened in its gap, the row naming
    none of the clause's own words, and end in that clause's predicate ("declared that its
    jets had struck") or on its agent ("posted that police had arrested")?

    A noun the clause tells in the passive or with "be" ("announced that a curfew would be
    imposed") still undergoes the act the row names, as its object would, and is kept.

    >>> from dashboard.events.clauses import parse
    >>> from dashboard.events.lexicon import load
    >>> from dashboard.events.tokens import tokenize
    >>> lex = load()
    >>> p = parse(tokenize("The ministry declared that its jets had struck a depot."), lex)
    >>> [m.rule.code for m in lex.match(p.tokens) if _into_complement(p, m, frozenset())]
    ['143']
    """
    if own & _CLAUSE_OWN:
        return False
    tokens, last = p.tokens, p.clause[m.last]
    if p.kinds[last] != "comp":
        return False
    that = next(
        (
            k
            for k in range(m.first + 1, m.last)
            if tokens[k].lower == "that" and p.clause[k] == last
        ),
        None,
    )
    if that is None:
        return False
    if that + 1 == m.last:
        # "grant that request": a determiner; "posted that police had arrested": a subject
        return _active_after(p, m.last + 1)
    if m.last in p.verbs or any(
        (k in p.verbs or tokens[k].lower in AUX) and tokens[k].keys.isdisjoint(own)
        for k in range(that + 1, m.last)
    ):
        return True  # the clause's verb group opened before the row's last word
    return _active_after(p, m.last + 1)


def _active_after(p: Parse, k: int) -> bool:
    """Does an active verb group open at ``k``, right after a clause's subject ("police had
    arrested", "gunmen attacked")? One with "be" ("would be imposed", "was in force") tells
    what happens to the subject, not what it does (Quirk et al. 1985 §3.63)."""
    tokens = p.tokens
    group = []
    while k < len(tokens) and (tokens[k].lower in AUX or tokens[k].lower in ("not", "n't")):
        group.append(tokens[k].lower)
        k += 1
    if _BE & set(group):
        return False
    return k < len(tokens) and k in p.verbs and (bool(group) or tokens[k].lower not in AUX)


_BE = frozenset("be is are was were been being".split())
