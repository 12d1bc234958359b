"""A protest told only at a whole country meets a town's protest only on the same day.

The date part lets two reports dated to the day be a day apart ("late on Saturday" against
"overnight", and time zones: ``rules.date_part``), and the place part lets a country hold its
towns (``containment.contains``). Each is a weak tie alone; together they say only "a protest
somewhere in that country, that day or the next". Protests are the act that most often runs
on consecutive days in one country at several sites: ACLED codes a demonstration by its day
and its location, so each day and each site of a wave of protests is an event of its own
(ACLED Codebook 2023, "Demonstrations" and the event's date and location fields). A report
placed only at the country ("crowds gathered outside parliament late on Tuesday", the
building not read as a town) then tells nothing that sets the night's crowd apart from the
next evening's march in the capital, and the rule keeps precision before recall (README,
Happenings): such a pair must share a day (their dates must overlap), or it is two
happenings; a report dated only to a week (by its article's: ``Report.undated``) a day off a
town's protest is held to that too.

The pair keeps meeting when an actor or an actor country is named by both (a third tie, as
``borrowed`` keeps it: set M's Capitol riot, read at the United States by its dateline's
outlet with Trump's supporters and a day late at Washington with the Capitol Police, both
of the US, stays one), when both name the town (the place is then a strong tie, and the
day's slack is the one it was made for), when both are told at the country, when the dates
overlap (a background report dated by its article's week meets a town's report of that
week, as ``borrowed`` weighs it), or when the act is not a protest. Issue 16 (set BJ,
session 90).
"""

from __future__ import annotations

from dashboard.happenings.containment import POINT_KINDS, contains
from dashboard.happenings.model import Report

PROTEST_ROOT = "14"  # CAMEO 1.1b3 root 14: protest (demonstrate, rally, strike, riot)


def _apart(a: Report, b: Report) -> bool:
    """Do the two dates not overlap (they meet, if at all, only by a day's slack)?"""
    return a.end < b.start or b.end < a.start


def country_and_town(a: Report, b: Report) -> bool:
    """Are ``a`` and ``b`` two protests (root 14), one placed only at a country and the other
    at a town, district or site in that country, their dates not overlapping (``date_part``
    lets them meet only by a day's slack), sharing no actor or actor country?

    >>> from datetime import date
    >>> from dashboard.happenings.model import Spot
    >>> kr = Spot("cc:KR", "South Korea", "country", 36.5, 127.9, "KR", None, 3)
    >>> town = Spot("gn:1", "Busan", "city", 35.1, 129.0, "KR", "KR-26", 1)
    >>> tue, wed = date(2024, 3, 5), date(2024, 3, 6)
    >>> a = Report("e1", "a1", "14", tue, tue, 1, kr)
    >>> country_and_town(a, Report("e2", "a2", "14", wed, wed, 1, town))
    True
    >>> country_and_town(a, Report("e3", "a3", "14", tue, tue, 1, town))
    False
    """
    if a.root != PROTEST_ROOT or b.root != PROTEST_ROOT or not _apart(a, b):
        return False
    if a.actors & b.actors or a.countries & b.countries:
        return False  # a third tie: both name one actor or actor country (as ``borrowed``)
    for wide, town in ((a, b), (b, a)):
        w, t = wide.place, town.place
        if w is None or t is None or w.kind != "country" or t.kind not in POINT_KINDS:
            continue
        if contains(w, t):
            return True
    return False
