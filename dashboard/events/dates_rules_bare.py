"""The last rows of the date rule table (``dates.RULES``): single words and bare numbers,
tried after every longer phrase ("yesterday", "on Friday", "the weekend", "the 12th", "in
March", "now", "in 1990").
"""

from __future__ import annotations

from dashboard.events import dates_absolute as ab
from dashboard.events import dates_relative as rel
from dashboard.events import dates_that as that
from dashboard.events.dates_common import (
    PART_OPT,
    PART_RX,
    WEEKDAY_RX,
    WEEKEND_ACTS,
    YEAR_RX,
    Rule,
    rx,
)
from dashboard.events.dates_handlers import (
    _DET,
    _MONTH_FULL,
    _NOUN,
    _PREP,
    _era_year,
    _month_only,
    _noun_year,
    _year_cue,
    _year_in_list,
)
from dashboard.events.word_trie import case_blind_alternation

# The words before a date (prepositions, "the year", "dating to") as tries
# (``word_trie.case_blind_alternation``): the rules are IGNORECASE, where ``re`` entered each
# word in turn at every place it tried (speed79). A space follows each list in its rule, so
# "throughout" may come before "through" (a trie keeps a word that opens a longer one last):
# no place matches both with a space after.
_WEEKEND_PREP = case_blind_alternation("over at during on throughout through by until".split())
_YEAR_PREP = case_blind_alternation(
    [
        *"in during since of by until till from throughout through before after around".split(),
        *"circa between".split(),
        *["the year", "back to", "dating to", "dates to", "dated to", "as early as"],
        *["as late as", "no later than", "no earlier than"],
    ]
)
_SHORT_YEAR_PREP = case_blind_alternation(
    "in since of during by until till from through before after around".split()
)

# Single words and bare numbers (yesterday, a weekday, a month, now, a year), tried last
BARE_RULES: list[Rule] = [
    Rule(
        rx(
            r"\b(?P<word>the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))\b(?:\s+(?:morning|afternoon|evening|night))?"
        ),
        rel.relative_day,
        True,
        needs="relday",
    ),
    # "the following Monday", "the previous Friday" are the anchored rule's; so is "the next
    # Sunday" told in the past (``rel.weekday`` leaves it)
    # (its ``\b`` before the look-behinds, not after: all test one place, so the order changes
    # no match, and ``re`` tries the two dozen look-behinds only where a word starts; issue 15)
    Rule(
        rx(
            rf"\b(?<!every )(?<!each )(?<!following )(?<!preceding )(?<!previous )(?<!prior ){that.NOT_AFTER_THAT}(?:(?P<which>last|this past|this|next|coming|past)\s+|on\s+)?{WEEKDAY_RX}(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\b"
        ),
        rel.weekday,
        True,
        needs="weekday",
    ),
    Rule(
        rx(
            rf"\b{_WEEKEND_PREP}\s+the\s+weekend\b(?!\s+of\s)|\bthe\s+weekend\b(?=\s*[,.;]|\s*$|['’]s\b)"
            # "the weekend attacks": the noun of time as a premodifier of an act's noun dates
            # it as its genitive does ("the weekend's attacks"; Quirk et al. 1985, 17.108
            # nouns as premodifiers; TimeML TIMEX3 marks "the weekend" there as a DATE)
            rf"|\bthe\s+weekend\b(?=\s+{WEEKEND_ACTS}\b)"
        ),
        rel.the_weekend,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            r"\b(?:on|by|until|till|since|before|after)\s+the\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)\b(?![-'’]\w)(?!\s+(?:of|century|centuries|anniversary|time|times|day|days|floor|round|place|birthday|amendment|minute|hour|week|month|year|consecutive|straight|annual|edition|session|congress|parliament)\b)"
        ),
        ab.day_of_month,
        True,
        needs="digit",
    ),
    # the bare month: ``\b`` first, as the bare weekday's above
    Rule(
        rx(
            rf"\b(?<!following )(?<!preceding ){that.NOT_AFTER_THAT}(?:{PART_RX}[ -](?:of\s+)?)?(?:(?P<which>last|next|this|past|previous)\s+|{_PREP}){_MONTH_FULL}\b(?!\s*\d)(?![-'’]\w)"
        ),
        _month_only,
        True,
        needs="month",
    ),
    Rule(
        rx(
            rf"\b{PART_OPT}{_PREP}(?P<which>last|next|this|past|previous)\s+{_MONTH_FULL}\b(?!\s*\d)"
        ),
        _month_only,
        True,
        needs="month",
    ),
    Rule(
        rx(
            rf"\b(?P<det>the|an?|its|their|his|her) {_MONTH_FULL}(?= [a-z]{{3,}})(?! (?:of|and|or|to|in)\b)"
        ),
        _month_only,
        True,
        needs="month",
    ),
    Rule(
        rx(
            r"\b(?:in|into|for)\s+the\s+(?:(?:near|foreseeable|immediate|not[- ]too[- ]distant)\s+)?future\b(?![-'’]\w)"
        ),
        rel.future_ref,
        True,
        needs="future",
    ),
    Rule(
        rx(
            r"\b(?:right now|for now|by now|until now|up to now|now|currently|at present|at the moment|these days|nowadays|presently)\b(?![-'’]\w)"
        ),
        rel.present,
        True,
        needs="present",
    ),
    Rule(
        rx(
            rf"\b{_YEAR_PREP}\s+(?:at\s+(?:the\s+)?(?:least|latest|earliest)\s+)?{PART_OPT}{YEAR_RX}(?!(?<=0)['’]s)"
        ),
        _year_cue,
        False,
        needs="digit",
    ),
    # "in '98", "the summer of '69": a two-digit year after a year word (not "the '90s")
    Rule(
        rx(rf"\b{_SHORT_YEAR_PREP}\s+['’](?P<yy>\d\d)\b(?!['’]?s\b)(?![.,:]?\d)"),
        ab.short_year,
        True,
        needs="digit",
    ),
    # "a loss for 1989", "the outlook for 2025": after "for" only a year of the last two
    # centuries ("for 1200 of them" is a count)
    Rule(
        rx(r"\bfor\s+(?P<year>(?:19|20)\d\d)(?!\d|,\d|['’]?s\b|\s+of\b)"),
        _year_cue,
        False,
        needs="digit",
    ),
    Rule(rx(rf"\b{_DET}\s+{YEAR_RX}(?:['’]s)?\s+{_NOUN}"), _noun_year, False, needs="digit"),
    Rule(
        rx(
            r"\b(?:(?:AD|A\.D\.|CE)\s+(?P<year>\d{1,4})\b|(?P<year2>\d{1,4})\s+(?:AD|A\.D\.|CE)(?!\w))"
        ),
        _era_year,
        False,
        needs="digit",
    ),
    Rule(rx(r"\bthe year (?P<year>\d{1,3})\b(?![.,]\d)"), ab.year, False, needs="digit"),
    Rule(
        rx(
            r"(?:(?<=\d, )|(?<=\d and )|(?<=\d, and )|(?<=\d or ))(?:(?P<part>early|mid|late)[ -])?(?P<year>\d{4})(?!\d|,\d)"
        ),
        _year_in_list,
        False,
        needs="digit",
    ),
]
