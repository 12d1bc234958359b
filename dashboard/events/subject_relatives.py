"""Clauses after a governing verb that are not its complement.

- ``new_subject``: ", and the government cut ties" is a main clause of its own.
- ``subject_relative``: a "that" clause after a noun whose verb follows "that" at once is a relative clause on
that noun, not a complement clause.

"agreed to reopen a rail line that has been closed since 1991": the clause parser opens a
clause at "that" and cannot tell a complementiser from a relative pronoun, so "closed" stood
as the complement of "agreed" and the agreement became a threat to close (§132). A
complement clause has a subject of its own ("agreed that the line would reopen"); a "that"
followed at once by a verb or an auxiliary is the subject of its clause, a relative pronoun
standing for the noun before it (Quirk et al. 1985 §17.10-17.12: "that" as the subject of a
restrictive relative clause). What such a clause tells describes the noun; it is not what
the governing verb agrees to, vows or threatens.
"""

from __future__ import annotations

from dashboard.events.clause_words import ARTICLES, AUX, Parse


def subject_relative(p: Parse, i: int) -> bool:
    """Is token ``i`` in a clause opened by "that" right after a noun (no verb before it),
    whose next word is a verb or an auxiliary ("a rail line that has been closed", "the
    troops that shelled the town")?"""
    k = p.opening(i)
    tokens = p.tokens
    if k < 1 or k + 1 >= len(tokens) or tokens[k].lower != "that":
        return False
    before, after = k - 1, k + 1
    if before in p.verbs or "NOUN" not in tokens[before].pos or tokens[before].boundary:
        return False
    return tokens[after].lower in AUX or after in p.verbs


def new_subject(p: Parse, clause: int, own: int) -> bool:
    """A later clause opened by "and"/"but" and a new subject (", and the government cut
    ties"): an act of its own, not the verb's complement."""
    if clause == own:
        return False
    k = p.opens[clause]
    tokens = p.tokens
    if k + 1 >= len(tokens) or tokens[k].lower not in ("and", "but"):
        return False
    nxt = tokens[k + 1]
    return nxt.lower in ARTICLES or (nxt.text[:1].isupper() and k + 1 not in p.verbs)
