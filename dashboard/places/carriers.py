"""A place's name inside an airline's name names the carrier, not the place: "A Jeju Air
jet crashed at Muan".

Carriers are often named after their state or home town (ICAO Doc 8585, Designators for
Aircraft Operating Agencies), and their planes fly, and crash, elsewhere. The ACE 2005
entity guidelines tag the whole name ORG, so its place word is no GPE mention: not where
the crash or the flight was. The words that make a name a carrier's after the place's name
are data with a source on each row (``data/gazetteer/carrier_words.csv``: today "Air";
"Air India" and "Alaska Airlines" are already one unknown capitalised name to the
recogniser); such a word is a carrier's only when no word of a state's air arm or of an
airfield follows (``AIR_SERVICE``: "the Ukraine Air Force", "Incirlik Air Base" keep
their place).
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.paths import data_dir
from dashboard.places.recognise import Match
from dashboard.sourced_rows import read_sourced

# "Air" followed by these is an armed service, a base or a field, not a carrier's name
AIR_SERVICE = (
    "Force|Forces|Base|Bases|Defence|Defense|Station|Command|Wing|Field|National|Guard|Show|Space"
)


@lru_cache(maxsize=1)
def _following() -> re.Pattern[str]:
    """The carrier words of the data file right after a name, case-sensitive (a carrier's
    name is written with capitals: "by air" is no airline). Raises ``ValueError`` for a row
    without its word or source."""
    rows = read_sourced(data_dir() / "gazetteer" / "carrier_words.csv", "word")
    words = sorted((r["word"] for r in rows), key=len, reverse=True)
    return re.compile(rf" (?:{'|'.join(map(re.escape, words))})\b(?! (?:{AIR_SERVICE})\b)")


def without_carriers(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` less the names that open an airline's name (see the module), dropped
    before resolution so that they back no namesake either.

    >>> from dashboard.places.recognise import Match
    >>> t = "A Jeju Air jet hit a wall in Muan."
    >>> [t[m.start : m.end] for m in without_carriers(t, [Match(2, 6, ()), Match(29, 33, ())])]
    ['Muan']
    """
    if "Air" not in text:
        return matches  # the common case
    following = _following()
    return [m for m in matches if not following.match(text, m.end)]
