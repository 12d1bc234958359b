"""An act in the infinitive of a proposal laid before a body: "filed a motion to impeach the
governor", "tabled a resolution to expel the ambassador", "submitted a bill to ban the
party". A motion or a bill is a proposal that the body take the action (Robert's Rules of
Order, 12th ed., 4:4), so its act is proposed, not done (ACE 2005 event guidelines,
modality Other, as "a proposed swap"): the card is hypothetical. A bill passed or a
resolution adopted is another matter, and the rule reads only the verbs of laying it before
the body (``classes.csv`` ``SUBMIT``; the nouns are ``PROPOSAL_DOC``).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class
from dashboard.events.prepared_acts import prepared_object

# the words a proposal noun's verb may stand from it: "filed an impeachment motion to",
# "submitted a draft bill to"
_NOUN_REACH = 4


def proposed_act(p: Parse, i: int) -> bool:
    """Is the trigger at ``i`` the infinitive after "to" of a proposal noun (``PROPOSAL_DOC``)
    whose verb, at most four words before it, lays it before a body (``SUBMIT``: "filed",
    "tabled", "put forward")?"""
    tokens = p.tokens
    if i < 3 or tokens[i - 1].lower != "to" or not tokens[i - 2].keys & word_class("PROPOSAL_DOC"):
        return False
    submit = word_class("SUBMIT")
    return any(
        tokens[k].keys & submit and k in p.verbs for k in range(max(0, i - 2 - _NOUN_REACH), i - 2)
    )


def readied_or_proposed(p: Parse, m: Match) -> set[str]:
    """The flags a head match takes from its object's verb: "planned" for an act readied
    ("was preparing new sanctions", ``prepared_acts``), "hypothetical" for one proposed
    (``proposed_act``)."""
    flags = {"planned"} if prepared_object(p, m) else set()
    return flags | ({"hypothetical"} if proposed_act(p, m.first) else set())
