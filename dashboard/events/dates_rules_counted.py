"""The middle rows of the date rule table (``dates.RULES``): periods counted from
publication or from the story's date ("last week", "the end of the month", "within two
days", "three years ago", "that day", "two days later", "the year-earlier quarter").
"""

from __future__ import annotations

from dashboard.events import dates_anchored as anc
from dashboard.events import dates_counts as counts
from dashboard.events import dates_following as fol
from dashboard.events import dates_fractions as frac
from dashboard.events import dates_periods as periods
from dashboard.events import dates_relative as rel
from dashboard.events import dates_that as that
from dashboard.events import dates_told_units as told
from dashboard.events.dates_common import (
    NUM_RX,
    NUMBER_WORDS_RX,
    PART_RX,
    WEEKDAY_RX,
    Rule,
    rx,
)
from dashboard.events.dates_handlers import _MONTH_FULL, _UNIT, _ahead

# "over the next year", "in the next month": a stretch from publication, not the unit after
# the date named before
_STRETCH_AHEAD = "|".join(
    f"(?<={w} the )" for w in ("over", "in", "within", "during", "for", "through", "throughout")
)

# Periods counted from publication or from the story's date (last week, within, ago,
# that day, two days later)
COUNTED_RULES: list[Rule] = [
    # "two quarters ago": publication's quarter moved back (the count rule has no quarters)
    Rule(rx(periods.QUARTERS_AGO), periods.quarters_ago, True, needs="quarter"),
    # "half a century ago", "a year and a half ago": before "a century ago" reads the tail
    Rule(rx(frac.AGO), frac.half_ago, True, needs="unit"),
    Rule(  # an anniversary at publication's week or month, before "this week" alone is read
        rx(rf"\b{NUM_RX} {_UNIT} ago\s+this\s+(?P<grain>week|month)\b(?!['’]s)"),
        counts.ago_this,
        True,
        needs="unit",
    ),
    # "the next year" in a story is the year after the date named before (TimeML anchors it
    # on the reference time, as "the following year"; ``rel.next_unit`` below), so only a
    # bare "next year", or a stretch ahead ("over the next year"), counts from publication
    Rule(
        rx(
            rf"\b(?:{PART_RX}[ -](?:of )?)?(?P<which>last|past|(?<!the )previous|(?:(?<!the )|{_STRETCH_AHEAD})next|(?:latest|most recent)(?= (?:quarter|month|week)\b)|this|coming|current) (?P<unit>week|month|year|weekend|quarter)\b(?!-)"
        ),
        rel.relative_period,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            r"\b(?:by |at |until |before |on )?the (?P<part>beginning|start|middle|end|first day|last day) of this (?P<unit>week|month|year)\b"
        ),
        rel.end_of_unit,
        True,
        needs="unit",
    ),
    # "by the end of the month" in a story at another month: the reference time's unit when
    # the tense looks that way, else publication's (``dates_told_units``); before "the month"
    Rule(rx(told.TOLD_UNIT_EDGE), told.edge_of_publication_unit, True, needs="unit"),
    Rule(rx(told.TOLD_UNIT_EDGE), told.edge_of_told_unit, True, anaphoric=True, needs="unit"),
    Rule(
        rx(r"\b(?:by |at |until |before )?(?:the )?(?P<unit>year)(?:['’]s |-| )(?P<part>end)\b"),
        rel.end_of_unit,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            rf"\b(?:within|in|over|during)\s+the\s+(?:next|coming)\s+(?:{NUM_RX}\s+)?(?P<unit>days|weeks|months|years)\b"
        ),
        rel.within,
        True,
        needs="unit",
    ),
    # "over the following days": from the date named before, not from publication
    Rule(rx(fol.STRETCH_PATTERN), fol.stretch_following, True, anaphoric=True, needs="unit"),
    Rule(
        rx(r"\bin\s+the\s+coming\s+(?P<num>)(?P<unit>days|weeks|months)\b"),
        rel.within,
        True,
        needs="unit",
    ),
    # "within two weeks of the killing" counts from the happening, not from publication
    # (TimeML: a DURATION anchored on that event), so it is no date here, as "within 48 hours
    # of" is not below
    Rule(
        rx(
            rf"\bwithin\s+(?:the\s+next\s+)?{NUM_RX}\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)\b(?!\s+(?:of|after|before|from)\b)"
        ),
        rel.within,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            r"\b(?:within|in|over)\s+(?:the\s+(?:next|coming)\s+)?(?P<hours>\d{1,3})\s+hours\b(?!\s+(?:of|after|before|ago)\b)"
        ),
        counts.within_hours,
        True,
        needs="digit",
    ),
    Rule(
        rx(
            rf"\b(?:(?:almost|nearly|about|some|roughly|just|barely|exactly|more than|over|less than)\s+)?{NUM_RX} {_UNIT} ago\b(?P<anniv>\s+(?:today|to the day)\b)?"
        ),
        counts.ago,
        True,
        needs="unit",
    ),
    Rule(
        rx(r"\b(?:on\s+)?this\s+(?:day|date)\s+in\s+(?P<year>\d{4})\b"),
        counts.this_day_in,
        True,
        needs="digit",
    ),
    Rule(
        rx(
            r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?P<hours>\d{1,3})\s+hours\b"
        ),
        counts.past_hours,
        True,
        needs="digit",
    ),
    # "in the past two years", "over the last few months": from that far back to publication
    Rule(
        rx(counts.PAST_UNITS),
        counts.past_units,
        True,
        needs="unit",
    ),
    # "have besieged the town for two years": a present-perfect stretch up to publication
    Rule(rx(counts.FOR_UNITS), counts.for_units, True, needs="unit"),
    Rule(rx(rf"\b{NUM_RX} {_UNIT} from now\b"), _ahead, True, needs="unit"),
    Rule(
        rx(r"\bin\s+(?P<num>an?|one)\s+(?P<unit>day|week|fortnight|month|year)['’]s\s+time\b"),
        _ahead,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            rf"\bin\s+{NUM_RX}\s+(?P<unit>days|weeks|fortnights?|months|years)(?:['’]?\s+time)?\b(?!\s+(?:of|after|before|ago|since|to)\b)"
        ),
        _ahead,
        True,
        needs="unit",
    ),
    # "the same month last year", "the same period a year earlier": one TIMEX3, a year back
    Rule(
        rx(
            r"\bthe\s+same\s+(?P<unit>day|week|month|quarter|period|season|time)\s+(?:of\s+)?(?:last\s+year|the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|ago|before))\b"
        ),
        anc.same_unit_year_before,
        True,
        anaphoric=True,
        needs="unit",
    ),
    Rule(
        rx(
            r"\b(?:(?P<part>earlier|later)\s+)?(?:that|the same)\s+(?:same\s+)?(?P<unit>day|week|month|year|night|morning|afternoon|evening)\b(?![-'’]\w)"
        ),
        rel.that_unit,
        True,
        anaphoric=True,
        needs="unit",
    ),
    Rule(
        rx(r"\b(?P<part>earlier|later)\s+in\s+the\s+(?P<unit>day|week|month|year)\b"),
        rel.that_unit,
        True,
        anaphoric=True,
        needs="unit",
    ),
    # "late in the day" is a time of day, not a date (TimeML); "late in the month" names the month
    Rule(
        rx(r"\b(?P<part>early|late)\s+in\s+the\s+(?P<unit>week|month|year)\b"),
        rel.that_unit,
        True,
        anaphoric=True,
        needs="unit",
    ),
    Rule(
        rx(r"\bthe\s+(?P<unit>weekend|week|month|year)\s+(?P<dir>before\s+last|after\s+next)\b"),
        rel.unit_before_last,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            # a count spelled out ("six hours later") as well as in figures: a partial match
            # left "six" in the card's summary with the date cut from after it
            rf"\b(?:(?:just|only)\s+)?(?:(?:several|some|an?|{NUMBER_WORDS_RX}|\d+)\s+)?"
            r"(?:hours?|minutes?)\s+(?P<dir>later|earlier)\b"
        ),
        rel.hours_later,
        True,
        anaphoric=True,
        needs="unit",
    ),
    # "Within hours, police arrested two men": within hours of the time just told, as "hours
    # later" (a count of hours is read ahead from publication below; "within hours of the
    # attack" counts from a happening, so it is no date). Only opening its sentence, a
    # sentence adverbial: "a truce starting on Friday was violated within hours" keeps the
    # noun's own onset (``dates49``)
    Rule(
        rx(
            r"(?:^|(?<=^[\"'“‘]))within\s+(?:(?:a few|a couple of|several)\s+)?(?:hours|minutes)(?P<dir>)\b(?!\s+(?:of|after|before|from)\b)"
        ),
        rel.hours_later,
        True,
        anaphoric=True,
        needs="unit",
    ),
    Rule(
        rx(
            r"\b(?:in|over|during)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:few\s+)?recent\s+(?P<unit>days|weeks|months)\b"
        ),
        rel.recent,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            r"\bthe\s+(?P<which>next|following|previous|preceding|prior)\s+(?P<unit>day|weekend|week|month|year|morning|night|evening|afternoon)\b(?![-'’]\w)"
        ),
        rel.next_unit,
        True,
        anaphoric=True,
        needs="unit",
    ),
    # "and the day before it had suspended …": a pronoun and a past perfect open the main
    # clause the phrase dates (a clause "before" subordinates takes no "had" of an act before
    # the story's time; Quirk et al. 1985, 14.20: the past perfect's time before a past one)
    Rule(
        rx(
            r"\bthe\s+(?P<which>)(?P<unit>day|week|month|year|night)\s+(?P<after>before|after)(?:\s+that)?\b(?=\s*[,.;]|\s*$|\s+(?:it|he|she|they|we)\s+had\b)"
        ),
        rel.next_unit,
        True,
        anaphoric=True,
        needs="unit",
    ),
    # "That Friday", "in that September": the weekday or month the story is at
    Rule(rx(that.WEEKDAY_PATTERN), that.that_weekday, True, anaphoric=True, needs="weekday"),
    Rule(rx(that.MONTH_PATTERN), that.that_month, True, anaphoric=True, needs="month"),
    Rule(rx(that.WEEKEND_PATTERN), that.that_weekend, True, anaphoric=True, needs="unit"),
    Rule(rx(that.WEEKDAY_CLOSING), that.that_weekday, True, anaphoric=True, needs="weekday"),
    Rule(rx(that.MONTH_CLOSING), that.that_month, True, anaphoric=True, needs="month"),
    # "half a century later": before "a century later" reads the tail
    Rule(rx(frac.LATER), frac.half_later, True, anaphoric=True, needs="unit"),
    Rule(
        rx(
            rf"\b{NUM_RX}\s+{_UNIT}\s+(?P<dir>later|earlier|previously|afterwards?|after that|before that|before(?=\s*[,.;]|\s*$)|after(?=\s*[,.;]|\s*$))"
        ),
        rel.units_later,
        True,
        anaphoric=True,
        needs="unit",
    ),
    # "Days earlier, the storm had killed 20": a bare plural opening its clause, a few units
    Rule(
        rx(r"(?:^|(?<=[,;]\s))(?P<num>)(?P<unit>[Dd]ays|[Ww]eeks)\s+(?P<dir>later|earlier)\b"),
        rel.units_later,
        True,
        anaphoric=True,
        needs="unit",
    ),
    # "the following March": the month after the date named before (not publication's)
    Rule(
        rx(rf"\bthe\s+(?P<which>following|preceding)\s+{_MONTH_FULL}\b(?!\s*\d)"),
        anc.month_from_anchor,
        True,
        anaphoric=True,
        needs="month",
    ),
    # "the following spring", "the preceding decade": counted from the date named before
    Rule(rx(fol.SEASON_PATTERN), fol.season_beside, True, anaphoric=True, needs="season"),
    Rule(rx(fol.DECADE_PATTERN), fol.decade_beside, True, anaphoric=True, needs="unit"),
    Rule(
        rx(
            rf"\bthe\s+(?P<which>following|next|previous|preceding|prior)\s+{WEEKDAY_RX}(?:\s+(?:morning|afternoon|evening|night))?\b"
        ),
        anc.weekday_from_anchor,
        True,
        anaphoric=True,
        needs="weekday",
    ),
    # "a historic day for the country": the day the narrative is at
    Rule(rx(anc.evaluated_day_pattern()), anc.evaluated_day, True, anaphoric=True, needs="unit"),
    # "the day after the shooting": the happening's day, dated by the date named before
    Rule(
        rx(
            r"\bthe\s+(?P<unit>day|night|morning|evening)\s+(?P<dir>before|after)\b(?=\s+[\w'‘\"“])"
        ),
        anc.day_after_event,
        True,
        anaphoric=True,
        needs="unit",
    ),
    # "revenue in the quarter", "sales for the month": the period under discussion when the
    # date named before is one whole such unit (TimeML values "the quarter" as that quarter,
    # anchored on the reference time, TIMEX3 anchorTimeID; never on publication)
    Rule(
        rx(
            r"\bthe\s+(?P<unit>quarter|month|period)\b(?!-\w)(?!\s+(?:of|ended|ending|to|through|before|after|earlier|ago|later|since|from)\b)"
        ),
        anc.unit_under_discussion,
        True,
        anaphoric=True,
        needs="",
    ),
    # "the 1988 quarter", "the 1988 period": the period under discussion in that year, and
    # "the preceding quarter": the one before it (``dates_periods``; TimeML anchors both on
    # the reference time, where publication or the bare year gave another period)
    Rule(
        rx(r"\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?P<noun>quarter|period|half|month)\b(?![-'’]\w)"),
        periods.year_named_unit,
        True,
        anaphoric=True,
        needs="digit",
    ),
    Rule(
        rx(r"\bthe\s+(?P<which>previous|preceding|prior|following)\s+quarter\b(?![-'’]\w)"),
        periods.quarter_beside,
        True,
        anaphoric=True,
        needs="quarter",
    ),
    Rule(
        rx(
            r"\bthe\s+year[- ](?:earlier|ago)\s+(?P<what>(?:(?:first|second|third|fourth)[ -])?quarter|(?:(?:first|second)[ -])?half(?:[ -]year)?|period|month)\b"
        ),
        anc.year_earlier_part,
        True,
        anaphoric=True,
        needs="unit",
    ),
]
