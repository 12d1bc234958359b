"""The direct object of a negated verb group joined on after the governing verb ("said the
deal was fair and did not count past aid as debt") shares that group's negation.

Negation scopes over its own verb group and what that group governs (Quirk et al. 1985
§10.64 ff.): in "was fair and did not count past aid", "did not" is the second group's
operator, so its object, the aid, is told as not counted, exactly as in "the deal did not
count past aid", where the group governs the sentence. The governing verb's own flags do not
reach a second group (``modality.new_group``), and a trigger's own window is only three
words, so a noun after a verb and a modifier or two ("did not count previous EU aid") lost
the group's "not". A verb that presupposes its object ("did not claim the attack", FactBank)
is no negation of the act, nor is a prevented one ("did not stop the march"), nor is a preposition's object ("did not comment on the attack"
is left to its rows).
"""

from __future__ import annotations

from dashboard.events.clause_words import AUX, Parse
from dashboard.events.lexicon import Lexicon, Match

_NOT = frozenset({"not", "n't", "never"})
# verbs whose object stays presupposed under a negation (FactBank 1.0 factives, Saurí and
# Pustejovsky 2009), as ``weighing._PRESUPPOSING`` reads them for the governing verb
_PRESUPPOSING = frozenset("claim acknowledge admit confirm deny".split())
_PREPOSITIONS = frozenset(
    "in to on at of for with from by after against over about during before amid since until "
    "despite near into through across as".split()
)
_OBJECT_WORDS = 4  # a determiner and up to three modifiers between the verb and the noun


def negated_conjunct_object(p: Parse, m: Match, lex: Lexicon) -> bool:
    """Is the match ``m`` the direct object of a verb after the governing verb ``p.gov``
    whose own group, opened by "and" or "but", holds "not" or "never" ("was fair and did not
    count previous EU aid")? ``p`` is the sentence's clause reading; a verb of preventing
    or undoing (``lex`` rows "prevent", "undo": "did not stop the march") leaves its object
    told as it is."""
    if p.gov is None or m.first <= p.gov:
        return False
    tokens = p.tokens
    verb = next(
        (
            j
            for j in range(m.first - 1, max(p.gov, m.first - 1 - _OBJECT_WORDS), -1)
            if j in p.verbs and tokens[j].lower not in AUX
        ),
        None,
    )
    if verb is None or verb == p.gov or p.clause[verb] != p.clause[m.first]:
        return False
    if any(
        t.lower in _PREPOSITIONS or t.lower in ("and", "but") for t in tokens[verb + 1 : m.first]
    ):
        return False
    if tokens[verb].keys & (_PRESUPPOSING | lex.words("prevent") | lex.words("undo")):
        return False
    k = verb - 1
    negated = False
    while k > p.gov and (tokens[k].lower in AUX or tokens[k].lower in _NOT):
        negated = negated or tokens[k].lower in _NOT
        k -= 1
    return negated and tokens[k].lower in ("and", "but")
