"""Two senses of a weapon word that a lexicon row cannot tell apart by its own words.

- "bomber" (§183) in a clause that tells an exercise or a sortie is the aircraft, not a
  person who plants bombs (WordNet 3.0 bomber n. 1 against n. 2): "US bombers held a drill
  with Korean jets" tells no bombing. ``senses.bomber_aircraft`` reads the word before
  ("strategic bombers"); this reads the clause around it.
- "shells" fired at a target (§194, fight with artillery) are no artillery when a word before
  them names tear gas, smoke or light ("fired tear gas shells at protesters" is §175's
  repression, told by its own row).
"""

from __future__ import annotations

from dashboard.events.lexicon import Match, word_class
from dashboard.events.tokens import Token

# how far either side of "bomber" an exercise word may stand in its clause ("bombers held a
# joint air drill with fighters": the drill is four words on)
_WINDOW = 6


def bomber_in_exercise(tokens: list[Token], m: Match) -> bool:
    """A one-word §183 row on "bomber(s)" with a word of ``classes.csv`` ``BOMBER_EXERCISE``
    within ``_WINDOW`` tokens either side, no clause boundary between: the aircraft in a drill,
    a sortie or a formation ("held a drill with two bombers"), not a bombing."""
    if not m.rule.code.startswith("183") or m.first != m.last:
        return False
    k = m.first
    if "bomber" not in tokens[k].keys:
        return False
    cue = word_class("BOMBER_EXERCISE")
    return any(t.keys & cue for t in _clause_window(tokens, k))


def nonlethal_shell(tokens: list[Token], m: Match) -> bool:
    """A §194 row whose words hold a word of ``classes.csv`` ``NONLETHAL_SHELL`` ("fired tear
    gas shells at the crowd", "fired star shells toward the bay"): no artillery fire."""
    if not m.rule.code.startswith("194"):
        return False
    words = word_class("NONLETHAL_SHELL")
    return any(t.keys & words for t in tokens[m.first : m.last + 1])


def _clause_window(tokens: list[Token], k: int) -> list[Token]:
    """The tokens within ``_WINDOW`` of ``k`` on each side, stopping at a clause boundary."""
    out: list[Token] = []
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(tokens) and abs(j - k) <= _WINDOW and not tokens[j].boundary:
            out.append(tokens[j])
            j += step
    return out
