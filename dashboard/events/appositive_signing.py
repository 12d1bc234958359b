"""An agreement named before a comma and signed in the participle clause after it.

"The gas agreement, signed on Monday in Baku, will double exports": the comma opens a
non-restrictive postmodifier, an -ed participle clause whose understood subject is the noun
before it (Quirk et al. 1985 §17.26 and §17.30: "the treaty, signed in 1990, ..." is the
non-restrictive form of "the treaty signed in 1990"). The lexicon's passive row for CAMEO
1.1b3 §057 (sign formal agreement, ``@AGREEMENT * sign``) reads the restrictive form, but a
pattern's gap never crosses a comma (``lexicon.GAP``), so the non-restrictive one was read as
nothing, or as the main clause's future ("will double exports": planned).

``opened(sentence)`` gives the sentence with that one comma blanked for the trigger scan:
the same length, so every offset holds. Which nouns and participles count is the lexicon's
own: the ``AGREEMENT`` class of ``classes.csv`` and the verbs of the §057 passive row of
``cameo.csv``, so this module holds no word list.
"""

from __future__ import annotations

from functools import cache

from dashboard.events.lexicon import GAP, load, word_class
from dashboard.events.tokens import Token, tokenize

_SIGN_CODE = "057"
_CLASS = "AGREEMENT"
# a finite verb between the noun and the comma gives the noun a clause of its own ("the
# deal Kenya signed, ..."): the participle after the comma is no longer the noun's
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# a passive participle takes no direct object (Quirk et al. 1985 §3.64): an article, an
# object pronoun or a possessive after the verb makes it a finite verb of a coordinated
# predicate ("watched them sign the accession to the alliance, signed them herself"), not
# the noun's clause; "this" stays out, as "signed this week" is a time adjunct
_OBJECT_OPENERS = frozenset("a an the them it him her us me you his its their our my your".split())


@cache
def _signing_verbs() -> frozenset[str]:
    """The lemmas of the second slot of each §057 row that opens with the ``AGREEMENT``
    class (the passive "@AGREEMENT * sign|ratify|..."), from the compiled lexicon."""
    nouns = word_class(_CLASS)
    verbs: set[str] = set()
    for rule in load().rules:
        if rule.code != _SIGN_CODE or len(rule.slots) != 2:
            continue
        if any(alt[0] == nouns for alt in rule.slots[0]):
            verbs |= {w for alt in rule.slots[1] for word in alt for w in word}
    return frozenset(verbs)


def opened(sentence: str) -> str:
    """``sentence`` with the comma between an agreement noun and a signing participle
    blanked ("The pact, signed on Monday, ..." -> "The pact  signed on Monday, ..."), or
    ``sentence`` itself when it has none. Only a past participle counts ("signed",
    "ratified"), never a finite verb with its own subject after the comma; the noun may
    stand a postmodifier before the comma ("the agreement for 26 jets, signed ..."), up to
    the lexicon's ``GAP`` tokens, none a clause mark or a finite verb.

    >>> opened("The pact, signed on Monday, takes effect.")
    'The pact  signed on Monday, takes effect.'
    >>> opened("The pact, officials said, takes effect.")
    'The pact, officials said, takes effect.'
    """
    if "," not in sentence:
        return sentence
    nouns, verbs = word_class(_CLASS), _signing_verbs()
    tokens = tokenize(sentence)
    cut = [
        tokens[i].start
        for i in range(1, len(tokens) - 1)
        if tokens[i].text == ","
        and _noun_before(tokens, i, nouns)
        and tokens[i + 1].keys & verbs
        and "VBN" in tokens[i + 1].tags
        and not (i + 2 < len(tokens) and tokens[i + 2].lower in _OBJECT_OPENERS)
    ]
    for at in cut:
        sentence = sentence[:at] + " " + sentence[at + 1 :]
    return sentence


def _noun_before(tokens: list[Token], comma: int, nouns: frozenset[str]) -> bool:
    """Whether an agreement noun ends the noun phrase before the comma at ``comma``: it
    stands right before it or heads a postmodifier of at most ``GAP`` tokens ("the
    agreement for 26 jets"), with no clause mark or finite verb between."""
    for k in range(comma - 1, max(-1, comma - 2 - GAP), -1):
        if tokens[k].keys & nouns:
            return True
        if tokens[k].boundary or tokens[k].tags & _FINITE:
            return False
    return False


def signed_apposition(text: str, start: int, end: int) -> bool:
    """Whether the trigger at ``text[start:end]`` was read across a blanked comma
    (``opened``): its participle is told in the past ("The pact, signed on Monday, will
    cut tariffs": signed before the telling, whatever the main clause's tense says)."""
    span = text[start:end]
    return "," in span and opened(span) != span
