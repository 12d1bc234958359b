"""Words that refer to the present or the future without naming a time: TimeML's
PRESENT_REF and FUTURE_REF ("the future", "his future", "future talks", "the current
government").

They place nothing on a calendar, so the event reader never dates a happening by them; the
``dates`` contract reports them (``dates_document``), as TimeML marks them, with the widths
the sentence-level rules give "in the future" (the year after publication, precision 4) and
"now" (the week up to publication, precision 2): never a day.

The words, how each is used and the next words that make it something else are data:
``data/lexicon/time_refs.csv``, with a source per row.
"""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from dashboard.model import DateRange
from dashboard.paths import data_dir

# what may stand before a noun "future" ("the future", "the girl's future", "our future");
# an indefinite "a future in which..." is a possible world, not the time after now
_NOUN_BEFORE = re.compile(r"(?i)(?:\bthe|\bhis|\bher|\bits|\btheir|\bour|\byour|\bmy|\w['’]s)\s+$")
_ARTICLE_BEFORE = re.compile(r"(?i)\ban?\s+$")
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)")


_VALUES = frozenset({"PRESENT_REF", "FUTURE_REF"})
_USES = frozenset({"noun", "modifier"})


class RefWord(NamedTuple):
    word: str
    value: str  # PRESENT_REF or FUTURE_REF
    use: str  # "noun" or "modifier"
    noun_if_next: frozenset[str]  # the words a noun use may be followed by
    unless_next: frozenset[str]  # the next words that make the word something else


@lru_cache(maxsize=1)
def table() -> tuple[RefWord, ...]:
    """The rows of ``data/lexicon/time_refs.csv``.

    Raises ValueError naming the row when a value or a use is not one this module reads.
    """
    path = data_dir() / "lexicon" / "time_refs.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for row in rows:
        if row["value"] not in _VALUES or row["use"] not in _USES:
            raise ValueError(f"time_refs.csv: value/use not understood in {row!r}")
        out.append(
            RefWord(
                row["word"].lower(),
                row["value"],
                row["use"],
                _words(row.get("noun_if_next")),
                _words(row.get("unless_next")),
            )
        )
    return tuple(out)


def _words(cell: str | None) -> frozenset[str]:
    return frozenset(w for w in (cell or "").split("|") if w)


def references(text: str) -> list[tuple[int, int, str]]:
    """Every PRESENT_REF / FUTURE_REF word in ``text`` as (start, end, value).

    Example: ``references("They fear for their future.") == [(20, 26, "FUTURE_REF")]``.
    """
    found = []
    for ref in table():
        for m in re.finditer(rf"\b{re.escape(ref.word)}\b(?![-'’]\w)", text, re.I):
            if _reads_as(ref, text, m.start(), m.end()):
                found.append((m.start(), m.end(), ref.value))
    return sorted(set(found))


def _reads_as(ref: RefWord, text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    nxt = _NEXT_WORD.match(text, end)
    if nxt is not None and nxt[1] in ref.unless_next:
        return False
    if ref.use == "modifier":
        # "future talks", "his current wife": the noun it modifies follows (not "of", "is");
        # "a future ..." is a noun
        function_word = nxt is not None and nxt[1] in _function_words()
        return nxt is not None and not function_word and not _ARTICLE_BEFORE.search(before)
    # "the future of NATO", "her future is uncertain", "their future."
    return _NOUN_BEFORE.search(before) is not None and (nxt is None or nxt[1] in ref.noun_if_next)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """The words a noun use may be followed by, from every noun row: a modifier is never
    followed by one of them."""
    return frozenset().union(*(r.noun_if_next for r in table() if r.use == "noun"))


def resolve(value: str, pub: date) -> DateRange:
    """The range a reference word claims, never narrower than the text says.

    Example: ``resolve("PRESENT_REF", date(2024, 11, 7)).precision == 2``.
    """
    if value == "FUTURE_REF":
        start, end = pub + timedelta(days=1), pub + timedelta(days=365)
        why = f"TimeML FUTURE_REF: after publication ({pub}) with no width given: read as the year after it"
        return DateRange(start, end, 4, None, why)
    start = pub - timedelta(days=6)
    why = f"TimeML PRESENT_REF: the time of writing, the week up to publication ({pub})"
    return DateRange(start, pub, 2, None, why)
