"""A trip called off names where it would have gone ("canceled a planned visit to X"): the
act did not happen there, so that place is no place of the act. TimeML marks such an event
with negative modality; ACLED codes an event where it took place. The verbs and the
journey nouns are data (``data/lexicon/called_off.csv``, each row with its source).
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import sourced_rows


@cache
def _pattern() -> re.Pattern[str]:
    """A cancel verb at the match's start, then its object: a journey noun with at most
    three modifiers before it ("a planned state visit") and "to" after it."""
    rows = sourced_rows("called_off.csv", "word", "role")
    verbs, nouns = (
        "|".join(sorted((r["word"] for r in rows if r["role"] == role), key=len, reverse=True))
        for role in ("verb", "noun")
    )
    return re.compile(
        rf"(?:{verbs})\s+(?:[\w'’-]+\s+){{0,4}}?(?:{nouns})\s+to\s+(?:the\s+)?$", re.IGNORECASE
    )


def called_off(text: str, trigger_start: int, start: int) -> bool:
    """Whether the place at ``start`` is the destination of a journey the act at
    ``trigger_start`` calls off ("postponed his trip to X" -> True; "made a trip to X",
    "canceled talks after his trip to X" -> False)."""
    return _pattern().match(text[trigger_start:start]) is not None
