"""What a verb-phrase match's object really is: a person noun that only owns the object
("seized the farmer's cattle") and an operation named by a civil aim ("launched a search
operation"), neither of which is the act the row codes.
"""

from __future__ import annotations

from dashboard.events.lexicon import Match, word_class
from dashboard.events.tokens import Token

_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def possessor_only(tokens: list[Token], m: Match) -> bool:
    """Is the last word of a gapped verb row ("seize * farmer") a possessor, marked by "'s"
    or a bare apostrophe right after it ("seized the farmer's cattle", "seized the villagers'
    weapons")? A genitive determines the noun after it, which heads the object (Quirk et al.
    1985, 5.115 and 17.41), so the row's object word is not what was seized.

    Returns False for a one-word match and for a noun row."""
    if m.rule.kind != "V" or m.first == m.last:
        return False
    nxt = m.last + 1
    if nxt + 1 >= len(tokens) or tokens[nxt].lower not in _POSSESSIVE_MARKS:
        return False
    # a closing quote ("called them ``criminals'' and") is no genitive: one needs its head noun
    bare = tokens[nxt].lower in ("'", "’")
    return tokens[nxt + 1].text[:1].isalnum() and (not bare or tokens[m.last].lower.endswith("s"))


def civil_operation(tokens: list[Token], m: Match) -> bool:
    """Is the "operation" ending a §19 row named by a civil aim ("launched a search operation
    for the missing pilot", "began a rescue operation")? ``classes.csv`` CIVIL_OPERATION
    lists the aims; CAMEO 1.1b3 §190 codes force used on someone, and an operation to find,
    rescue or evacuate people uses none, whoever launches it."""
    if not m.rule.code.startswith("19") or m.last < 1 or "operation" not in tokens[m.last].keys:
        return False
    aims = word_class("CIVIL_OPERATION")
    # "a search-and-rescue operation", "a search and rescue operation": any aim word just before
    words = tokens[max(m.first + 1, m.last - 3) : m.last]
    return any(t.keys & aims or set(t.lower.split("-")) & aims for t in words)
