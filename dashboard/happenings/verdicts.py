"""Two verdicts or two executions told apart by what each report says of them.

The merge's one-day slack (``rules.date_part``) and a week-dated report's reach a day past its
week let two acts of one court or one state on neighbouring days meet, when nothing else
tells them apart: one defendant sentenced twice on two days in two cases, or one country's
hangings of two persons two days apart. Two facts a report gives tell such acts apart
(``data/lexicon/verdict_facts.csv``):

- **the term** (``terms``): a sentence imposes one punishment (Black's Law Dictionary,
  "sentence"); "sentenced him to 10 years in prison" and "sentenced him to 14 years" are two
  judgments, whatever the days; so are "to death" and "to life". CAMEO 1.1b3 §116 "find guilty
  or liable (legally)" is one event per judgment;
- **the person** (``persons``): an execution is counted per person put to death (Amnesty
  International, *Death Sentences and Executions*); "executed a man" and "hanged a woman" are
  two persons, so two executions.

Each is read from the sentence of the act only, and only where a verb of sentence or
execution governs it; two reports are told apart when both give the fact and share no value
(a report of one verdict naming two terms, "14 years for him, seven for her", shares one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from dashboard.events.dates_common import NUMBER_WORDS_RX, NUMBERS
from dashboard.events.lexicon import sourced_rows
from dashboard.happenings.act_facts import act_facts, told_two
from dashboard.happenings.held_facts import held_facts, two_held
from dashboard.happenings.held_targets import held_targets, two_targets

_COUNT = r"(\d+|" + NUMBER_WORDS_RX + r")"
# "to 10 years", "for seven years", "to 18 months", "a 10-year sentence", "to death", "to life"
_TERM = re.compile(
    rf"\b(?:to|for)\s+{_COUNT}\s+(years?|months?)\b(?!\s+(?:ago|after|before|earlier|later|old))"
    rf"|\b{_COUNT}[- ](year|month)\s+(?:prison\s+|jail\s+)?(?:sentence|term)\b"
    r"|\bto\s+(death|life)\b",
    re.IGNORECASE,
)


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(
        r["word"].lower()
        for r in sourced_rows("verdict_facts.csv", "word", "kind")
        if r["kind"] == kind
    )


@cache
def _verb(kind: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(_words(kind))) + r")\b", re.IGNORECASE)


@cache
def _person() -> re.Pattern[str]:
    """An execution's object, or its passive subject: "hanged a 45-year-old man", "a woman
    was executed"."""
    nouns = "|".join(sorted(_words("male") | _words("female")))
    verbs = "|".join(sorted(_words("execution")))
    return re.compile(
        rf"\b(?:{verbs})\s+(?:an?|one)\s+(?:[\w-]+\s+){{0,3}}?({nouns})\b"
        rf"|\b(?:an?|one)\s+(?:[\w-]+\s+){{0,3}}?({nouns})\s+(?:was|has\s+been|had\s+been)\s+(?:{verbs})\b",
        re.IGNORECASE,
    )


def terms(sentences: Iterable[str]) -> frozenset[str]:
    """The terms a report's sentence imposes ("10y", "18m", "death"), where a verb of sentence
    governs the sentence.

    >>> sorted(terms(["A court sentenced the former minister to 10 years in prison on Tuesday."]))
    ['10y']
    >>> sorted(terms(["The court jailed him for seven years, two years after his arrest."]))
    ['7y']
    >>> terms(["He was arrested for 10 years of fraud, police said."])
    frozenset()
    """
    found: set[str] = set()
    for s in sentences:
        if not _verb("verdict").search(s):
            continue
        for m in _TERM.finditer(s):
            if m.group(5):
                found.add(m.group(5).lower())
                continue
            count, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            n = int(count) if count.isdigit() else NUMBERS.get(count.lower())
            if n is not None:
                found.add(f"{n}{unit[0].lower()}")
    return frozenset(found)


def persons(sentences: Iterable[str]) -> frozenset[str]:
    """The sex of the person an execution befell, as its sentence tells it.

    >>> sorted(persons(["The state hanged a 45-year-old man at dawn."]))
    ['male']
    >>> sorted(persons(["A woman was executed on Friday for drug trafficking."]))
    ['female']
    >>> persons(["The army executed a raid on the town."])
    frozenset()
    """
    found: set[str] = set()
    for s in sentences:
        for m in _person().finditer(s):
            noun = (m.group(1) or m.group(2)).lower()
            found.add("male" if noun in _words("male") else "female")
    return frozenset(found)


def facts(sentences: Iterable[str], code: str = "") -> frozenset[str]:
    """A report's terms and persons, its ``act_facts`` and, for an arrest or an expulsion of
    CAMEO code ``code``, whom it held and for what (``held_facts``), in one set for the merge
    (``two_acts``)."""
    said = list(sentences)
    told = {f"term:{t}" for t in terms(said)} | {f"person:{p}" for p in persons(said)}
    # a later act, a crowd's motive (``act_facts``); the one held, the offence (``held_facts``)
    # ``held_targets``: the one person held, however named (two persons, two arrests)
    return frozenset(told) | act_facts(said) | held_facts(said, code) | held_targets(said, code)


def two_acts(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two reports' facts tell two verdicts or two executions: both give a term, or both a
    person, and they share none of that kind?

    >>> two_acts(frozenset({"term:10y"}), frozenset({"term:14y"}))
    True
    >>> two_acts(frozenset({"term:14y", "term:7y"}), frozenset({"term:14y"}))
    False
    >>> two_acts(frozenset({"person:male"}), frozenset()), two_acts(frozenset({"person:male"}), frozenset({"person:female"}))
    (False, True)
    """
    for kind in ("term:", "person:"):
        sa = {f for f in a if f.startswith(kind)}
        sb = {f for f in b if f.startswith(kind)}
        if sa and sb and not sa & sb:
            return True
    # a later act and the first (``act_facts``); two persons held or offences (``held_facts``)
    return told_two(a, b) or two_held(a, b) or two_targets(a, b)
