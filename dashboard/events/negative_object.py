"""An act verb whose direct object is a negative word ("arrested no suspects", "killed
nobody", "detained none of them"): the clause is negated from its object, as "did not
arrest any suspects" is (Quirk et al. 1985 ch. 10, clause negation by a negative word
other than "not"; ACE 2005 annotation guidelines, polarity Negative). The negative words
are ``cues.csv`` rows of kind ``negative_object``.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.conjunct_negation import negated_conjunct_object
from dashboard.events.lexicon import Lexicon, Match
from dashboard.events.refused_entry import refused_entry

# "arrested no fewer than 20", "struck no later than dawn", "no doubt": a quantity, a time or
# a hedge after "no", no negation (the same words ``weighing`` steps over before a noun)
_NOT_NONE = frozenset("fewer less more longer sooner later than doubt".split())


def negated_object(p: Parse, m: Match, lex: Lexicon) -> bool:
    """The match's object carries a negation: a negated conjunct after the governing verb
    (``negated_conjunct_object``) or a negative word right after the act verb
    (``negative_object``), or the goal of "into" after a negated modal group of its own
    (``refused_entry``)."""
    return negated_conjunct_object(p, m, lex) or negative_object(p, m, lex) or refused_entry(p, m)


def negative_object(p: Parse, m: Match, lex: Lexicon) -> bool:
    """Is the match a verb (its last token read as a verb, active) followed right away by a
    negative word in lower case? Returns False for a passive ("were arrested nowhere near"),
    a quantity ("no fewer than") or a capitalised "No" (a name or "No. 5")."""
    tokens = p.tokens
    k = m.last + 1
    if k >= len(tokens) or m.last not in p.verbs or _passive(p, m):
        return False
    word = tokens[k]
    if word.text not in lex.words("negative_object"):
        return False  # lower case only: "No" mid-sentence opens a name or "No. 5"
    after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    return after not in _NOT_NONE


def _passive(p: Parse, m: Match) -> bool:
    """A participle after a form of "be" ("were arrested"): a passive, which has no object."""
    return "VBN" in p.tokens[m.last].tags and m.first > 0 and "be" in p.tokens[m.first - 1].keys
