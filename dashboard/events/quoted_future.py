"""A base verb after a modal in a quotation is no present tense: '"We will not negotiate with
kidnappers," the president said' tells a refusal made as it is said, not a habit.

``non_events._quoted_present`` drops a present-tense clause inside a direct quotation (a
characterisation, ACE 2005 generic mentions). lemminflect tags a base form that is also a
present form ("negotiate") VBP, so a modal's bare infinitive was read as present; after a
modal (and a "not" or an adverb) the verb is the modal's complement (Quirk et al. 1985 §3.22,
the modal verb phrase), told with the modal's future or refusal.
"""

from __future__ import annotations

from dashboard.events.clause_words import MODALS
from dashboard.events.tokens import Token

# words between a modal and its bare verb: "will not", "would never", "will also"
_BETWEEN = frozenset("not n't never also still".split())
_REACH = 3


def after_modal(tokens: list[Token], k: int) -> bool:
    """Is ``tokens[k]`` a bare verb right after a modal (a "not" or an adverb between)?"""
    for j in range(k - 1, max(-1, k - 1 - _REACH), -1):
        if tokens[j].lower in MODALS:
            return True
        if tokens[j].lower not in _BETWEEN:
            return False
    return False
