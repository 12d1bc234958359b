"""Where someone was carried after the act, told by a second participle coordinated after
it ("he had been kidnapped and flown to Venezuela"), is not where the act was done.

Two passive verbs joined by "and" tell two acts in their order (Quirk et al. 1985 §13.21,
coordination of predications; "and" of sequence), so the goal phrase "to X" of the second
belongs to the second alone: it tells where the captive ended up, which ACLED does not code
as the place of a seizure or attack (it codes where the event took place). Only
participles of carriage over a distance or a border count (``data/lexicon/
conveyance_participles.csv``: flown, smuggled, deported, ...): "was arrested and taken to a
police station in X" most often stays in the town it began in, and is left to other rules.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import sourced_rows

CONVEYED_REACH = 60  # characters back from the place the "and <participle> to" may open


@cache
def _conveyed() -> re.Pattern[str]:
    """ "and (then) flown (back) to (the)" right before a place, the participles from the
    data file; "before being flown to" tells the same order."""
    words = "|".join(
        sorted(
            (re.escape(r["word"].strip()) for r in sourced_rows("conveyance_participles.csv")),
            key=len,
            reverse=True,
        )
    )
    return re.compile(
        r"\b(?:and|before\s+being|then)\s+(?:(?:then|later|was|were|been|subsequently)\s+){0,2}"
        rf"(?:{words})\s+(?:(?:back|out|away|abroad|secretly)\s+)?to\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


def conveyed_to(text: str, place_start: int, trigger_start: int) -> bool:
    """True when the place starting at ``place_start`` is the goal of a carriage participle
    coordinated after the act's trigger (at ``trigger_start``, before the cue).

    >>> t = "He had been kidnapped and flown to Venezuela."
    >>> conveyed_to(t, t.index("Venezuela"), t.index("kidnapped"))
    True
    >>> t = "He was kidnapped in Lagos and flown to Venezuela."
    >>> conveyed_to(t, t.index("Lagos"), t.index("kidnapped"))
    False
    """
    cue = _conveyed().search(text, max(0, place_start - CONVEYED_REACH), place_start)
    return cue is not None and trigger_start < cue.start()
