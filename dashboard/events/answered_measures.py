"""A measure named as the thing a speaker will answer is another side's act, not the speaker's.

"Beijing said it would respond to the new Canadian tariffs": the tariffs are Canada's,
imposed before; the speaker only says it will answer them, a threat of a like measure
(CAMEO 1.1b3 §130 threaten, as cameo.csv reads "will respond to the sanctions"). Main read
the noun with its modifiers as a §163 sanction planned by the speaker, or by the country
named in the modifiers.

- ``answered_measure``: a §16 match (a sanction, a tariff, an expulsion) whose noun is the
  object of "respond|react|reply to" (Merriam-Webster respond v. 'to react in response';
  WordNet respond.v.01 'show a response or a reaction to something'), with only determiners
  and modifiers between: no act of the sentence (the §130 row reads the threat).
- ``response_topic``: a §130 match of a "respond to ... @SANCTION" row whose gap holds a
  preposition or a clause word ("would respond to questions about the sanctions"): the
  measure is the topic of what is answered, no threat (the row's own note).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match
from dashboard.events.tokens import Token

_RESPONDING = frozenset("respond react reply".split())
# words that end a noun phrase's premodifiers (Quirk et al. 1985 §17.2: the head noun of a
# phrase comes after its determiners and premodifiers; a preposition or a clause word starts
# a postmodifier or a new clause, so a noun after it is no object of "respond to")
_NOT_MODIFIERS = frozenset(
    "about on over of for from with by regarding concerning that which who to and or but "
    "questions question letter letters call calls request requests criticism".split()
)
# "the latest round of EU sanctions": a package noun before "of" counts its measures (as the
# cameo.csv §163 "package of|round of" row reads them), so the "of" stays inside the phrase
_PACKAGES = frozenset("round package set wave raft batch tranche series".split())
_MEASURE_CODES = ("16",)
_SPAN = 6  # tokens from "to" to the measure's noun: "the new round of US sanctions" is six


def _object_of_response(p: Parse, at: int) -> bool:
    """Is token ``at`` the head of the object of "respond|react|reply to", with only
    modifiers between "to" and it?"""
    tokens = p.tokens
    for k in range(at - 1, max(0, at - 1 - _SPAN), -1):
        t = tokens[k]
        if t.boundary:
            return False
        if t.lower == "to":
            return k > 0 and bool(tokens[k - 1].keys & _RESPONDING)
        if t.lower in _NOT_MODIFIERS and not _package_of(tokens, k):
            return False
    return False


def _package_of(tokens: list[Token], k: int) -> bool:
    """Is token ``k`` the "of" after a package noun ("round of", "package of")?"""
    return tokens[k].lower == "of" and k > 0 and tokens[k - 1].lower in _PACKAGES


def answered_measure(p: Parse, m: Match) -> bool:
    """Is ``m`` a §16 measure that is only the object of "respond to" ("would respond to
    the new EU sanctions")?"""
    if not m.rule.code.startswith(_MEASURE_CODES):
        return False
    return _object_of_response(p, m.last if m.rule.kind == "N" else m.first)


def response_topic(p: Parse, m: Match) -> bool:
    """Is ``m`` a §130 "respond to ... measure" whose measure sits past a preposition or a
    clause word, so that it is only the topic of what is answered?"""
    if m.rule.code != "130":
        return False
    tokens = p.tokens
    starts = [k for k in range(m.first, m.last) if tokens[k].keys & _RESPONDING]
    if not starts or tokens[starts[0] + 1].lower != "to":
        return False
    return not _object_of_response(p, m.last)
