"""A counted time before or after another happening, opening a stretch of a sentence.

"…, a day after the stabbing, and was arrested": "a day after the stabbing" is an adjunct
of time (Quirk et al. 1985, 8.51-8.53: time-position adjuncts, a measure phrase premodifying
"after"/"before"; TimeML 1.2.1 marks "a day" a TIMEX3 and "after" its SIGNAL), not a clause
with a subject of its own, so a card's line never starts there. The quantifiers and the
relation words are ``classes.csv`` rows ``TIME_QUANTIFIER`` and ``TIME_RELATION``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.events.dates_common import NUMBER_WORDS_RX
from dashboard.events.lexicon import word_class


@lru_cache(maxsize=1)
def _counted() -> re.Pattern[str]:
    units, counts, relations = (
        _words("TIME_UNIT"),
        _words("TIME_QUANTIFIER"),
        _words("TIME_RELATION"),
    )
    return re.compile(
        rf"(?:(?:\d+|{NUMBER_WORDS_RX}|{counts})\s+)?(?:{units})\s+(?:{relations})\b",
        re.IGNORECASE,
    )


def _words(name: str) -> str:
    """The ``classes.csv`` row ``name`` as an alternation, longest first, any space matching
    a run of spaces."""
    words = sorted(word_class(name), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def opens_time_adjunct(tail: str) -> bool:
    """Whether ``tail`` opens on a counted time before or after something ("a day after the
    stabbing, and was arrested", "hours before the vote"): an adjunct, no clause.

    >>> opens_time_adjunct("a day after the stabbing, and was arrested")
    True
    >>> opens_time_adjunct("police arrested him a day after the stabbing")
    False
    """
    return _counted().match(tail.lstrip()) is not None
