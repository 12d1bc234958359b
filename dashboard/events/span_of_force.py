"""Force told as a stretch another act came after: "agreed on Friday to a ceasefire after two
days of fighting". Moved from ``embedded_acts`` (hap72) unchanged, to keep that module short.

Shapes::

    span_of_force(text, s, main, strong, dates) -> (Trigger, DateRange) | None
"""

from __future__ import annotations

import re
from datetime import timedelta

from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention
from dashboard.events.narrative import family_of
from dashboard.model import DateRange

# "after two days of fighting", "after a week of clashes": a stretch of force that ended as
# the main act came, counted back from its day
_SPAN_OF = re.compile(
    r"\bafter\s+(?P<n>a|one|two|three|four|five|six|seven|\d)\s+(?P<unit>days?|weeks?)\s+of\s+"
    r"(?:heavy\s+|fierce\s+|deadly\s+|cross-border\s+)?$",
    re.IGNORECASE,
)
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def span_of_force(
    text: str, s: int, main: Trigger, strong: list[Trigger], dates: list[DateMention]
) -> tuple[Trigger, DateRange] | None:
    """Force told as a stretch the main act came after ("agreed on Friday to a ceasefire
    after two days of fighting"): a happening of its own (TimeML: the duration "two days"
    measures the fighting, which the main act follows), dated from that many days before the
    main clause's day up to it (precision 2: its last day may be the main act's)."""
    for t in strong:
        if t.start <= main.end or family_of(t.code) != "violence":
            continue
        span = _SPAN_OF.search(text, max(main.end, t.start - 40), t.start)
        if span is None:
            continue
        days = [
            dm.range
            for dm in dates
            if main.end - 40 <= s + dm.start < span.start() and dm.range.start == dm.range.end
        ]
        if not days:
            return None
        n = span.group("n").lower()
        count = int(n) if n.isdigit() else _COUNT[n]
        length = count * (7 if span.group("unit").lower().startswith("week") else 1)
        day = days[-1]
        reason = f"the {length} days up to the main clause's date ({day.reason})"
        return t, DateRange(day.end - timedelta(days=length), day.end, 2, day.text, reason)
    return None
