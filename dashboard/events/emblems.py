"""A name used only as an emblem's modifier: "waved Georgian and European Union flags",
"sang the Ukrainian anthem", "draped in Palestinian colours". The name says whose emblem
it is; a modifier belongs to its noun's phrase (Huddleston and Pullum 2002, ch. 5), so the
name is neither where the act happened nor a side of it. The emblem nouns are
``data/lexicon/emblems.csv`` rows, each with its source.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import sourced_rows

# a coordinated modifier may run to a few capitalised words ("Georgian and European Union
# flags"); "national" may stand before the noun ("the Ukrainian national flag")
_NAME_WORDS = r"(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3}"


@cache
def _emblem_after() -> re.Pattern[str]:
    words = "|".join(re.escape(r["word"]) for r in sourced_rows("emblems.csv", "word"))
    return re.compile(
        rf"(?:\s*(?:,|and|or)\s+{_NAME_WORDS})*\s+(?:national\s+)?(?:{words})\b",
        re.IGNORECASE,
    )


def emblem_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` only modifies an emblem noun, alone or in a list.

    >>> emblem_after("waved Georgian and European Union flags", 14)
    True
    >>> emblem_after("marched to the European Union office", 33)
    False
    """
    return _emblem_after().match(text, end) is not None
