"""A counted time before or after another happening, opening a stretch of a sentence.

"…, a day after the stabbing, and was arrested": "a day after the stabbing" is an adjunct
of time (Quirk et al. 1985, 8.51-8.53: time-position adjuncts, a measure phrase premodifying
"after"/"before"; TimeML 1.2.1 marks "a day" a TIMEX3 and "after" its SIGNAL), not a clause
with a subject of its own, so a card's line never starts there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.events.dates_common import NUMBER_WORDS_RX
from dashboard.events.lexicon import word_class


@lru_cache(maxsize=1)
def _counted() -> re.Pattern[str]:
    units = "|".join(sorted(word_class("TIME_UNIT"), key=len, reverse=True))
    return re.compile(
        rf"(?:(?:a|an|\d+|{NUMBER_WORDS_RX}|a\s+few|several|some)\s+)?(?:{units})\s+"
        r"(?:after|before|earlier\s+than|later\s+than)\b",
        re.IGNORECASE,
    )


def opens_time_adjunct(tail: str) -> bool:
    """Whether ``tail`` opens on a counted time before or after something ("a day after the
    stabbing, and was arrested", "hours before the vote"): an adjunct, no clause.

    >>> opens_time_adjunct("a day after the stabbing, and was arrested")
    True
    >>> opens_time_adjunct("police arrested him a day after the stabbing")
    False
    """
    return _counted().match(tail.lstrip()) is not None
