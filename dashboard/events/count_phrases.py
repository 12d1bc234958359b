"""A count at the start of a noun phrase ("more than 100 casualties", "dozens of wounded
people"), stepped over so that a reader of the phrase's words sees its noun, not the count.

Approximators before a numeral ("more than", "at least", "about") and quantifying nouns with
"of" ("dozens of") are rows of ``data/lexicon/count_openers.csv``; a numeral itself is a
token of digits ("100", "5,000"). Quirk et al. 1985 §5.25, §6.63: neither heads the phrase.
"""

from __future__ import annotations

from functools import cache

from dashboard.events.lexicon import sourced_rows
from dashboard.events.tokens import Token

Opener = tuple[tuple[str, ...], bool]  # (the opener's words, whether a numeral must follow)


@cache
def _openers() -> tuple[Opener, ...]:
    """The rows of ``count_openers.csv``, longest first. Raises ``ValueError`` for a row
    without its source or a ``needs_number`` cell other than yes or no."""
    out = []
    for r in sourced_rows("count_openers.csv", "phrase", "needs_number"):
        if r["needs_number"] not in ("yes", "no"):
            raise ValueError(f"count_openers.csv: needs_number must be yes or no, got {r!r}")
        out.append((tuple(r["phrase"].split()), r["needs_number"] == "yes"))
    return tuple(sorted(out, key=lambda o: -len(o[0])))


def _numeral(tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].text[:1].isdigit()


def past_count(tokens: list[Token], k: int) -> int:
    """The index after a count opening the noun phrase at ``k`` ("more than 100", "dozens
    of", "5,000"), or ``k`` when none opens it.

    >>> from dashboard.events.tokens import tokenize
    >>> past_count(tokenize("received more than 100 casualties"), 1)
    4
    """
    words = [t.lower for t in tokens[k : k + 4]]
    for phrase, needs_number in _openers():
        if tuple(words[: len(phrase)]) == phrase:
            end = k + len(phrase)
            if not needs_number:
                return end
            return end + 1 if _numeral(tokens, end) else k
    return k + 1 if _numeral(tokens, k) and k + 1 < len(tokens) else k
