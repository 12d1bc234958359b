"""A ruin cleared is no property destroyed: "Workers began demolishing the flood-damaged school".

CAMEO 1.1b3 §1712 (destroy property) sits under root 17, coerce: property destroyed to
coerce its owner or a side. A building the object phrase marks as already ruined or unfit
("the flood-damaged school", "an unsafe tower block", "the condemned flats") is demolished
because of its state, the work of recovery or of a building authority, no coercion of anyone.
So a §1712 trigger whose verb of demolition (``verb`` rows of
``data/lexicon/cleared_ruins.csv``) has such a word among its object's modifiers (``state``
rows, alone or as the last part of a compound: "quake-damaged", "fire-gutted") is dropped. The
object's head is not read ("demolished the damaged homes" and "demolished the homes" have
the same head); only its modifiers tell its state, which is why they are read here.

Shape::

    ruins_cleared(sent, trigs) -> list[Trigger]   # trigs less the ruins cleared
"""

from __future__ import annotations

from functools import cache

from dashboard.events.clause_words import ARTICLES
from dashboard.events.lexicon import sourced_rows
from dashboard.events.tokens import tokenize
from dashboard.events.trigger import Trigger

_DESTROYED = "1712"
_MODIFIER_WORDS = 4  # "the two flood-damaged primary schools": the object's words read
# a conjunct or clause after the object ("demolished homes and damaged cars"): not its words
_STOPS = frozenset("and or but while as after before when".split())


@cache
def _words(role: str) -> frozenset[str]:
    """The ``word`` cells of ``cleared_ruins.csv`` whose ``role`` is ``role``."""
    rows = sourced_rows("cleared_ruins.csv", "word", "role")
    return frozenset(r["word"].lower() for r in rows if r["role"] == role)


def _ruin(sent: str, t: Trigger) -> bool:
    """Is ``t`` a §1712 verb of demolition whose object is marked ruined or unfit?"""
    tokens = tokenize(sent[t.start :], t.start)
    if (t.full or "") != _DESTROYED or not tokens or not tokens[0].keys & _words("verb"):
        return False
    states = _words("state")
    for tok in tokens[1 : 1 + _MODIFIER_WORDS + 1]:
        if tok.boundary or not tok.text[:1].isalnum() or tok.lower in _STOPS:
            return False
        if tok.lower in ARTICLES:
            continue
        if tok.lower in states or tok.lower.rsplit("-", 1)[-1] in states:
            return True
    return False


def ruins_cleared(sent: str, trigs: list[Trigger]) -> list[Trigger]:
    """``trigs`` (offsets in ``sent``) without the §1712 demolitions of ruined buildings."""
    return [t for t in trigs if not _ruin(sent, t)]
