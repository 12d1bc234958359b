"""Two reports that borrow their day and their place: nothing ties them but their articles.

A report with no date phrase of its own is dated by its article's week (``Report.undated``,
``date_inferred``: precision 2, the seven days up to publication), and one whose event has no
place is placed at the first place named near it (``Spot.inferred``). Both are the reader's
stand-ins, not what the text tells of the act: ACLED codes no event without a date and a
location of its own, and an unknown part never helps (README, Happenings). Two such reports of
articles of two days ("The marchers had filled the square ..." in a Monday story, "Some
protesters threw bottles" in a Tuesday one) overlap only because each week ends on its
article's day, and share a country only because each borrowed one: so they are two happenings
unless an actor ties them. The rule is kept to protests (CAMEO 1.1b3 root 14), the acts told
most often as background to what came of them; other acts were not measured. Reports of one
day's articles keep the one week: two outlets telling
that day's news as background are the rule's best guess, so this refuses only when the two
borrowed weeks differ. Sayings keep their own rule (``reactions.two_sayings``). Issue 16 (set BI,
session 89).
"""

from __future__ import annotations

from dashboard.happenings.model import Report
from dashboard.happenings.reactions import two_sayings

PROTEST_ROOT = "14"  # CAMEO 1.1b3 root 14: protest (demonstrate, rally, strike, riot)


def _borrowed_place(r: Report) -> bool:
    """Is ``r`` placed at a place named near it, not in its own words (or not at all)?"""
    return r.place is None or r.place.inferred


def two_weeks(a: Report, b: Report) -> bool:
    """Are ``a`` and ``b`` two protests (CAMEO root 14) dated only by
    their articles' weeks, those weeks differing, both placed only by a borrowed place (or by
    none), with no actor or actor country in common? One that names its place ("the storming of
    the parliament in Lima", told as background) still meets the other on that place.

    >>> from datetime import date
    >>> from dashboard.happenings.model import Spot
    >>> ke = Spot("cc:KE", "Kenya", "country", 0.0, 38.0, "KE", None, 3, inferred=True)
    >>> a = Report("e1", "a1", "14", date(2024, 6, 20), date(2024, 6, 26), 2, ke, undated=True)
    >>> b = Report("e2", "a2", "14", date(2024, 6, 21), date(2024, 6, 27), 2, ke, undated=True)
    >>> c = Report("e3", "a3", "14", date(2024, 6, 20), date(2024, 6, 26), 2, ke, undated=True)
    >>> two_weeks(a, b), two_weeks(a, c)
    (True, False)
    """
    if a.root != PROTEST_ROOT or b.root != PROTEST_ROOT or not (a.undated and b.undated):
        return False
    if (a.start, a.end) == (b.start, b.end):
        return False
    if not (_borrowed_place(a) and _borrowed_place(b)):
        return False
    return not (a.actors & b.actors or a.countries & b.countries)


def two_borrowed(a: Report, b: Report) -> bool:
    """Two sayings (``reactions.two_sayings``) or two protests (``two_weeks``) that borrow their
    day and their place and share nothing else."""
    return two_sayings(a, b) or two_weeks(a, b)
