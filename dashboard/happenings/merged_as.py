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
- ``clause:a|b|c``: its own clause names one of the words: the act is said of that thing
  ("NATO condemned the exercises", "sent rescue teams to help victims of the floods"), not
  merely beside it in the sentence ("relief camps ... after the landslides");
- ``countries:N``: its actors are of at least N countries;
- ``not:a|b|c``: its own clause names none of the words: a mediation "of the talks on a
  prisoner swap" brokered the talks, not the swap;
- several of these joined by ``&``: all of them hold;
- ``lead:a|b|c``: its clause opens on one of the words as its subject, after at most a few
  words of number or kind ("Thousands of angry protesters demanded ..."): the crowd itself
  spoke, not someone about it ("the minister urged protesters to go home");
- ``alone``: its article tells no event of the merged root's type (``rules.family``) itself:
  where the article tells the act too ("condemned the attack ... a day after drones struck
  the port"), the act's own event carries the article into its happening, and the facet
  merged as a second act of one article could only stand beside it as a second happening.

Only the blocking and matching type changes (``Report.root``); the reader's code is kept
(``Report.code``), and a happening no report of which was read at the merged root keeps the
reader's root (``Report.facet``, ``store.happening_rows``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from dashboard.events.lexicon import sourced_rows
from dashboard.happenings.rules import family

WORDS, COUNTRIES, LEAD, CLAUSE, ALONE = "words", "countries", "lead", "clause", "alone"
NOT = "not"
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
    in_clause: bool = False  # ``words`` read in the clause (the first text) only
    alone: bool = False  # only when the article tells no act of ``merged_as``'s type itself
    unless: re.Pattern[str] | None = None  # ``not``: words its clause must not name

    def holds(
        self, texts: Iterable[str], countries: frozenset[str], told: frozenset[str] = frozenset()
    ) -> bool:
        if len(countries) < self.countries:
            return False
        if self.alone and any(family(t) == family(self.merged_as) for t in told):
            return False
        if self.unless is not None and self.unless.search(next((t for t in texts if t), "")):
            return False
        if self.lead is not None:  # the clause (the first text) only: its own subject
            first = next((t for t in texts if t), "")
            return bool(self.lead.match(first))
        if self.words is not None and self.in_clause:
            return bool(self.words.search(next((t for t in texts if t), "")))
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
    """A row's facet; a condition of several parts joined by "&" holds when all of them do
    ("clause:flood&countries:1": the clause names a flood and someone of a country acts)."""
    facet = Facet(code, merged_as)
    for part in condition.split("&"):
        facet = _with_part(facet, part.strip(), condition)
    return facet


def _with_part(facet: Facet, part: str, condition: str) -> Facet:
    """``facet`` with one part of a row's condition added (``merged_as``'s kinds)."""
    kind, _, value = part.partition(":")
    if kind in (WORDS, CLAUSE) and value:
        words = "|".join(re.escape(w) for w in value.split("|") if w)
        named = re.compile(rf"\b(?:{words})s?\b", re.IGNORECASE)
        return replace(facet, words=named, in_clause=kind == CLAUSE)
    if kind == LEAD and value:
        words = "|".join(re.escape(w) for w in value.split("|") if w)
        pattern = rf"\s*{_LEAD_PREFIX}(?:{words})s?\b"
        return replace(facet, lead=re.compile(pattern, re.IGNORECASE))
    if kind == NOT and value:
        words = "|".join(re.escape(w) for w in value.split("|") if w)
        return replace(facet, unless=re.compile(rf"\b(?:{words})s?\b", re.IGNORECASE))
    if kind == COUNTRIES and value.isdigit():
        return replace(facet, countries=int(value))
    if kind == ALONE and not value:
        return replace(facet, alone=True)
    raise ValueError(f"merged_as.csv: unknown condition {condition!r} for code {facet.code}")


class _Cached:
    """An iterable over ``texts`` that keeps what it has read, so several rows can read the
    same lazily decoded texts (``store.happening_reports._texts``), each only as far as it
    needs: a clause row stops at the clause, a words row may read every sentence."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._source = iter(texts)
        self._read: list[str] = []

    def __iter__(self) -> Iterator[str]:
        yield from self._read
        for text in self._source:
            self._read.append(text)
            yield text


@cache
def text_roots() -> tuple[str, ...]:
    """The reader's roots of the rows that read words: the store sends these events' clause
    and sentences (``store.happening_reports``), and no other root's for this."""
    return tuple(sorted({f.code[:2] for f in facets() if f.words or f.lead}))


def merged_as(
    code: str, texts: Iterable[str], countries: frozenset[str], told: frozenset[str] = frozenset()
) -> str | None:
    """The root a report read at the full CAMEO ``code`` is merged as, when its ``texts``
    (its clause and sentences, read lazily: only for a code some row names), actor
    ``countries`` and the roots its article's events were read at (``told``, for ``alone``
    rows) make it a facet of a happening of that root (``facets``); else ``None``.

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
    >>> merged_as("111", ["NATO condemned the Russian drills"], frozenset({"RU"}))
    '15'
    >>> merged_as("073", ["Egypt sent aid to help victims of the floods"], frozenset({"EG"}))
    'DIS-FLOOD'
    >>> merged_as("111", ["Iran condemned the US bombing of its sites"], frozenset({"IR", "US"}))
    '19'
    >>> told = frozenset({"11", "19"})  # the article tells the bombing itself
    >>> merged_as("111", ["Iran condemned the US bombing"], frozenset({"IR"}), told) is None
    True
    """
    rows = [f for f in facets() if code.startswith(f.code)]
    if not rows:
        return None
    said = _Cached(texts)  # read once and only as far as a row asks, for every row
    longest = len(rows[0].code)  # a sub-code's rows decide before its parent's
    return next(
        (f.merged_as for f in rows if len(f.code) == longest and f.holds(said, countries, told)),
        None,
    )
