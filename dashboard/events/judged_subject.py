"""Who may give an act's word another sense as its subject, when the word is a noun a
disapproval names: "the ministry condemned the attack on the port". The ``other_senses.csv``
rows read ``as_subject`` ("the ministry hit back", "hackers attacked") tell a word's other
sense by who does it; a noun that is the object of a verb of disapproval (CAMEO 1.1b3 §111
criticize or denounce: the ``DISAPPROVING`` class) is another's act, judged by the clause's
subject, not done by it (the judge and the doer are two parties: a condemnation presupposes
an act by someone else, Fillmore's Judgment frame, FrameNet 1.7: Evaluee, not Cognizer).

Shape::

    sense_subject(p, m) -> list[Token]   # [] when no subject word may give another sense
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class
from dashboard.events.tokens import Token


def sense_subject(p: Parse, m: Match) -> list[Token]:
    """The words before the match that may be its subject for an ``as_subject`` row of
    ``other_senses.csv`` (``Parse.subject_words``); none for a passive, whose subject is what
    was acted on ("Israel's embassy was attacked by protesters": only the agent after "by"
    can give the verb another sense), nor for a noun a verb of disapproval governs before it
    ("the ministry condemned the attack": the ministry judged the attack, it did not make it)."""
    tokens = p.tokens
    head = tokens[m.first]
    if m.first > 0 and "be" in tokens[m.first - 1].keys and "VBN" in head.tags:
        return []
    words = p.subject_words(m.first)
    judging = word_class("DISAPPROVING")
    if m.rule.kind == "N" and any(t.keys & judging for t in words):
        return []
    return words
