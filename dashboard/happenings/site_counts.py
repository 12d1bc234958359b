"""How many sites of a kind a report tells struck: two acts of one city on neighbouring days.

The rule's one-day slack (``rules.date_part``, ``told_days``) forgives one outlet's day for an
act at a day's edge. Two strikes of one side on one city a day apart meet on every other part
when each outlet names a weekday with no part of day ("on Saturday", "on Sunday"). What each
report counts of the site it tells struck can still say which act it is: a strike "on a
school" (one) and strikes that "hit two schools" are two acts, the later one hitting another
pair of buildings. ACLED codes each event by its location and counts what one event did
(Codebook 2023, geography and fatalities); IHL names the object struck by its class (the
classes of ``data/lexicon/struck_sites.csv``: schools, hospitals, dwellings, places of
worship), so the number of objects of one class is part of what the act was.

A count is read only where the text gives it: a number before the class's word ("two
schools", "three apartment blocks", "2 hospitals"), or a singular word under an article or
"one" ("a school", "the Hamama school", "one hospital"), with at most three words between
that are no number. A report whose sentences give two counts of one class ("hit two schools;
one school was empty") says nothing of that class. Only two day-dated reports one day apart
are compared (``told_days.next_day_apart``); on one day a partial count ("a school", told
before the second was found) is the same act told early, so nothing is refused there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from dashboard.events.dates_common import NUMBER_WORDS_RX, NUMBERS
from dashboard.events.lexicon import sourced_rows

# words between a count and the class's word: up to three, none of them a number or a word
# that ends the phrase ("30 people in two schools" counts people, not schools)
_GAP = (
    r"(?:(?!(?:\d[\d,]*|" + NUMBER_WORDS_RX + r"|in|at|on|of|and|or|near|people|killing|killed)"
    r"\b)[\w'’-]+\s+){0,3}?"
)
_COUNT = r"\b(?P<n>\d[\d,]*|" + NUMBER_WORDS_RX + r")\s+" + _GAP
_ONE = r"\b(?:a|an|the|one)\s+" + _GAP
_NONE: frozenset[tuple[str, int]] = frozenset()


def _plural(word: str, words: set[str]) -> bool:
    """Is ``word`` the plural of another word of its class ("schools" of "school", "blocks of
    flats" of "block of flats", "universities" of "university")?"""
    parts = word.split()
    for i, w in enumerate(parts):
        for stem in (w[:-1], w[:-2], w[:-3] + "y"):
            if stem != w and " ".join([*parts[:i], stem, *parts[i + 1 :]]) in words:
                return True
    return False


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """``(class, counted pattern, singular pattern)`` from ``struck_sites.csv``."""
    words: dict[str, set[str]] = {}
    for row in sourced_rows("struck_sites.csv", "site", "cue"):
        words.setdefault(row["site"], set()).update(row["cue"].split("|"))
    out = []
    for site, ws in sorted(words.items()):
        every = "|".join(map(re.escape, sorted(ws, key=len, reverse=True)))
        one = "|".join(
            re.escape(w) for w in sorted(ws, key=len, reverse=True) if not _plural(w, ws)
        )
        counted = re.compile(_COUNT + r"(?:" + every + r")\b", re.IGNORECASE)
        single = re.compile(_ONE + r"(?:" + one + r")\b(?!['’]s)", re.IGNORECASE)
        out.append((site, counted, single))
    return tuple(out)


def _number(word: str) -> int | None:
    digits = word.replace(",", "")
    return int(digits) if digits.isdigit() else NUMBERS.get(word.lower())


def counted_sites(texts: Iterable[str]) -> frozenset[tuple[str, int]]:
    """``(class, count)`` for each class of site the texts count struck once, one count only.

    >>> sorted(counted_sites(["Air strikes hit two schools in the city on Sunday."]))
    [('school', 2)]
    >>> sorted(counted_sites(["A strike on the Hamama school killed 16 people on Saturday."]))
    [('school', 1)]
    >>> counted_sites(["Strikes killed 30 people in the city on Sunday."])
    frozenset()
    """
    found: dict[str, set[int]] = {}
    said = [t for t in texts if t]
    for site, counted, single in _patterns():
        for t in said:
            many = [(m, _number(m.group("n")) or 0) for m in counted.finditer(t)]
            for m, n in many:
                if n >= 2:  # "a" and "an" are number words too: a singular is read below
                    found.setdefault(site, set()).add(n)
                    t = t[: m.start()] + " " * (m.end() - m.start()) + t[m.end() :]
            if single.search(t):
                found.setdefault(site, set()).add(1)
    out = {(site, next(iter(ns))) for site, ns in found.items() if len(ns) == 1}
    return frozenset(out) if out else _NONE


def other_counts(a: frozenset[tuple[str, int]], b: frozenset[tuple[str, int]]) -> str | None:
    """The class two reports count differently ("school: 1 and 2"), or ``None``.

    >>> other_counts(frozenset({("school", 1)}), frozenset({("school", 2)}))
    'school: 1 and 2'
    >>> other_counts(frozenset({("school", 2)}), frozenset({("hospital", 1)})) is None
    True
    """
    mine, theirs = dict(a), dict(b)
    for site in sorted(mine.keys() & theirs.keys()):
        if mine[site] != theirs[site]:
            return f"{site}: {mine[site]} and {theirs[site]}"
    return None
