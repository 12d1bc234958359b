"""A part of a crowd named by a pronoun ("Protesters rallied in the capital, and in the north
others stormed a police station"): the pronoun ("others", "some", "dozens") stands for part
of the set an earlier clause of the sentence named (Quirk et al. 1985 §6.52-6.62, pronouns of
quantity as heads; §19.23, anaphoric reference across coordinated clauses). When that set is
a crowd of protesters, the part's storming is the crowd's riot (CAMEO 1.1b3 §145), not
conventional military force (§190), which needs an armed force the sentence never names.
"""

from __future__ import annotations

from functools import cache

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import sourced_rows, word_class


def crowd_part(p: Parse, k: int, crowd: frozenset[str]) -> bool:
    """Is the subject of the verb at ``k`` a pronoun of part (``crowd_parts.csv``, kind
    ``part``), in the clause before ``k``, with a crowd word of ``crowd`` (or the ``CROWD``
    class) or a verb of street protest (kind ``protest``) in an earlier clause of the
    sentence, and no other noun between the pronoun and the verb?
    True for "…, and some stormed the gate"; False for "Some soldiers stormed the gate"."""
    tokens = p.tokens
    start = p.opening(k)
    at = next((i for i in range(start, k) if tokens[i].lower in _parts()), None)
    if at is None or any("NOUN" in t.pos for t in tokens[at + 1 : k]):
        return False  # "some soldiers stormed": the noun, not the pronoun, is the subject
    if at + 1 < k and tokens[at + 1].lower == "of":
        return False  # "some of the troops": the set is named in the phrase itself
    named = crowd | word_class("CROWD")
    # the crowd as an earlier clause's subject, before that clause's verb; not its object
    # ("Soldiers fired on demonstrators, and others stormed a barracks": the others may be
    # soldiers, review90)
    if any(tokens[i].keys & named and _before_verb(p, i) for i in range(start)):
        return True
    # "Students rallied in Porto, and others stormed": the rally makes its subject a crowd
    return any(i < start and tokens[i].keys & _words("protest") for i in p.verbs)


def _before_verb(p: Parse, i: int) -> bool:
    """Whether no verb stands between the opening of token ``i``'s clause and ``i``."""
    return not any(p.opening(i) <= v < i for v in p.verbs)


def _parts() -> frozenset[str]:
    return _words("part")


@cache
def _words(kind: str) -> frozenset[str]:
    rows = sourced_rows("crowd_parts.csv", "word", "kind")
    return frozenset(r["word"] for r in rows if r["kind"] == kind)


def riot_after_protest(told: str, act: str) -> bool:
    """Is ``act`` (a full CAMEO code) a riot told after ``told``, a protest of another,
    peaceful kind ("Farmers marched on Monday, and some threw stones at police")? CAMEO
    1.1b3 §145 "protest violently, riot" is then an act of its own beside the §141 rally,
    though both share the root §14 (ACLED Codebook 2023 sorts a peaceful protest and the
    riot that broke out of it apart: Protests and Riots)."""
    return act == "145" and told[:2] == "14" and told != "145"
