"""The day of a reporting clause that closes a present-perfect "since" stretch.

"Police have arrested 500 people since Friday's vote, the minister said on Wednesday": the
present perfect holds the arrests up to the time of the report it is told in (Quirk et al.
1985 §4.21-4.22, the perfect relates a past act to a later reference time; here the saying's,
told in the past by a reporting verb, cues.csv ``report``), so the day after "said" ends the
stretch that "since" opens; it dates the saying, no single day of the act.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from dashboard.events.dates import DateMention
from dashboard.events.lexicon import load
from dashboard.events.tokens import verb_forms

# ", the interior minister said on Wednesday": a short subject and the reporting verb right
# before the date phrase, after a comma that closes the act's clause
_TAIL = re.compile(r",\s+(?:[\w'’.-]+\s+){1,6}?(?P<verb>[a-z]+)\s+$")
_WORD_REACH = 80  # characters from the comma to the date: a subject of a few words


@cache
def _reporting() -> frozenset[str]:
    """The one-word lemmas of cues.csv ``report`` ("say", "tell", "announce" …)."""
    return frozenset(c[0] for c in load().cues.get("report", ()) if len(c) == 1)


def saying_day(
    sentence: str, dates: list[DateMention], trigger_start: int, pub: date
) -> date | None:
    """The day of the one date mention of ``dates`` (offsets in ``sentence``) that follows
    a reporting verb in the past in a clause after the act at ``trigger_start`` (", the
    minister said on Wednesday"), when it is a single day not after ``pub``; None when there
    is no such mention or any other date among ``dates``."""
    if len(dates) != 1:
        return None
    dm = dates[0]
    if dm.start <= trigger_start or dm.range.start != dm.range.end or dm.range.end > pub:
        return None
    tail = _TAIL.search(sentence, max(trigger_start, dm.start - _WORD_REACH), dm.start)
    if tail is None:
        return None
    forms = verb_forms(tail["verb"].lower())
    if forms is None or forms[0] not in _reporting() or "VBD" not in forms[1]:
        return None
    return dm.range.end
