"""An act in the present perfect with a "since" clause runs from that clause's date to now.

"Since the war began in 2022, Russia has shelled Kharkiv almost daily": TimeML relates the
shelling to the "since" clause's time as BEGUN_BY, and the present perfect ("has shelled")
holds it to the time of writing, so its range is the start of 2022 to publication, not 2022
alone. A past perfect ("had shelled") ends at a past reference time the text does not date, and
a simple past ("shelled") is no span, so neither is touched; nor is a ranked "since" ("the
worst attack since 2022"), which compares and opens no act, nor an act with a date of its own
outside the "since" stretch ("have killed 12 civilians on Friday"). A day told only by a
reporting clause after the act ("…, the minister said on Wednesday") dates the saying: the
perfect holds the act up to that day, so the stretch ends there (``dates_since_said``).
"""

from __future__ import annotations

import re
from datetime import date

from dashboard.events.dates import DateMention
from dashboard.events.dates_common import precision_for
from dashboard.events.dates_since_said import saying_day
from dashboard.model import DateRange

# the present perfect ending at the trigger's first word: "has shelled", "have repeatedly fled",
# "has been shelling"
_PERFECT = re.compile(
    r"\b(?:has|have|'ve|’ve)\s+(?:[a-z]+ly\s+|also\s+|been\s+){0,2}"
    # the act as the aim of a perfect of use or effort ("has used the courts to crush
    # dissent since 2021", "have sought to silence critics since"): the infinitive's act
    # runs as long as the perfect does (Quirk et al. 1985, 15.12: an infinitive of purpose)
    r"(?:(?:used|sought|tried|continued)\s+(?:[\w'’-]+\s+){0,3}?to\s+)?$",
    re.I,
)
# "since" opening a clause or a phrase, not after a ranking word ("the worst ... since")
_SINCE = re.compile(r"\bsince\b", re.I)
_RANKED = re.compile(r"\b(?:\w+iest|worst|biggest|largest|first|most\s+\w+)\b[^.;,]{0,60}$", re.I)
# a "since" stretch ends at a clause break
_BREAK = re.compile(r"[,;:.]|\b(?:and|but)\b")


def since_perfect(
    sentence: str, trigger_start: int, dates: list[DateMention], pub: date
) -> DateRange | None:
    """The range from the start of the date in a "since" stretch of ``sentence`` to ``pub``,
    when the verb ending at ``sentence[trigger_start]`` is a present perfect; else None.
    ``dates`` are the sentence's date mentions (offsets into ``sentence``).

    Example: "Since the war began in 2022, Russia has shelled Kharkiv" -> 2022-01-01 to ``pub``.
    """
    if not _PERFECT.search(sentence, max(0, trigger_start - 30), trigger_start):
        return None
    for m in _SINCE.finditer(sentence):
        if _RANKED.search(sentence, max(0, m.start() - 80), m.start()):
            continue
        stop = _BREAK.search(sentence, m.end())
        end = stop.start() if stop else len(sentence)
        if m.start() < trigger_start < end:
            continue  # the trigger sits inside the "since" stretch: it is that clause's act
        # "since last Friday" is one mention from "since" on; "since the war began in 2022" holds one
        inside = [dm for dm in dates if m.start() <= dm.start < end and dm.range.start <= pub]
        if not inside:
            continue
        outside = [dm for dm in dates if not m.start() <= dm.start < end]
        said = saying_day(sentence, outside, trigger_start, pub)
        if outside and said is None:
            return None  # "have killed 12 ... on Friday": the act has a date of its own
        start, last = inside[0].range.start, said or pub
        if last < start:
            return None
        told = f"the saying's day ({last})" if said else f"publication ({pub})"
        return DateRange(
            start,
            last,
            precision_for(start, last),
            inside[0].text,
            f"present perfect since {inside[0].range.reason}: from it to {told}",
        )
    return None
