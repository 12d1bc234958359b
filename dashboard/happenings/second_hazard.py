"""A hazard its own phrase tells as "a second" or "another" of its kind is not the first one.

"A second wildfire forced evacuations in Kula on Tuesday" and "A wildfire swept through
Lahaina on Tuesday": the report numbers its fire after another one of that day (Quirk et al.
1985 §6.53, the ordinal "second" and "another" presuppose a first of the kind, which is not
the one told), so when the two reports are placed at two towns, neither holding the other and
more than ``APART_KM`` apart, they are two fires, though EM-DAT's one country, one disaster
(``rules._place``) joined them. The cue is read in the event's own clause (its summary), never
in another sentence ("walls weakened by Tuesday's earthquake gave way in a second tremor"
recalls the first shock), and only before a hazard noun of ``data/lexicon/second_hazards.csv``
right at the clause's opening ("A second powerful earthquake struck near Elbistan"); "another
20 people died in the floods" counts more dead of one disaster, and "a second day of fires"
goes on with one. A report at a country or a province holding the other's town, or at the
same town, is compared as before: it may tell either hazard.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import sourced_rows
from dashboard.happenings.containment import contains, distance_km
from dashboard.happenings.model import Report

# two towns nearer than this may be one fire or slide told from neighbouring places (a
# wildfire's front runs several kilometres; ACLED's precision 1 is a town's centroid)
APART_KM = 10.0
# a pair of a second hazard and a report at a wider place holding it, not told so, scores
# this share: the wider report may tell either, but names no second, so the first fits it
# better (a preference among happenings, never a refusal)
SECOND_WIDER = 0.9
# the kinds of place that name one spot, not an area that may hold the other's
_SPOTS = frozenset({"city", "landmark"})


@cache
def _pattern() -> re.Pattern[str]:
    nouns = {
        n for row in sourced_rows("second_hazards.csv", "noun") for n in row["noun"].split("|")
    }
    alts = "|".join(r"\s+".join(map(re.escape, n.split())) for n in sorted(nouns, key=len)[::-1])
    # a dateline ("MAUI, Hawaii —"), then the cue, up to three modifiers ("powerful",
    # "fast-moving"), never a count or a time noun, and the hazard
    return re.compile(
        r"^(?:[^—–]{1,60}[—–]\s*)?(?:a\s+(?:second|third|fourth|fifth|separate|fresh|new)"
        r"|another)(?:\s*,?\s+(?![\d])(?!(?:day|night|week|time|round|wave)\b)[\w-]+,?){0,3}?"
        rf"\s+(?:{alts})\b",
        re.IGNORECASE,
    )


def second_of_kind(summary: str) -> bool:
    """Does the event's own clause open with its hazard told as a second one of its kind?

    >>> second_of_kind("A second wildfire forced evacuations in Kula")
    True
    >>> second_of_kind("Another brush fire broke out near Pulehu in central Maui")
    True
    >>> second_of_kind("A second powerful earthquake, of magnitude 7.6, struck near Elbistan")
    True
    >>> second_of_kind("A wildfire swept through Lahaina on Tuesday")
    False
    >>> second_of_kind("Another 20 people died in the floods")
    False
    >>> second_of_kind("A second day of fires scorched the hills")
    False
    """
    return bool(_pattern().search(summary or ""))


def second_elsewhere(a: Report, b: Report) -> bool:
    """Is ``a`` a hazard told as a second of its kind (``Report.second``) and ``b`` a report
    of that kind not told so, placed at another town more than ``APART_KM`` away and neither
    place holding the other?"""
    if not a.second or b.second or a.root != b.root or not a.root.startswith("DIS-"):
        return False
    pa, pb = a.place, b.place
    if pa is None or pb is None or pa.kind not in _SPOTS or pb.kind not in _SPOTS:
        return False
    if pa.id == pb.id or contains(pa, pb) or contains(pb, pa):
        return False
    km = distance_km(pa, pb)
    return km is not None and km > APART_KM


def second_and_wider(a: Report, b: Report) -> bool:
    """Is one of the two a hazard told as a second of its kind and the other, not told so,
    placed at another place (a wider one: ``second_elsewhere`` refuses two towns)?"""
    if a.second == b.second or a.root != b.root or not a.root.startswith("DIS-"):
        return False
    return a.place is not None and b.place is not None and a.place.id != b.place.id
