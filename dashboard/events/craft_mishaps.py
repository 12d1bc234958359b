"""A plane or a ship that strikes something by mishap: "The airliner struck a smaller plane as
it landed", "The ferry hit a reef, killing 12". An air collision on a runway and a ship's
strike on a reef or a pier are accidents (ICAO Annex 13; IMO casualty classes), not force an
actor used (CAMEO 1.1b3 §18-§20), as ``accidents.vehicle_mishap`` reads a road crash. The
craft, phase, hazard and impact words are ``classes.csv`` rows AIRCRAFT, AIR_PHASE, VESSEL,
NAVIGATION_HAZARD and IMPACT_VERB, each with its source.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

_HARM = ("18", "19", "20")  # assault, fight, mass violence: what a crash is misread as


def craft_mishap(p: Parse, m: Match, code: str, armed: frozenset[str]) -> bool:
    """Is the harm trigger ``m`` of CAMEO ``code``, opened by an impact verb (IMPACT_VERB),
    told in a sentence naming a plane on the ground or landing (AIRCRAFT with AIR_PHASE) or
    a ship and a navigation hazard (VESSEL with NAVIGATION_HAZARD), with a craft word in the
    trigger's subject and none of the ``armed`` words (weapons, attacks, armed actors)? Example: "The ferry hit a reef, killing
    12" -> True; "A warship shelled a ferry near the reef" -> False ("shelled" is no impact
    verb)."""
    if not code.startswith(_HARM) or not p.tokens[m.first].keys & word_class("IMPACT_VERB"):
        return False
    keys = [t.keys for t in p.tokens]
    if any(k & armed for k in keys):
        return False
    # the craft itself is the subject ("The ferry hit"); people who strike ("Pirates hit the
    # tanker near the pier") act on purpose
    craft = word_class("AIRCRAFT") | word_class("VESSEL")
    words = p.subject_words(m.first)
    if not words and p.gov is not None and p.gov < m.first:
        words = p.subject_words(p.gov)  # "…, killing 12": the participle's subject is the clause's
    if not any(t.keys & craft for t in words):
        return False
    return (_names(keys, "AIRCRAFT") and _names(keys, "AIR_PHASE")) or (
        _names(keys, "VESSEL") and _names(keys, "NAVIGATION_HAZARD")
    )


def _names(keys: list[frozenset[str]], name: str) -> bool:
    """Whether any token's keys hold a word of the ``classes.csv`` row ``name``."""
    words = word_class(name)
    return any(k & words for k in keys)
