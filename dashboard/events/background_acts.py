"""Acts named as a situation that has lasted years: "the decade-long killing of activists",
"years of shelling", "two decades of war".

TimeML (Pustejovsky et al. 2003; TimeML 1.2.1 §2.2.1) gives an event its own duration: a
modifier that says an act spans years ("decade-long", "years of") makes it a state of the
background, not an occurrence of the article's day. ACE 2005's event guidelines annotate a
specific occurrence, and the house reads precision first: such an act could be dated only to
a span with no edge the text gives ("years" back from when?), so it is no event here. The act
told within the span on a day of its own ("two days of shelling killed 12 on Friday") stays:
days and weeks are the reporting's own grain.
"""

from __future__ import annotations

import re

from dashboard.events.lexicon import Match
from dashboard.events.tokens import Token

# "decade-long", "years-long", "year-long", "decades-old", "10-year", "century-old"
_SPAN_MODIFIER = re.compile(r"(?:\w+-)?(?:years?|decades?|century|centuries)-(?:long|old)")
# "years of", "decades of", "a decade of", "two years of", "a year of"
_SPAN_NOUNS = frozenset("year years decade decades century centuries".split())
_COUNTS = frozenset(
    "a the two three four five six seven eight nine ten several many some fifteen twenty "
    "past last".split()
)
# words between the determiner and the act's noun that may precede it in its noun phrase
_MODIFIER_GAP = 2


def spans_years(tokens: list[Token], m: Match) -> bool:
    """Is the act at ``m`` named as a situation spanning years: a span modifier in its noun
    phrase ("the decade-long killing", "its years-long brutal war"), or "years of" before it
    ("years of shelling", "a decade of fighting")? "Years of" needs a plural or a counted
    noun: "two days of shelling" is the report's grain and stays."""
    f = m.first
    if f >= 2 and tokens[f - 1].lower == "of" and tokens[f - 2].lower in _SPAN_NOUNS:
        noun = tokens[f - 2].lower
        # a bare singular is a unit of a date ("the year of the war"), not a span
        return noun.endswith("s") or (f >= 3 and tokens[f - 3].lower in _COUNTS - {"the"})
    for k in range(f - 1, max(-1, f - 1 - _MODIFIER_GAP), -1):
        t = tokens[k]
        if t.boundary or ("VERB" in t.pos and "ADJ" not in t.pos):
            return False
        if _SPAN_MODIFIER.fullmatch(t.lower):
            return True
    return False
