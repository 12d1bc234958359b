"""People named by what they give ("aid workers", "relief agencies"): the compound tells no
aid when its verb only reports or voices (``says_next``), read by ``senses._modifier``."""

from __future__ import annotations

from dashboard.events.clause_words import ARTICLES
from dashboard.events.lexicon import load
from dashboard.events.tokens import Token

# people named by what they give ("aid workers", "relief agencies"): their own act is the
# verb's, so when that verb only reports ("Aid workers said water was running out") the
# compound tells no aid; "Aid workers reached the towns" still does
GIVERS = frozenset(
    "worker workers agency agencies official officials group groups charity charities "
    "volunteer volunteers".split()
)
_SAYS_REACH = 6  # words between the compound and its reporting verb ("in the city of Beira")


def says_next(tokens: list[Token], k: int) -> bool:
    """Is the first verb within ``_SAYS_REACH`` words from ``k`` a reporting verb (cues.csv
    ``report``) or one of ``_VOICED``, before any clause mark?"""
    said = load().words("report")
    for tok in tokens[k : k + _SAYS_REACH]:
        if tok.boundary:
            return False
        if tok.tags & {"VBD", "VBZ", "VBP"}:
            return bool(tok.keys & (said | _VOICED))
    return False


# verbs of voicing besides reporting: "Aid groups warned that the toll could rise" is their
# warning (newuser23), no aid given
_VOICED = frozenset({"warn", "urge", "appeal", "fear", "estimate", "caution"})


# "spoke to aid workers", "met with relief agencies": a preposition between the verb and the
# compound it takes as its object (Quirk et al. 1985 §16.5, prepositional verbs)
_VERB_PREPOSITIONS = frozenset({"to", "with"})
_INFLECTED = frozenset({"VBD", "VBZ", "VBN", "VBG"})  # "told", "tells": a verb's own forms
_BASE = frozenset({"VB", "VBP"})  # "meet": a verb only when the word is no noun too


def verb_object(tokens: list[Token], k: int) -> bool:
    """Is the compound opening at token ``k`` ("aid workers") a verb's object: a verb right
    before it, past an article or possessive, an adjective ("told foreign aid workers") or a
    preposition ("spoke to aid workers")? The compound then names people the verb acts on
    ("told aid workers", "attacked aid workers"), no aid given (CAMEO 1.1b3 §070 codes an
    actor providing aid; Quirk et al. 1985, 17.108: a noun premodifier classifies its head).
    False at the sentence's start; never raises."""
    j = k - 1
    while j >= 0 and (
        tokens[j].lower in ARTICLES
        or tokens[j].lower in ("'s", "’s")
        or tokens[j].pos == frozenset({"ADJ"})
    ):
        j -= 1
    if j >= 1 and tokens[j].lower in _VERB_PREPOSITIONS:
        j -= 1
    if j < 0:
        return False
    t = tokens[j]
    return bool(t.tags & _INFLECTED) or (bool(t.tags & _BASE) and not t.pos & {"NOUN", "ADJ"})
