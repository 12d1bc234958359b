"""Word sets that give an act's setting (``data/lexicon/act_contexts.csv``): an electoral
contest, a natural hazard, a barrier and its failure, relief resources. Readers in
``contest_results``, ``failed_structures`` and ``posture_misreads`` ask them."""

from __future__ import annotations

from functools import cache

from dashboard.events.lexicon import sourced_rows
from dashboard.events.tokens import Token


@cache
def context_words(name: str) -> frozenset[str]:
    """The lemmas of the ``act_contexts.csv`` row ``name`` ("CONTEST", "NATURAL_HAZARD").

    Raises ``KeyError`` for a row the file lacks and ``ValueError`` for a row with no source."""
    rows = {r["name"]: r["lemmas"] for r in sourced_rows("act_contexts.csv", "name", "lemmas")}
    return frozenset(rows[name].split("|"))


def sentence_names(tokens: list[Token], name: str) -> bool:
    """Does a token of ``tokens``, or a part of a hyphened one ("flood-hit"), hold a lemma of
    row ``name``?"""
    words = context_words(name)
    for t in tokens:
        if t.keys & words:
            return True
        if "-" in t.lower and words.intersection(t.lower.split("-")):
            return True
    return False
