""" "Provided" as a conditional subordinator or as the past of "provide".

cues.csv lists "provided" among the words that open a conditional clause (ACE 2005: modality
Other), as in "will free them provided the army withdraws" or "…, provided that talks
resume". It is also the past tense and participle of the verb "provide", the commonest verb of
giving aid (CAMEO 1.1b3 §07): "Japan provided $50 million in emergency aid" tells aid given,
and reading its object as a condition flagged the aid hypothetical.

Quirk et al. (1985 §14.12, §15.36) give "provided (that)" as a complex conditional
subordinator: it opens a clause of its own, so "that" follows it, or it stands first in its
clause, or it follows a finished main clause whose verb group is not its own. The verb has a
subject or an auxiliary right before it ("Japan provided", "had provided", "was provided")
and an object after it.
"""

from __future__ import annotations

from dashboard.events.clause_words import AUX, MODALS
from dashboard.events.tokens import Token

# words after which "provided" still opens its clause ("only provided that", "and provided")
_OPENERS = frozenset("only and but or so even".split())
_SUBJECTS = frozenset("i we you he she it they who which that".split())


def conditional_provided(tokens: list[Token], i: int) -> bool:
    """Does "provided" at ``i`` open a conditional clause rather than tell that something was
    provided?

    >>> from dashboard.events.tokens import tokenize
    >>> t = tokenize("Japan provided $50 million in aid to Turkey.")
    >>> conditional_provided(t, 1)
    False
    >>> t = tokenize("They will free them provided the army withdraws.")
    >>> conditional_provided(t, 4)
    True
    """
    if i + 1 < len(tokens) and tokens[i + 1].lower == "that":
        return True
    if i == 0 or tokens[i - 1].boundary or tokens[i - 1].lower in _OPENERS:
        return True
    before = tokens[i - 1]
    if before.lower in AUX or before.lower == "to" or before.lower in _SUBJECTS:
        return False  # "had provided", "to be provided", "it provided": the verb
    if before.text[:1].isupper():
        return False  # "Japan provided": a named subject
    # "will free the hostages provided the army withdraws": a modal's main clause before, a
    # clause with its own finite verb after
    modal = any(t.lower in MODALS for t in tokens[:i])
    return modal and _finite_ahead(tokens, i + 1)


def _finite_ahead(tokens: list[Token], k: int) -> bool:
    """A finite verb within six words of ``k``, before any clause mark."""
    for t in tokens[k : k + 6]:
        if t.boundary:
            return False
        if t.tags & {"VBZ", "VBP", "VBD"} and "NOUN" not in t.pos:
            return True
    return False
