"""Two administrative measures of one root that CAMEO codes apart: a curfew and a state of
emergency (or martial law) are two leaf codes under §172 impose administrative sanctions
(1723, 1724; §081 eases them: 0813, 0814), so one authority's curfew and another's state of
emergency a day later in one territory are two happenings, though the merge compares roots.

The rule is kept narrow (``data/lexicon/distinct_measures.csv``): only measures named by a
noun of their own, so a report that names both measures ("declared a state of emergency and
a night curfew") tells of one decree and is never split from either. §1721 (restrictions on
political freedoms) and §1722 (bans on parties) are left out: an emergency decree often
carries them, and their words ("ban", "restrictions") name no one measure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from dashboard.events.lexicon import sourced_rows


@cache
def _rows() -> tuple[tuple[str, frozenset[str], re.Pattern[str]], ...]:
    out = []
    for row in sourced_rows("distinct_measures.csv", "measure", "codes", "nouns"):
        nouns = "|".join(r"\s+".join(map(re.escape, n.split())) for n in row["nouns"].split("|"))
        out.append(
            (row["measure"], frozenset(row["codes"].split()), re.compile(rf"\b(?:{nouns})\b", re.I))
        )
    return tuple(out)


def measure_of(code: str) -> str | None:
    """The measure a full CAMEO code imposes or eases, or ``None`` for any other code.

    >>> measure_of("1723"), measure_of("0814"), measure_of("172")
    ('curfew', 'emergency', None)
    """
    return next((m for m, codes, _ in _rows() if code in codes), None)


def named_measures(sentences: Iterable[str]) -> frozenset[str]:
    """The measures the sentences name by their nouns.

    >>> sorted(named_measures(["Officials declared a state of emergency and a dusk curfew."]))
    ['curfew', 'emergency']
    """
    texts = [s for s in sentences if s]
    return frozenset(m for m, _, rx in _rows() if any(rx.search(t) for t in texts))


def two_measures(
    code_a: str, named_a: frozenset[str], code_b: str, named_b: frozenset[str]
) -> bool:
    """Are two reports of two distinct measures: each coded as one, the two differ, and
    neither report's sentences name the other's measure?

    >>> two_measures("1723", frozenset({"curfew"}), "1724", frozenset({"emergency"}))
    True
    >>> two_measures("1723", frozenset({"curfew", "emergency"}), "1724", frozenset({"emergency"}))
    False
    >>> two_measures("1723", frozenset({"curfew"}), "172", frozenset())
    False
    """
    a, b = measure_of(code_a), measure_of(code_b)
    if a is None or b is None or a == b:
        return False
    return b not in named_a and a not in named_b
