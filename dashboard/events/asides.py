"""A parenthesis of inclusion inside a verb's complement: "ordered six diplomats, including
the ambassador, to leave" is "ordered six diplomats to leave" with an aside.

A non-restrictive appositive of inclusion ("including X", "among them X", "notably X") set off
by two commas particularizes the noun before it; the verb and the rest of its complement run
across it (Quirk et al. 1985, A Comprehensive Grammar of the English Language, 17.65 and
17.77). The lexicon's gaps stop at every comma (``lexicon._match_rule``), so such an aside
cut an expulsion's "order * @DIPLOMAT * to leave" in two and the report read no act. The
openers are data (``data/lexicon/asides.csv``, a source per row).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from dashboard.events.tokens import Token
from dashboard.paths import REPO_ROOT
from dashboard.sourced_rows import read_sourced

# tokens an aside may hold between its two commas: a name with its title or a short noun
# phrase ("High Commissioner Anna Berg", "the country's two top envoys"); a longer run is
# more likely a clause of its own
ASIDE_MAX = 7


@cache
def _openers() -> tuple[tuple[str, ...], ...]:
    rows = read_sourced(REPO_ROOT / "data" / "lexicon" / "asides.csv", "word", "role")
    return tuple(tuple(r["word"].split()) for r in rows if r["role"] == "opener")


def aside_close(tokens: list[Token], j: int) -> int | None:
    """The index of the comma that closes an aside of inclusion opened by the comma at
    ``tokens[j]`` (", including the ambassador,"), or None when ``tokens[j]`` opens none:
    not a comma, no opener word after it, no closing comma within ``ASIDE_MAX`` tokens, or
    another mark (a full stop, a semicolon, a dash, a quote) before it. Never raises."""
    if j >= len(tokens) or tokens[j].text != ",":
        return None
    for opener in _openers():
        words = tokens[j + 1 : j + 1 + len(opener)]
        if tuple(t.lower for t in words) != opener:
            continue
        first = j + 1 + len(opener)
        for k in range(first, min(first + ASIDE_MAX + 1, len(tokens) - 1)):
            if tokens[k].text == ",":
                return k if k > first else None
            if tokens[k].boundary or not tokens[k].text[0].isalnum():
                return None
        return None
    return None


def gap_positions(tokens: list[Token], start: int, stop: int) -> Iterator[int]:
    """The token indices a lexicon gap from ``start`` up to ``stop`` (exclusive) visits, an
    aside of inclusion skipped whole and not counted against the gap (``stop`` moves on by
    its length). Shapes: ``tokens`` one sentence's tokens; ``0 <= start``, ``stop <=
    len(tokens)``. Never raises."""
    j = start
    while j < stop:
        close = aside_close(tokens, j)
        if close is not None:
            stop = min(len(tokens), stop + close + 1 - j)
            j = close + 1
            continue
        yield j
        j += 1
