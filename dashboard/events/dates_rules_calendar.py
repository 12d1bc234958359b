"""The first rows of the date rule table (``dates.RULES``): phrases that name a calendar
unit (since, full and numeric dates, quarters, halves, fiscal years, seasons, years, days and
months, holidays, decades, centuries, spelled-out years), composites before the dates they hold.
"""

from __future__ import annotations

import re

from dashboard.events import dates_absolute as ab
from dashboard.events import dates_calendar as cal
from dashboard.events import dates_decades as dec
from dashboard.events import dates_following as fol
from dashboard.events import dates_holidays as hol
from dashboard.events import dates_month_periods as mp
from dashboard.events import dates_numeric as num
from dashboard.events import dates_relative as rel
from dashboard.events import dates_weeks_ago as wago
from dashboard.events.dates_common import (
    AROUND_RX,
    DAY_RX,
    FULL_YEAR_RX,
    MONTH_RX,
    NUM_RX,
    PART_OPT,
    SHORT_YEAR_RX,
    WEEKDAY_RX,
    YEAR_OR_SHORT_RX,
    YEAR_RX,
    Rule,
    rx,
)
from dashboard.events.dates_handlers import (
    _MONTH_FULL,
    _MONTH_NAMES,
    _ORD_DAY,
    _PREP,
    _SINCE_WHAT,
    _WD,
    _day_around_holiday,
    _day_month,
    _day_month_year_word,
    _month_only,
    _year_range,
)
from dashboard.events.word_trie import case_blind_alternation

# The words before a season or a spelled year as tries (``word_trie.case_blind_alternation``:
# the rules are IGNORECASE, where ``re`` entered each word in turn at every place it tried;
# speed79). A space follows each list, so "into" and "throughout" may come before "in" and
# "through" (a trie keeps a word that opens a longer one last): no place matches both.
_SEASON_PREP = case_blind_alternation(
    "into in during by until since throughout through from for over till before".split()
)
_SPELLED_YEAR_PREP = case_blind_alternation(
    ["in", "since", "of", "during", "by", "until", "from", "the year"]
)

# Phrases that name a calendar unit (since, full dates, quarters, halves, fiscal years,
# seasons, years, holidays, decades, centuries), composites before the dates they hold
CALENDAR_RULES: list[Rule] = [
    # "twelve months after the July 2023 coup": the noun's date moved, before the bare month
    Rule(rx(fol.AFTER_DATED_PATTERN), fol.after_dated, False, needs="unit"),
    # "the fiscal year ended June 30", "the 12 months to March", "the three months to April",
    # "the fiscal first quarter ended Sept. 30": a reporting period named by its end (MUC-6
    # Named Entity task B.2: "the fourth quarter ended Sept. 30" is one date; a fiscal
    # quarter's number says nothing of the calendar's)
    Rule(
        rx(
            rf"\b(?:(?:the\s+)?(?:fiscal|financial)\s+year|the\s+(?P<months>\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)\s+months|(?:the\s+|(?<=\bits )|(?<=\btheir ))(?:fiscal\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[ -](?:fiscal\s+)?)?(?P<unit>year|half[- ]year|half|quarter))(?:,\s+(?=end)|\s+)(?:that\s+)?(?:(?:ended|ending)(?:\s+in)?|to|through)\s+(?=[A-Z]){MONTH_RX}(?:\s+{DAY_RX}(?!\d))?(?:,?\s+{YEAR_RX})?"
        ),
        cal.year_ended,
        True,
        needs="month",
    ),
    # "the September quarter", "its June-quarter profit": a quarter or half named by the
    # month it ends in (before the bare month, which it holds)
    Rule(rx(mp.RANGE_PATTERN), mp.months_between, True, needs="month"),
    Rule(rx(mp.PATTERN), mp.period_to_month, True, needs="month"),
    # "the last day of 2022": one day of a year (TimeML: 2022-12-31), before "of 2022"
    Rule(rx(rf"\b(?P<part>the (?:first|last) day of) {YEAR_RX}"), ab.year, False, needs="digit"),
    Rule(rx(rf"\bsince (?P<what>{_SINCE_WHAT})\b"), rel.since, True, needs="since"),
    # "since the October 26 vote": a dated noun opens the range too (not "since the 1960
    # quake", a comparison with another happening)
    Rule(
        rx(rf"\bsince the (?P<what>(?:{_MONTH_NAMES}) \d{{1,2}}\b(?:,? \d{{4}})?)"),
        rel.since,
        True,
        needs="since",
    ),
    # before the dates it holds, so that "the day after Jan. 5" is read whole
    Rule(
        rx(
            r"\b"
            + AROUND_RX
            + rf"(?:the\s+)?(?P<what>(?:last|next|this)\s+{_WD}|{_WD}(?=['’]s\b)|yesterday|tomorrow|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})(?:,? \d{{4}})?|{_MONTH_FULL[:-1]}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d{{1,2}}(?:,? \d{{4}})?)\b"
        ),
        rel.day_around,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            rf"\bthe week (?:of|(?P<edge>beginning|starting|commencing|ending|ended)(?: on)?) (?P<what>{_MONTH_FULL[:-1]}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d{{1,2}}(?:,? \d{{4}})?)\b"
        ),
        rel.week_of_date,
        True,
        needs="month",
    ),
    # "jobless claims in the week ended Saturday": the seven days to (from) that weekday, read
    # as the date form above is (``dates_relative.week_of_date``)
    Rule(
        rx(
            rf"\bthe week (?P<edge>beginning|starting|commencing|ending|ended)(?: on)? (?P<what>(?:last |this |next )?{_WD})\b"
        ),
        rel.week_of_date,
        True,
        needs="weekday",
    ),
    Rule(
        rx(
            rf"\bthe (?P<nth>first|second|third|fourth|last|final) week of {MONTH_RX}(?:,? (?:of )?{YEAR_RX})?"
        ),
        ab.week_of_month,
        True,
        needs="month",
    ),
    Rule(
        rx(
            rf"\bthe (?P<nth>first|second|third|fourth|fifth|last|final) {WEEKDAY_RX} (?:of|in) {MONTH_RX}(?:,? (?:of )?{YEAR_RX})?"
        ),
        ab.weekday_of_month,
        True,
        needs="month",
    ),
    Rule(
        rx(
            rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?: and | to |-|–| – ){DAY_RX} (?:of )?{MONTH_RX}(?:,? {YEAR_RX})?"
        ),
        ab.day_first_pair,
        True,
        needs="month",
    ),
    Rule(
        rx(rf"\b(?:{_WD},? )?(?:the )?{DAY_RX} (?:of )?{MONTH_RX},? {FULL_YEAR_RX}"),
        ab.full_date,
        False,
        needs="month",
    ),
    Rule(
        rx(rf"\b(?:{_WD},? )?{MONTH_RX} {DAY_RX},? {FULL_YEAR_RX}"),
        ab.full_date,
        False,
        needs="month",
    ),
    Rule(
        rx(r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:\b|(?=T\d))"),
        ab.iso_date,
        False,
        needs="digit",
    ),
    Rule(re.compile(num.YMD_RX), num.ymd_date, False, needs="digit"),
    Rule(re.compile(num.NUMERIC_RX), num.numeric_date, False, needs="digit"),
    # "the 1988 third quarter", "last year's fourth quarter", "1990's first half": the year
    # written before the part (HeidelTime date_r10c, date_r11a); of four, the final is the fourth
    Rule(
        rx(
            r"\b(?:the )?(?P<year>\d{4})(?:['’]s)?[ -](?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final)[ -]quarter\b"
        ),
        cal.quarter,
        False,
        needs="quarter",
    ),
    Rule(
        rx(
            r"\b(?:the )?(?P<rel>this|last|next) year['’]s (?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final)[ -]quarter\b"
        ),
        cal.quarter,
        True,
        needs="quarter",
    ),
    Rule(
        rx(r"\b(?:the )?(?P<year>\d{4})(?:['’]s)?[ -](?P<h>first|second|1st|2nd)[ -]half\b"),
        cal.half,
        False,
        needs="half",
    ),
    Rule(
        rx(r"\b(?:the )?(?P<rel>this|last|next) year['’]s (?P<h>first|second|1st|2nd)[ -]half\b"),
        cal.half,
        True,
        needs="half",
    ),
    # "the fiscal first quarter", "fiscal Q3": a company's own quarter, whose months its fiscal
    # year decides (as a fiscal half's, below), so no calendar quarter is read; "the first
    # quarter of fiscal 1999" names its fiscal year and is read by ``cal.quarter``
    Rule(
        rx(
            rf"(?<!year-earlier )(?<!year-ago )(?<!year earlier )(?<!fiscal )(?<!fiscal-)\b(?:the (?:year['’]s )?)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|(?<=the )final|(?<=the year['’]s )final|(?<=the )last)[ -]quarter(?: of)?(?: (?P<fiscal>fiscal)(?: year)?)?(?:,? (?P<year>\d{{4}})|,? {SHORT_YEAR_RX}|,? (?:the )?(?P<rel>this|last|next|current|past|previous) year|(?<= of) the year)?\b(?<! of)"
        ),
        cal.quarter,
        True,
        needs="quarter",
    ),
    # "3Q 2024", "Q3'24", "1H25": the financial shorthand, before the bare "Q3" (``dates_decades``)
    Rule(rx(dec.QUARTER_CODE_PATTERN), dec.quarter_code, False, needs="digit"),
    Rule(rx(dec.HALF_CODE_PATTERN), dec.half_code, False, needs="digit"),
    Rule(
        rx(r"(?<!fiscal )\bQ(?P<qn>[1-4])(?:\s*(?:of\s+)?(?P<year>\d{4}))?\b"),
        cal.quarter,
        True,
        needs="digit",
    ),
    Rule(
        rx(
            rf"\b(?:the )?(?P<h>first|second|1st|2nd|latter) half of (?:(?P<year>\d{{4}})|{SHORT_YEAR_RX}|(?:the )?(?P<rel>this|last|next|current|past|previous) year|the year)\b"
        ),
        cal.half,
        True,
        needs="half",
    ),
    # "the second half", "first-half profit": the half-year of a report (MUC-6 Named Entity
    # task B.2 marks "first-half" in "first-half profit" as a date; TimeML values it YYYY-H1),
    # its year by direction as a quarter's is; "the first half of the match" is no date, nor
    # is a fiscal half ("fiscal second-half sales"), whose months the company's year decides
    Rule(
        rx(
            r"(?<!fiscal )\b(?:the\s+(?P<h>first|second)\s+half|(?<![-'’])(?P<h2>first|second)-half)\b(?![-'’]\w)(?!\s+(?:of|hours?|miles?|points?|dozen|century|centuries|percent)\b)"
        ),
        cal.half_alone,
        True,
        needs="half",
    ),
    Rule(rx(r"\b(?P<h>H[12])\s*(?P<year>\d{4})\b"), cal.half, False, needs="digit"),
    # "FY25", "FY 2025-26" with two digits: that fiscal year (``dates_decades.fiscal_code``)
    Rule(rx(dec.FISCAL_CODE_PATTERN), dec.fiscal_code, True, needs="digit"),
    Rule(
        rx(r"\b(?:fiscal(?: year)?|FY) ?(?P<year>\d{4})(?:[-/](?P<y2>\d{4}|\d{2}))?\b"),
        cal.fiscal_year,
        False,
        needs="digit",
    ),
    Rule(
        rx(r"\bthe (?P<year>\d{4})(?:[-/](?P<y2>\d{4}|\d{2}))? fiscal year\b"),
        cal.fiscal_year,
        False,
        needs="digit",
    ),
    Rule(
        rx(
            r"\b(?P<which>this|current|present|last|past|previous|prior|next|coming)\s+fiscal\s+year\b(?![-'’]\w)(?!\s+\d)"
        ),
        cal.relative_fiscal_year,
        True,
        needs="fiscal",
    ),
    # "the winter of 2019-20": the season the two years share, before the range of years
    Rule(
        rx(
            rf"\b{PART_OPT}(?:(?:the|in|during|by|until|since|through)\s+(?:the\s+)?)?(?P<which>)(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?{YEAR_RX}[-/–](?P<y2>\d{{4}}|\d{{2}})(?!\d)"
        ),
        cal.season,
        False,
        needs="season",
    ),
    Rule(rx(r"\bbetween (?P<y1>\d{4}) and (?P<y2>\d{4})\b"), _year_range, False, needs="digit"),
    Rule(
        rx(
            r"\b(?:from )?(?P<y1>\d{4}) ?(?:-|–|—|/|to|through|until) ?(?P<y2>\d{4}|\d\d)\b(?![-/.]\d)"
        ),
        _year_range,
        False,
        needs="digit",
    ),
    Rule(rx(r"\b(?P<dir>post|pre)-(?P<year>\d{4})\b"), ab.post_year, True, needs="digit"),
    Rule(rx(rf"\b{PART_OPT}{MONTH_RX},? (?:of )?{YEAR_RX}"), ab.month_year, False, needs="month"),
    Rule(
        rx(rf"\b{PART_OPT}{MONTH_RX}(?:,? | of ){SHORT_YEAR_RX}"),
        ab.month_short_year,
        True,
        needs="month",
    ),
    Rule(
        rx(
            rf"\b{MONTH_RX} (?P<d1>\d{{1,2}})(?:st|nd|rd|th)? ?(?:and|or|to|-|–) ?{DAY_RX}\b(?:,? {YEAR_RX})?"
        ),
        ab.day_pair,
        True,
        needs="month",
    ),
    Rule(
        rx(
            rf"\b(?:{_WD},? )?(?:on )?(?:{DAY_RX}|the (?P<ord>{_ORD_DAY}))\s+(?:of )?{MONTH_RX},? (?:of )?(?P<which>last|next|this) year\b"
        ),
        _day_month_year_word,
        True,
        needs="month",
    ),
    Rule(
        rx(
            rf"\b(?:{_WD},? )?(?:on )?{MONTH_RX} {DAY_RX},? (?:of )?(?P<which>last|next|this) year\b"
        ),
        _day_month_year_word,
        True,
        needs="month",
    ),
    Rule(
        rx(rf"\b(?:{_WD},? )?(?:on )?the (?P<ord>{_ORD_DAY}) of {MONTH_RX}(?!\w)"),
        _day_month_year_word,
        True,
        needs="month",
    ),
    # "the 12th of last month": that day, not the month (before "last month" is read alone)
    Rule(
        rx(
            r"\b(?:on |by |until |since |before |after )?the (?P<day>[12]?\d|3[01])(?:st|nd|rd|th) of (?P<which>this|last|next) month\b"
        ),
        ab.day_of_named_month,
        True,
        needs="unit",
    ),
    Rule(
        rx(rf"\b(?:{_WD},? )?(?:on )?{DAY_RX} (?:of )?{MONTH_RX}(?!\w)"),
        _day_month,
        True,
        needs="month",
    ),
    Rule(
        rx(rf"\b(?:{_WD},? )?(?:on )?{MONTH_RX} {DAY_RX}\b(?!,? \d{{4}})(?![.,]\d)"),
        _day_month,
        True,
        needs="month",
    ),
    Rule(
        rx(rf"\b{PART_OPT}{_PREP}{_MONTH_FULL},? (?:of )?(?P<which>last|next|this) year\b"),
        _month_only,
        True,
        needs="month",
    ),
    Rule(
        rx(
            rf"\b(?:on\s+)?{WEEKDAY_RX}(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:of\s+)?(?P<which>last|next|this)\s+week\b"
        ),
        rel.weekday_of_week,
        True,
        needs="weekday",
    ),
    # "a week ago Friday": the Friday before last, before "a week ago" is read alone
    Rule(rx(wago.PATTERN), wago.weeks_ago_weekday, True, needs="weekday"),
    Rule(rx(wago.COUNTED), wago.weekdays_ago, True, needs="weekday"),
    Rule(
        rx(rf"\b(?P<num>a|one|two|three)\s+weeks?\s+(?P<prep>from|on)\s+{WEEKDAY_RX}\b"),
        rel.weeks_from_weekday,
        True,
        needs="weekday",
    ),
    # "a week from today", "two days from tomorrow": one TIMEX3 whose value is the day reached
    # (TimeML counts from the anchor day, at its grain), before "today" alone is read
    Rule(
        rx(
            rf"\b{NUM_RX}\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)\s+from\s+(?P<anchor>today|tomorrow|yesterday|tonight)\b"
        ),
        rel.counted_from_day_word,
        True,
        needs="relday",
    ),
    Rule(
        rx(
            r"\b(?:by |at |until |before )?the (?P<part>beginning|start|middle|end) of (?P<year>\d{4})\b"
        ),
        rel.part_of_year,
        False,
        needs="digit",
    ),
    # "the day after Christmas", "two days after Eid": the holiday's day moved (as "the day
    # after Jan. 5")
    Rule(
        rx(r"\b" + AROUND_RX + hol.pattern()[2:]),
        _day_around_holiday,
        True,
    ),
    Rule(rx(hol.pattern()), hol.holiday, True),
    # "the summer before last": a year before last summer (before "the summer" is read)
    Rule(rx(fol.BEFORE_LAST_PATTERN), fol.season_before_last, True, needs="season"),
    # "in early spring", "during the late summer of 2019", "set for late summer": the part
    # after the preposition
    Rule(
        rx(
            rf"\b{_SEASON_PREP}\s+(?:the\s+)?(?P<part>early|mid|late)[ -](?P<which>)(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?{YEAR_OR_SHORT_RX}|\s+(?:of\s+)?(?:the\s+)?(?P<yrel>last|this|next|previous|past) year)?\b(?!\s+of\b)(?![-'’]\w)"
        ),
        cal.season,
        True,
        needs="season",
    ),
    Rule(
        rx(
            rf"\b{PART_OPT}(?:(?P<which>last|this|next|past|previous|coming|current)\s+|(?:the|in|during|by|until|since|through)\s+(?:the\s+)?)(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?{YEAR_OR_SHORT_RX}|\s+(?:of\s+)?(?:the\s+)?(?P<yrel>last|this|next|previous|past) year)?\b(?!\s+of\b)(?![-'’]\w)"
        ),
        cal.season,
        True,
        needs="season",
    ),
    # "that autumn", "later that same winter": the season of the year named before (TimeML
    # values it from its anchor, as "that year" is)
    Rule(
        rx(
            r"\b(?:(?:earlier|later)\s+)?(?P<that>that|the same)\s+(?:same\s+)?(?P<which>)(?P<season>spring|summer|autumn|fall|winter)\b(?![-'’]\w)"
        ),
        cal.season,
        True,
        anaphoric=True,
        needs="season",
    ),
    Rule(
        rx(
            rf"\b{PART_OPT}(?P<which>)(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?{YEAR_OR_SHORT_RX}"
        ),
        cal.season,
        True,
        needs="season",
    ),
    Rule(
        rx(r"\b(?:the\s+)?(?:(?P<part>early|mid|late)[ -])?(?P<dyear>\d{3}0)['’]?s\b"),
        cal.decade,
        False,
        needs="digit",
    ),
    Rule(
        rx(
            r"\bthe\s+(?:(?P<part>early|mid|late)[ -])?(?:['’](?P<short>\d0)s\b|(?P<word>noughties|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)"
        ),
        cal.decade,
        True,
        needs="decadeword",
    ),
    # "the 1970s and '80s": the second decade of a pair takes the first's century
    Rule(rx(dec.COORDINATED_DECADE_PATTERN), dec.coordinated_decade, False, needs="digit"),
    # "the last decade of the 20th century": one decade of it, before the century it holds
    Rule(rx(dec.DECADE_OF_CENTURY_PATTERN), dec.decade_of_century, True, needs="century"),
    Rule(
        rx(
            rf"\b(?:the\s+)?{PART_OPT}(?:(?P<num>\d{{1,2}})(?:st|nd|rd|th)|(?P<word>{cal.ORDINAL_WORD_RX}))[ -]century\b"
        ),
        cal.century,
        False,
        needs="century",
    ),
    Rule(rx(r"\b(?P<rel>this|last|next|previous) century\b"), cal.century, True, needs="century"),
    # "by the end of the decade", "later this decade", "the end of the century": the decade or
    # century of publication, or of the decade named before (TimeML values the decade 198 and
    # the century 19, with mod END for "the end of"); "the past decade" is a duration (P10Y)
    Rule(
        rx(
            r"\b(?:the\s+(?P<part>beginning|start|middle|end)\s+of\s+(?:the|this)\s+(?P<unit>decade|century)|(?P<part2>earlier|later)\s+this\s+(?P<unit2>decade|century)|(?:this|the\s+current)\s+(?P<unit3>decade|century)|the\s+(?P<unit4>decade|century)['’]s\s+end)\b(?![-'’]\w)"
        ),
        cal.this_decade,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            rf"\b{_SPELLED_YEAR_PREP}\s+(?P<words>(?:nineteen|eighteen|seventeen|sixteen|twenty|two thousand)(?:[ -](?:and[ -])?(?:{cal.UNIT_RX}|{cal.TENS_RX}|hundred|oh)\b)+)"
        ),
        cal.spelled_year,
        False,
        needs="spelled",
    ),
]
