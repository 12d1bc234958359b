"""Acts merged as a facet of a happening of another root (``data/lexicon/merged_as.csv``).

The merge compares reports of one type (``rules.family``): a CAMEO root, or a family of
roots. Some acts are read at another root than the happening they belong to, because an
outlet leads with one side of it:

- the police's force against a crowd (CAMEO 1.1b3 §175 *use tactics of violent repression*)
  is told by one outlet and the crowd's protest (§14) by the next: "police fired tear gas
  at the protesters" and "thousands marched on parliament" are one afternoon;
- a pact signed by two countries (§057 *sign formal agreement*) is the outcome of their
  meeting (§04 *consult*: §042 visit, §043 host, §046 negotiate), and an outlet leads with
  the pact where another leads with the talks.

Each lexicon row names the reader's code (a prefix of the full code: "175"), the root the
report is merged as ("14"), and the condition under which it is a facet, never guessed from
the code alone (a crackdown with no crowd named may be on a rebel group; a deal of one
country with a company is no summit):

- ``words:a|b|c``: its clause or sentences name one of the words (a plural "s" allowed);
- ``countries:N``: its actors are of at least N countries;
- ``lead:a|b|c``: its clause opens on one of the words as its subject, after at most a few
  words of number or kind ("Thousands of angry protesters demanded ..."): the crowd itself
  spoke, not someone about it ("the minister urged protesters to go home").

Only the blocking and matching type changes (``Report.root``); the reader's code is kept
(``Report.code``), and a happening no report of which was read at the merged root keeps the
reader's root (``Report.facet``, ``store.happening_rows``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from dashboard.events.lexicon import sourced_rows

WORDS, COUNTRIES, LEAD = "words", "countries", "lead"
# the words a crowd's subject may open on before its noun: a determiner, a number or a
# quantity ("tens of thousands of"), or a word of its kind or side ("student", "anti-war")
_LEAD_PREFIX = (
    r"(?:(?:the|some|many|several|angry|thousands|hundreds|tens|dozens|scores|of|\d[\d,.]*|"
    r"student|opposition|anti-government|pro-democracy|anti-[\w-]+|pro-[\w-]+)\s+){0,5}"
)


@dataclass(frozen=True, slots=True)
class Facet:
    """One row of ``merged_as.csv``: a report whose full code starts with ``code`` is merged
    as ``merged_as`` when its text names one of ``words`` (``None``: no such condition) and
    its actors are of at least ``countries`` countries (0: no such condition)."""

    code: str
    merged_as: str
    words: re.Pattern[str] | None = None
    countries: int = 0
    lead: re.Pattern[str] | None = None

    def holds(self, texts: Iterable[str], countries: frozenset[str]) -> bool:
        if len(countries) < self.countries:
            return False
        if self.lead is not None:  # the clause (the first text) only: its own subject
            first = next((t for t in texts if t), "")
            return bool(self.lead.match(first))
        return self.words is None or any(self.words.search(t) for t in texts if t)


@cache
def facets() -> tuple[Facet, ...]:
    """The lexicon's rows, the longest code first (a sub-code's row before its parent's).

    Raises ``OSError`` when the shipped file is missing and ``ValueError`` for a row with no
    code, root, condition or source, or a condition of an unknown kind."""
    out = [
        _facet(row["code"], row["merged_as"], row["condition"])
        for row in sourced_rows("merged_as.csv", "code", "merged_as", "condition")
    ]
    return tuple(sorted(out, key=lambda f: -len(f.code)))


def _facet(code: str, merged_as: str, condition: str) -> Facet:
    kind, _, value = condition.partition(":")
    if kind == WORDS and value:
        words = "|".join(re.escape(w) for w in value.split("|") if w)
        return Facet(code, merged_as, re.compile(rf"\b(?:{words})s?\b", re.IGNORECASE))
    if kind == LEAD and value:
        words = "|".join(re.escape(w) for w in value.split("|") if w)
        pattern = rf"\s*{_LEAD_PREFIX}(?:{words})s?\b"
        return Facet(code, merged_as, lead=re.compile(pattern, re.IGNORECASE))
    if kind == COUNTRIES and value.isdigit():
        return Facet(code, merged_as, countries=int(value))
    raise ValueError(f"merged_as.csv: unknown condition {condition!r} for code {code}")


@cache
def text_roots() -> tuple[str, ...]:
    """The reader's roots of the rows that read words: the store sends these events' clause
    and sentences (``store.happening_reports``), and no other root's for this."""
    return tuple(sorted({f.code[:2] for f in facets() if f.words or f.lead}))


def merged_as(code: str, texts: Iterable[str], countries: frozenset[str]) -> str | None:
    """The root a report read at the full CAMEO ``code`` is merged as, when its ``texts``
    (its clause and sentences, read lazily: only for a code some row names) and actor
    ``countries`` make it a facet of a happening of that
    root (``facets``); else ``None``.

    >>> merged_as("175", ["Police fired tear gas at the protesters"], frozenset({"KE"}))
    '14'
    >>> merged_as("175", ["Troops crushed the insurgency"], frozenset({"NG"})) is None
    True
    >>> merged_as("057", ["Putin and Kim signed a pact"], frozenset({"RU", "KP"}))
    '04'
    >>> merged_as("057", ["The ministry signed a contract"], frozenset({"FR"})) is None
    True
    >>> merged_as("0241", ["Thousands of protesters called for his resignation"], frozenset())
    '14'
    >>> merged_as("02", ["The minister urged protesters to go home"], frozenset()) is None
    True
    """
    for f in facets():  # the first row of the longest code decides; ``texts`` is read once
        if code.startswith(f.code):
            return f.merged_as if f.holds(texts, countries) else None
    return None
