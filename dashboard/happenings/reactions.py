"""Two sayings that borrow their day and their place: nothing ties them but a week.

newuser89's repro 02: "Amnesty International called on the government to impose a
moratorium" (after one hanging) and "Rights groups had urged the government to spare her
life" (after another, a day later). Neither names a day (the reader dates each by its
article's week, ``date_inferred``) nor a place (each borrows one named near it,
``Spot.inferred``), and no speaker is shared: the root, an overlapping week and a country any
reaction of that week names are all they have in common. So when only one borrows its place
("The EU condemned Iran's execution of a protester" and "France condemned the public hanging
in Mashhad", four days later): the other's place is what it speaks of, not a tie. CAMEO's verbal roots (01-13: a
statement, an appeal, an intent, a consultation, ..., a threat; CAMEO 1.1b3 ch. 2) are said
by someone about something, and what a bare saying is about is its article's act, which the
merge does not see: ACLED codes no event without a date and a location of its own, and an
unknown part never helps (README, Happenings). So such a pair is not one happening unless it
shares a named actor ("Amnesty urged ..." in two outlets is one appeal).
"""

from __future__ import annotations

from dashboard.happenings.model import Report

# CAMEO 1.1b3's verbal roots: 01 make a public statement ... 13 threaten (14-20 are acts)
SAYING_ROOTS = frozenset(f"{n:02d}" for n in range(1, 14))


def borrowed(r: Report) -> bool:
    """Is ``r`` a saying with neither a day nor a place of its own?"""
    return r.root in SAYING_ROOTS and r.undated and r.place is not None and r.place.inferred


def two_sayings(a: Report, b: Report) -> bool:
    """Are ``a`` and ``b`` two sayings with no day of their own, at least one with no place
    of its own either (``borrowed``), and no actor in common? A place one of them names is
    the place of what it says something about ("France condemned the hanging in Mashhad"),
    which the other, placed by nothing of its own, cannot be matched with.

    >>> from datetime import date
    >>> from dashboard.happenings.model import Spot
    >>> sg = Spot("cc:SG", "Singapore", "country", 1.3, 103.8, "SG", None, 3, inferred=True)
    >>> week = (date(2023, 7, 21), date(2023, 7, 27), 2, sg)
    >>> a = Report("e1", "a1", "02", *week, actors=frozenset({"amnesty"}), undated=True)
    >>> b = Report("e2", "a2", "02", *week, actors=frozenset({"rights groups"}), undated=True)
    >>> two_sayings(a, b), two_sayings(a, a.__class__("e3", "a3", "02", *week,
    ...     actors=frozenset({"amnesty"}), undated=True))
    (True, False)
    """
    sayings = a.root in SAYING_ROOTS and b.root in SAYING_ROOTS and a.undated and b.undated
    if not (sayings and (borrowed(a) or borrowed(b))):
        return False
    return not (a.actors & b.actors or a.countries & b.countries)
