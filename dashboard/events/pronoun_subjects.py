"""A determiner that stands alone as its noun phrase's head, the subject of the verb after it
("Farmers marched, and some threw stones at police"; "These burned cars"): Quirk et al. 1985
§6.40 and §6.60 read "some", "these", "those" and "each" as pronouns when their noun is left
out. ``clauses`` reads a finite verb after a determiner as no verb (the determiner opens a
noun phrase: "the wounded", "some injured people"), so the pronoun's verb was lost.
"""

from __future__ import annotations

from functools import cache

from dashboard.events.clause_words import AUX, DETERMINERS
from dashboard.events.lexicon import sourced_rows, word_class
from dashboard.events.tokens import Token

# what may stand right before the pronoun when it opens its clause: a comma, a semicolon
# or a conjunction (``classes.csv`` row ``PRONOUN_CLAUSE_OPENER``; Quirk et al. 1985 §13.1:
# a coordinated clause opens after its conjunction)
_CLAUSE_MARKS = frozenset({",", ";"})
# how far a later verb of the same clause is looked for
_REACH = 6


def determined(tokens: list[Token], i: int, j: int) -> bool:
    """Does the word ``j`` before token ``i`` make ``i`` part of a noun phrase: a determiner
    (``clause_words.DETERMINERS``) that is not a pronoun subject of ``i``
    (``pronoun_subject``)? ``True`` for "the wounded", "some injured people"; ``False`` for
    "and some threw stones", "Some set fire to a car"."""
    return (
        tokens[j].lower in DETERMINERS
        and not pronoun_subject(tokens, i, j)
        and not floated(tokens, i, j)
    )


def floated(tokens: list[Token], i: int, j: int) -> bool:
    """Is ``tokens[j]`` a quantifier floated after its subject (``floating_quantifiers.csv``:
    "Oslo and Bern each sent envoys", "the rebels each signed") with ``tokens[i]`` a past verb
    after it and no auxiliary or other past verb later in the clause? The subject's last word
    is a name, a plural noun or "they"/"we" (Quirk et al. 1985 §6.47); "each wounded man was
    flown out" keeps "wounded" a participle of the noun phrase."""
    if j < 1 or tokens[j].lower not in _floating() or "VBD" not in tokens[i].tags:
        return False
    head = tokens[j - 1]
    named = head.text[:1].isupper() and j - 1 > 0
    plural = "NOUN" in head.pos and head.lower.endswith("s")
    if not (named or plural or head.lower in ("they", "we")):
        return False
    return _no_later_verb(tokens, i)


def pronoun_subject(tokens: list[Token], i: int, j: int) -> bool:
    """Is ``tokens[j]`` a pronoun ("some", "these": ``pronoun_determiners.csv``) opening its
    clause, and ``tokens[i]`` a past verb after it with no auxiliary or other past verb
    after it in the clause ("Some burned cars were found": "were" is the verb, "burned" a
    participle of the noun phrase)?"""
    if tokens[j].lower not in _pronouns() or "VBD" not in tokens[i].tags:
        return False
    if j > 0 and not (tokens[j - 1].boundary or tokens[j - 1].lower in _clause_openers()):
        return False  # "of some burned cars": a determiner inside a phrase
    return _no_later_verb(tokens, i)


def _no_later_verb(tokens: list[Token], i: int) -> bool:
    """No auxiliary or past-only verb within ``_REACH`` words after ``i`` in its clause."""
    for t in tokens[i + 1 : i + 1 + _REACH]:
        if t.boundary or t.lower in (",", ";"):
            break
        if t.lower in AUX or t.tags == frozenset({"VBD"}):
            return False
    return True


@cache
def _floating() -> frozenset[str]:
    return frozenset(r["word"] for r in sourced_rows("floating_quantifiers.csv", "word"))


@cache
def _clause_openers() -> frozenset[str]:
    return _CLAUSE_MARKS | word_class("PRONOUN_CLAUSE_OPENER")


@cache
def _pronouns() -> frozenset[str]:
    return frozenset(r["word"] for r in sourced_rows("pronoun_determiners.csv", "word"))
