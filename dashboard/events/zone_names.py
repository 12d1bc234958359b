"""A place named only as the time zone a clock is read in is no place of the event.

"The airline suspended flights at 6 p.m. Moscow time": "Moscow time" names the zone of the
clock (Unicode CLDR metazone names, "{0} Time"; AP Stylebook, "time zones"), not where the
act was. A mention that a clock reading stands right before and a zone word ("time",
"standard time") right after is set aside. Both word sets are data
(``data/lexicon/zone_words.csv``, a source per row).
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.events.lexicon import sourced_rows
from dashboard.model import Mention


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    """The zone words and clock words of ``zone_words.csv``, by kind.

    Raises ValueError naming the row when a row has no source or an unknown kind."""
    out: dict[str, list[str]] = {"zone": [], "clock": []}
    for row in sourced_rows("zone_words.csv", "kind", "word"):
        if row["kind"] not in out:
            raise ValueError(f"zone_words.csv: unknown kind in {row!r}")
        out[row["kind"]].append(row["word"].strip())
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a clock reading ending right before a name, a zone word right after one)."""
    words = _words()
    # "6 p.m.", "18:00", "0600", "midnight", "noon", "(6 p.m." before the zone's name
    clock = re.compile(
        rf"(?:\d|\b[ap]\.?m\.?|\b(?:{_alternation(words['clock'])}))\s*[(,]?\s*$", re.IGNORECASE
    )
    zone = re.compile(rf"\s+(?:{_alternation(words['zone'])})\b", re.IGNORECASE)
    return clock, zone


def zone_of_clock(text: str, m: Mention) -> bool:
    """Whether mention ``m`` names the time zone of a clock reading ("at 9 a.m. Moscow time").

    >>> from dashboard.model import Mention
    >>> t = "halted supplies at 9 a.m. Moscow time on Monday"
    >>> zone_of_clock(t, Mention(26, 32, "Moscow", None, 0.0, ""))
    True
    """
    clock, zone = _patterns()
    return (
        bool(zone.match(text, m.end))
        and clock.search(text, max(0, m.start - 16), m.start) is not None
    )
