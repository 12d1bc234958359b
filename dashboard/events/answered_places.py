"""Places named inside the act another act answers: "detained 14 activists who had gathered to
protest against the arrest of their leaders in Mbeya", "marched on Tuesday to denounce the
shooting of protesters outside parliament in Nairobi".

The town after "the arrest of ... in" is where the arrest was: the act told (the detention,
the march) answers it, and ACLED codes an event where it happened, a demonstration where the
crowd stood, its issue as a note (ACLED Codebook 2023, "Geography"; CAMEO 1.1b3 ch. 14, a
protest's issue is no part of its place). The act's noun is one of
``data/lexicon/answered_acts.csv``; the cue before it says what answers it: a protest or a
reaction ("to protest against", "over", "to denounce", "condemning") or a time anchor
("after", "following"). A cue right after the act's own trigger ("protested against the arrest
of students in Lyon") is the trigger's own complement, and there the crowd may have stood in
Lyon too, so only a cue with other words between it and the trigger counts (``answered_place``).
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import sourced_rows

# what answers an act named after it: a protest's or a reaction's preposition or verb, or a
# time anchor (TimeML TLINK AFTER); then a determiner or a possessive, up to two modifiers
_CUE = (
    r"\b(?:against|over|after|following|(?:to\s+)?(?:protest(?:ed|ing)?|denounc(?:e|ed|ing)|"
    r"condemn(?:ed|ing)?|decr(?:y|ied|ying)|mourn(?:ed|ing)?))\s+"
    r"(?:(?:the|their|his|her|its|our|a|an)\s+)(?:[\w'’-]+\s+){0,2}?"
)
# the act's complement up to the place: "of their leaders in", "of protesters outside
# parliament in"; no comma, semicolon or full stop (one noun phrase)
_TAIL = r"(?:\s+of\s+[^,;.]{1,60}?)?\s+(?:in|at|outside|near)\s+(?:the\s+)?$"
_REACH = 140  # characters back from the place within which the cue may open
# the tail with its end left open: what a text holds wherever ``answered_place`` finds one
_OPEN_TAIL = r"(?:\s+of\s+[^,;.]{1,60}?)?\s+(?:in|at|outside|near)\s"


@cache
def _pattern(tail: str = _TAIL) -> re.Pattern[str]:
    nouns = sorted({r["noun"].strip().lower() for r in sourced_rows("answered_acts.csv", "noun")})
    return re.compile(_CUE + r"(?:" + "|".join(map(re.escape, nouns)) + r")" + tail, re.I)


def may_answer(text: str) -> bool:
    """Could ``answered_place`` find a cue anywhere in ``text``? Its pattern less the anchor
    at the place: a match it finds in a stretch ending at a place is one of this pattern's
    (the stretch's end is the only end its ``$`` reads, and the stretch's first ``\\b`` reads
    the character before it, as here), so a text without one names no answered place. One
    scan a sentence, where the regroup asked every place its article names of every sentence
    of every report (session 86).

    >>> may_answer("They gathered to protest against the arrest of their leaders in Mbeya.")
    True
    >>> may_answer("Police detained 14 activists in Mbeya.")
    False
    """
    return _pattern(_OPEN_TAIL).search(text) is not None


def answered_place(text: str, start: int, lo: int = 0) -> int | None:
    """Where the cue opens when the place at ``start`` stands in the complement of an act
    another act answers ("... to protest against the arrest of their leaders in |Mbeya"),
    looking back no further than ``lo``; else ``None``.

    >>> s = "Police detained 14 activists who had gathered to protest against the arrest of their leaders in Mbeya."
    >>> answered_place(s, s.index("Mbeya")) is not None
    True
    >>> answered_place("Police detained 14 activists in Mbeya.", 32) is None
    True
    """
    m = _pattern().search(text, max(lo, start - _REACH), start)
    return m.start() if m else None
