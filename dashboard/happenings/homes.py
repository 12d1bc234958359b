"""An act of force told from the attacker's capital: placed at home by a dateline alone.

"WASHINGTON — The Pentagon said the US military had killed the general" names no place of
the act; the reader places it at the outlet's dateline, the United States, which is the
country of the side that acted (CAMEO's source, ACLED's actor 1). ACLED codes an event where
it took place, never at a speaker's or an attacker's home unless it happened there (ACLED
Codebook, geo-precision), so such a report's place says who spoke, not where the strike
fell, and its place cell (the attacker's country) never meets the struck city's. After the
blocks are grouped (``grouping._homes``), a happening whose every report is such a **home**
report (``Report.home``) joins whole the one happening of another country's block of its
type when:

- one of that happening's reports names the same side as having acted
  (``Report.source_country``), and none names another;
- every pair of their reports from two articles is dated to one and the same day (time
  precision 1; no slack: a strike and the retaliation a day later are two happenings; a
  report dated only to a week, a headline's, need only hold that day), and
  is not refused by the rule's actor and cue parts (``home_match``); complete link;
- it is the **only** such happening: one attacker's strikes in two countries on one day
  leave a home report that could tell either, so it joins neither.

The place part of such a pair scores ``AT_HOME``: the dateline says who spoke, not where.
"""

from __future__ import annotations

from dashboard.happenings.meetings import weighed
from dashboard.happenings.model import Match, Report
from dashboard.happenings.rules import Part, actor_part, date_part, family, told_apart

AT_HOME = 0.5  # the place part of a home report and the struck place (module doc)


def home_match(a: Report, b: Report) -> Match | None:
    """The match of a home report ``a`` with a report ``b`` placed in another country that
    names the same side as having acted (module doc); ``None`` when it fails.

    >>> from datetime import date
    >>> from dashboard.happenings.model import Spot
    >>> us = Spot("cc:US", "United States", "country", 39.8, -98.6, "US", None, 3)
    >>> baghdad = Spot("gn:98182", "Baghdad", "city", 33.34, 44.4, "IQ", "IQ-BG", 1)
    >>> day = date(2020, 1, 3)
    >>> a = Report("e1", "a1", "19", day, day, 1, us, countries=frozenset({"US"}),
    ...            source_country="US", home=True)
    >>> b = Report("e2", "a2", "19", day, day, 1, baghdad, countries=frozenset({"US", "IR"}),
    ...            source_country="US")
    >>> home_match(a, b).score
    0.8
    """
    pa, pb = a.place, b.place
    if not a.home or b.home or pa is None or pb is None or a.article_id == b.article_id:
        return None
    if family(a.root) != family(b.root) or pb.country is None or pb.country == pa.country:
        return None
    if a.source_country is None or b.source_country not in (None, a.source_country):
        return None
    if not a.firm or not b.start <= a.start <= b.end or told_apart(a, b):
        return None  # its own day, inside the other's (a headline's week holds it)
    if b.firm and (a.start, a.end) != (b.start, b.end):
        return None  # no slack: a strike and the retaliation a day later are two
    date, actors = date_part(a, b), actor_part(a, b)
    if date is None or actors is None:
        return None
    place = Part(AT_HOME, f"{pa.name} is the side that acted, the act was at {pb.name}")
    return weighed((date, place, actors))
