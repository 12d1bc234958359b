"""An event noun that a modal passive of classing makes a kind, not a happening: "an attack
on any member will be treated as an attack on all of them" tells how an attack would be
answered, and no attack took place.

ACE 2005's English event guidelines (§ Genericity) mark an event mention GENERIC when it
names a kind of event rather than one that happened; a subject classed by "will|would|
shall (not) be seen|regarded|treated ... as" is such a kind: the modal puts the classing
ahead of any act (Quirk et al. 1985 §4.49, the future and the hypothetical), and "as"
gives the class, not a time or place. The verbs are ``data/lexicon/classing_verbs.csv``'s
(a dictionary sense per row). A past classing ("the raid was seen as a provocation") is
of a told act and stays; so does a noun with no modal passive after it.
"""

from __future__ import annotations

from functools import cache

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, sourced_rows

_MODALS = frozenset("will would shall should could might may 'll".split())
_BETWEEN = frozenset({"not", "n't", "also", "then", "always", "automatically", "be"})
_REACH = (
    12  # words from the noun to the modal: the subject's own modifiers ("on one of the members")
)


@cache
def classing_verbs() -> frozenset[str]:
    """The verbs of ``data/lexicon/classing_verbs.csv`` (see the module).

    Raises ``ValueError`` for a row without its verb or source."""
    return frozenset(row["verb"] for row in sourced_rows("classing_verbs.csv", "verb"))


def classed_kind(p: Parse, m: Match) -> bool:
    """Is ``m`` an event noun (a row of kind "N") that is the subject of "<modal> be
    <classing participle> as" in its clause ("An attack on one ally would be regarded as
    an attack on all")? Then it names a kind of act, not one that happened (see the
    module). "The raid was seen as a provocation" (no modal) is no kind."""
    if m.rule.kind != "N":
        return False
    tokens = p.tokens
    if any(i in p.verbs for i in range(p.opening(m.first), m.first)):
        return False  # an object ("warned that it would treat any raid as"): its verb reads it
    for k in range(m.last + 1, min(m.last + 1 + _REACH, len(tokens))):
        if tokens[k].boundary:
            return False
        if tokens[k].lower in _MODALS:
            return _classing_after(p, k + 1)
    return False


def _classing_after(p: Parse, k: int) -> bool:
    """Whether "(not) be <classing participle> as" follows the modal at ``k - 1``."""
    tokens = p.tokens
    saw_be = False
    while k < len(tokens) and tokens[k].lower in _BETWEEN:
        saw_be = saw_be or tokens[k].lower == "be"
        k += 1
    if not saw_be or k + 1 >= len(tokens):
        return False
    verb = tokens[k]
    return "VBN" in verb.tags and bool(verb.keys & classing_verbs()) and tokens[k + 1].lower == "as"
