"""Where the freed went after a release: "Hamas freed three hostages on Saturday, and they
were flown to Tel Aviv", "released the aid worker, who landed in Paris hours later".

CAMEO 1.1b3 §0841 (release persons) is an act of the holder, done where the holder gives
its captives up, and ACLED codes an event where it took place; the place the freed were
carried to or arrived at afterwards is their destination, told in a clause or relative
clause coordinated after the release (Quirk et al. 1985, 13.22: clauses joined by "and"
tell events in their order). The verbs are the rows of
``data/lexicon/freed_arrivals.csv``, the pronouns, auxiliaries and adverbs around them
``classes.csv`` rows ``FREED_SUBJECT_PRONOUN``, ``ARRIVAL_AUXILIARY``, ``ARRIVAL_ADVERB``
and ``ARRIVAL_DIRECTION``; "conveyed" reads the same carriage when no subject
opens the clause ("kidnapped and flown to X"). Short carriages ("taken to", "brought to",
"driven to") are left out: a hospital or a police station is most often in the town of the
release.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import sourced_rows, word_class
from dashboard.events.trigger import Trigger
from dashboard.model import Mention

ARRIVAL_REACH = 90  # characters back from the place the "and they were flown to" may open


@cache
def _arrival() -> re.Pattern[str]:
    """ "and they were flown to", ", who landed in", "; she was later flown to a hospital
    in" right before a place, the verbs from the data file."""
    words = "|".join(
        sorted(
            (re.escape(r["word"].strip()) for r in sourced_rows("freed_arrivals.csv")),
            key=len,
            reverse=True,
        )
    )
    pronoun, after, direction = (
        _class("FREED_SUBJECT_PRONOUN"),
        _class("ARRIVAL_AUXILIARY", "ARRIVAL_ADVERB"),
        _class("ARRIVAL_DIRECTION"),
    )
    return re.compile(
        rf"(?:\band\b|,\s*who\b|;)\s+(?:(?:{pronoun}|the\s+\w+)\s+)?"
        rf"(?:(?:{after})\s+){{0,3}}"
        rf"(?:{words})\s+(?:(?:{direction})\s+)?(?:in|at|to|into)\s+"
        r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+(?:in|at|near|outside)\s+(?:the\s+)?)?$",
        re.IGNORECASE,
    )


def _class(*names: str) -> str:
    """The words of the ``classes.csv`` rows ``names`` as one alternation, longest first."""
    words = set().union(*(word_class(n) for n in names))
    return "|".join(sorted(words, key=len, reverse=True))


def freed_arrival(text: str, trigger: Trigger, place: Mention | None) -> bool:
    """True when ``place``, read for the release ``trigger`` (CAMEO §084), is where the freed
    were carried or arrived after it, told after the trigger.

    ("The rebels freed two nuns on Sunday, and they were flown to Rome": Rome.)
    """
    if place is None or not (trigger.full or trigger.code).startswith("084"):
        return False
    if place.start <= trigger.end:
        return False
    cue = _arrival().search(text, max(trigger.end, place.start - ARRIVAL_REACH), place.start)
    return cue is not None
