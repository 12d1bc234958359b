"""A church see named in a cleric's title is the cleric's office, no place of an act.

"expelled the bishop of Matagalpa": a bishop's title names his diocese (the see), as an
ambassador's names his post (``place_cues.POST_BEFORE``); the act on the bishop happened where
he was, which the title does not say (ACLED codes where the event took place, and a person's
office names no such place). Source: the Code of Canon Law, c. 376 (a diocesan bishop is
named for the particular church entrusted to him), and AP style ("the bishop of X").
"""

from __future__ import annotations

import re

from dashboard.model import Mention

# the cleric's title, then "of" (a see may be called "the Diocese of X" too)
_SEE_TITLE = re.compile(
    r"\b(?:(?:arch)?bishops?|cardinals?|patriarchs?|metropolitans?|primates?|eparchs?)\s+"
    r"of\s+(?:the\s+)?(?:(?:arch)?diocese\s+of\s+)?$",
    re.IGNORECASE,
)
_REACH = 40  # characters back from the name to its title


def see_in_title(text: str, lo: int, m: Mention) -> bool:
    """Whether ``m`` (in a clause from ``lo``) is the see in a cleric's title ("the Catholic
    bishop of Matagalpa"): the office, not the act's place."""
    return _SEE_TITLE.search(text, max(lo, m.start - _REACH), m.start) is not None
