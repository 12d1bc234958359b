"""Acts named as a situation that has lasted years: "the decade-long killing of activists",
"years of shelling", "two decades of war".

TimeML (Pustejovsky et al. 2003; TimeML 1.2.1 §2.2.1) gives an event its own duration: a
modifier that says an act spans years ("decade-long", "years of") makes it a state of the
background, not an occurrence of the article's day. ACE 2005's event guidelines annotate a
specific occurrence, and the house reads precision first: such an act could be dated only to
a span with no edge the text gives ("years" back from when?), so it is no event here. The act
told within the span on a day of its own ("two days of shelling killed 12 on Friday") stays:
days and weeks are the reporting's own grain. So does an act years back from the day told,
"three years since the invasion", and one told as years old, "the war entered its third year":
its own day is not the article's, and the sentence tells the marking or the milestone.
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
    noun: "two days of shelling" is the report's grain and stays. Also an act counted years
    back ("marked three years since Russia's invasion", ``_years_since``) or told entering a
    year of its own ("the war entered its third year", ``_year_entered``)."""
    f = m.first
    if _years_since(tokens, f) or _year_entered(tokens, m.last):
        return True
    if f >= 2 and tokens[f - 1].lower == "of" and tokens[f - 2].lower in _SPAN_NOUNS:
        noun = tokens[f - 2].lower
        # a bare singular is a unit of a date ("the year of the war"), not a span
        return noun.endswith("s") or (f >= 3 and tokens[f - 3].lower in _COUNTS - {"the"})
    for k in range(f - 1, max(-1, f - 1 - _MODIFIER_GAP), -1):
        t = tokens[k]
        if t.boundary or ("VERB" in t.pos and "ADJ" not in t.pos):
            return False
        # every span modifier ends so: the pattern is tried on the few words that do
        if t.lower.endswith(("-long", "-old")) and _SPAN_MODIFIER.fullmatch(t.lower):
            return True
    return False


# "three years since", "a year since", "two decades since": a count of years before "since"
_SINCE_COUNTS = _COUNTS | frozenset("one eleven twelve".split())
# the words from "since" to the act: "since Russia's full-scale invasion", "since the war"
_SINCE_GAP = 5
# "entered its third year", "marked its second anniversary", "reached its fourth year"
_MILESTONE_VERBS = frozenset("enter mark reach begin start".split())
_MILESTONES = frozenset("year decade anniversary".split())
_AFTER_ACT = 4  # words between the act's noun and the milestone verb ("war in Sudan entered")


def _years_since(tokens: list[Token], f: int) -> bool:
    """Is the act at ``f`` the object of "since" after a count of years ("three years since
    the invasion", "100 years since the massacre")? A noun phrase, or a clause ("a year
    since Russia invaded"), with no mark or finite verb between "since" and the act."""
    for k in range(f - 1, max(-1, f - 1 - _SINCE_GAP), -1):
        t = tokens[k]
        if t.lower == "since":
            if k < 2 or tokens[k - 1].lower not in _SPAN_NOUNS:
                return False
            count = tokens[k - 2]
            return count.lower in _SINCE_COUNTS or count.text.isdigit()
        # a past or third-person verb starts another clause; "full-scale", "start" may be a
        # base verb form as well as a modifier or a noun, so base forms do not stop the walk
        if t.boundary or t.tags & {"VBD", "VBZ"}:
            return False
    return False


def _year_entered(tokens: list[Token], last: int) -> bool:
    """Is the act ending at ``last`` the subject of a milestone of years ("the war in Sudan
    entered its third year", "the siege marked its first anniversary")?"""
    for k in range(last + 1, min(len(tokens), last + 2 + _AFTER_ACT)):
        t = tokens[k]
        if t.boundary:
            return False
        if t.keys & _MILESTONE_VERBS and "VERB" in t.pos:
            rest = [x.lower for x in tokens[k + 1 : k + 4]]
            return bool(rest) and rest[0] == "its" and any(w in _MILESTONES for w in rest)
    return False
