"""Alternations of many literal words, shaped so that Python's regex engine tries fewer of them.

``re`` tries the branches of ``a|b|c`` one after the other at every position it scans, so a
list of 117 leaders' names costs 117 tests a character. Two exact reshapings (issue 15,
reader speed):

- ``alternation(words)`` shares the words' common openings (a trie): "Xi Jinping|Xiomara"
  becomes ``X(?:i\\ Jinping|iomara)`` and further down, so a position is tested against the
  distinct first characters only. Same matches as ``"|".join(map(re.escape, words))``: two
  branches that open with different characters never both match at one place, so only the
  order of branches sharing an opening can matter, and it is kept (a word ending where a
  longer one goes on comes last, as longest-first lists have it; ValueError otherwise).
- ``opening(words, not_after)`` is ``(?<!not_after)(?:words)`` with each branch's first
  character moved in front of the look-behind: a pattern whose first step is a choice among
  literal characters gets ``re``'s first-character scan (``re._compiler._get_charset_prefix``),
  which skips, in C, every position no word can start at; a leading look-behind or ``\\b``
  forbids it. Exact: after one character the look-behind ``(?<!X[\\s\\S])`` asks of the
  character before the word what ``(?<!X)`` asked before it (both hold at the text's start).

``case_blind_alternation(words)`` is ``alternation`` for an IGNORECASE pattern, refused where
two branches would open with case variants of one letter.

Example: ``alternation(["Sea of Japan", "Seoul", "Sea"]) == "Se(?:a(?:\\\\ of\\\\ Japan|)|oul)"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence


def alternation(words: Sequence[str]) -> str:
    """Regex source matching what ``"|".join(map(re.escape, words))`` matches, branch order
    included, as a trie of the words' characters. Raises ValueError when a word comes before
    a longer one it opens ("Sea" before "Seoul" is fine; "Se" before "Sea" is not), and for
    no words or an empty word."""
    if not words or not all(words):
        raise ValueError(f"alternation needs non-empty words, got {list(words)!r}")
    return _node(list(words))


def case_blind_alternation(words: Sequence[str]) -> str:
    """``alternation(words)`` for a pattern compiled with IGNORECASE, where ``re`` enters every
    branch of a flat alternation in full at each place it tries (its quick first-character
    check is for case-exact literals only): a list of 100 count words cost 100 entries a word
    of the text, its trie about the 15 distinct first letters (issue 15, reader speed).

    Exact only where no two branches of one trie node open with case variants of one letter
    ("M" of "Monday" and "m" of "missile" both match "m" under IGNORECASE, and the trie would
    try all of one before the other): ValueError when two words' openings agree case-blind
    but not as written, or a word holds a letter past ASCII (whose case variants "ſ", "K"
    match ASCII letters); ValueError as ``alternation`` otherwise."""
    seen: dict[str, str] = {}
    for word in words:
        if any(c.isalpha() and not c.isascii() for c in word):
            raise ValueError(f"{word!r}: a letter past ASCII has case variants outside it")
        for n in range(1, len(word) + 1):
            if seen.setdefault(word[:n].lower(), word[:n]) != word[:n]:
                raise ValueError(f"{word!r} opens as another word does, but in another case")
    return alternation(words)


def opening(words: Sequence[str], not_after: str) -> str:
    """Regex source for ``(?<!not_after)(?:words)`` whose first step is a choice of literal
    characters (``re``'s first-character scan applies; see the module docstring).
    ``not_after`` is a one-character class or escape ("[\\\\w-]", "\\\\w"); ``\\\\b`` before words
    that all open with a word character is ``not_after="\\\\w"``. Case-exact patterns only:
    under IGNORECASE ``re`` keeps no first-character scan for letters. Raises ValueError as
    ``alternation``."""
    if not words or not all(words):
        raise ValueError(f"opening needs non-empty words, got {list(words)!r}")
    behind = rf"(?<!{not_after}[\s\S])"
    parts = [re.escape(first) + behind + _node(rests) for first, rests in _groups(list(words))]
    return "(?:" + "|".join(parts) + ")"


def _groups(words: list[str]) -> list[tuple[str, list[str]]]:
    """The non-empty words by first character, in the order the characters first come, with
    each group's rests in the words' order."""
    groups: dict[str, list[str]] = {}
    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word[1:])
    return list(groups.items())


def _node(words: list[str]) -> str:
    """The trie of ``words`` (rests, in priority order; "" a word that ends here)."""
    if "" in words and any(words[words.index("") :]):
        raise ValueError(f"a word of {words!r} comes after a word it opens with")
    parts = [
        re.escape(first) + _node(rests) if len(rests) > 1 else re.escape(first + rests[0])
        for first, rests in _groups(words)
    ]
    if "" in words:
        parts.append("")
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


class WordScan:
    """Which of many literal words a text holds, in one pass of ``re`` instead of one
    substring test per word.

    ``present(text)`` is ``frozenset(w for w in words if w in text)``: the scan
    ``(?=(trie))`` finds at each position the longest word that starts there (the trie is
    longest first), and every word starting there is a prefix of that one, so the words
    present are the prefixes, among the words, of the words found.

    >>> sorted(WordScan(["flood", "floods", "storm", "rain"]).present("floods and rain"))
    ['flood', 'floods', 'rain']
    """

    __slots__ = ("_prefixes", "_scan")

    def __init__(self, words: Iterable[str]) -> None:
        ordered = sorted(set(words), key=lambda w: (-len(w), w))
        if "" in ordered:
            raise ValueError("WordScan needs non-empty words: an empty one is in every text")
        self._scan = re.compile(f"(?=({alternation(ordered)}))") if ordered else None
        self._prefixes = {w: frozenset(v for v in ordered if w.startswith(v)) for w in ordered}

    def present(self, text: str) -> frozenset[str]:
        """The words that are substrings of ``text``."""
        if self._scan is None:
            return frozenset()
        found = self._scan.findall(text)
        if not found:
            return frozenset()
        return frozenset().union(*map(self._prefixes.__getitem__, found))
