"""Recurring times: a month, day or weekday a set quantifier governs is no date.

TimeML 1.2.1 types "every Tuesday", "each June", "every year in June", "held annually in
March" and "the first Monday of every month" as TIMEX3 SET (a recurring time, value
``XXXX-06`` or ``P1Y``), never as a DATE: no one June or Monday is meant, so dating a
happening by one, or reporting one from the ``dates`` contract, is a confident wrong date.
The weekday rule already refuses "every/each Friday" (``dates_rules_bare``); this pass
catches the rest, with the cues in ``data/lexicon/set_quantifiers.csv`` (one source each):

- ``just_before``: the quantifier right before the date word ("each June", "every Dec. 24");
  a preposition between ("paid 100 dollars each on Monday") is another reading of "each";
- ``beside``: a frequency phrase right before or after the date phrase, prepositions
  included ("every year in June", "in June every year", "annually in March");
- ``after``: a frequency phrase right after it ("the first Monday of every month").

Only a date that names no year is dropped: "every year since 2010" and "each year in June
2023" keep their year, which is one date.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.events.dates_mention import DateMention
from dashboard.paths import data_dir

_WHERE = ("just_before", "beside", "after")
_YEAR = re.compile(r"\d{4}|['’]\d\d\b")
# a deictic or counted date is one date even beside a set: "prices rose every month last year"
_ONE_DATE = re.compile(
    r"(?i)\b(?:last|this|next|past|previous|coming|current|that|ago|yesterday|today|tomorrow)\b"
)
_PREPOSITION = re.compile(r"(?i)^(?:in|on|at|during|by|from|until|through)\b")


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    """The cue phrases of data/lexicon/set_quantifiers.csv by where they stand.

    Raises ValueError naming the row when a row has no source or an unknown ``where``."""
    out: dict[str, list[str]] = {w: [] for w in _WHERE}
    path = data_dir() / "lexicon" / "set_quantifiers.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if not (row.get("source") or "").strip() or row["where"] not in out:
                raise ValueError(f"set_quantifiers.csv: bad row {row}")
            out[row["where"]].append(row["cue"].strip().lower())
    return {w: tuple(sorted(c, key=len, reverse=True)) for w, c in out.items()}


_COUNT = r"(?:\d+|[a-z]+)"


def _alternation(cues: tuple[str, ...]) -> str:
    # "every N years": N is a count in digits or words ("every four years", "every 2 years")
    return "|".join(
        r"\s+".join(_COUNT if w == "n" else re.escape(w) for w in c.split()) for c in cues
    )


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(just before, beside-before, after) patterns; the first two match up to the phrase."""
    c = _cues()
    just = re.compile(rf"(?i)\b(?:{_alternation(c['just_before'])})\s+$")
    beside = _alternation(c["beside"])
    before = re.compile(rf"(?i)\b(?:{beside})\s+(?:(?:in|on|at|during)\s+)?$")
    after = re.compile(rf"(?i)^\s+(?:{beside}|{_alternation(c['after'])})\b")
    return just, before, after


def recurring(text: str, d: DateMention) -> bool:
    """True when ``d`` (a phrase of ``text``) names a recurring time, a TIMEX3 SET.

    Example: ``recurring("The fair is held each year in June.", june)`` is True, where
    ``june`` is the mention of "in June"; "The fair was held in June." gives False."""
    if d.range.precision > 3 or _YEAR.search(d.text) or _ONE_DATE.search(d.text):
        return False
    just, before, after = _patterns()
    head = text[max(0, d.start - 40) : d.start]
    if just.search(head) and not _PREPOSITION.match(d.text):
        return True
    return bool(before.search(head) or after.match(text[d.end : d.end + 40]))
