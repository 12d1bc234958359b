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

An act told so is no better placed (newuser95's repro 04): "Nine crew were detained." follows
its article's seizure of a second boat, and with neither a day nor a place of its own (its
article's week, a place named near it) it met the first boat's seizure of that week in
another article. Its act is its article's act, which the merge does not see, so such an act
(CAMEO 1.1b3's roots of acts, 14-20) meets another article's report only through a shared
actor (``borrowed_act``).
"""

from __future__ import annotations

from dashboard.happenings.model import Report

# CAMEO 1.1b3's verbal roots: 01 make a public statement ... 13 threaten (14-20 are acts)
SAYING_ROOTS = frozenset(f"{n:02d}" for n in range(1, 14))
ACT_ROOTS = frozenset(f"{n:02d}" for n in range(14, 21))


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


def borrowed_act(a: Report, b: Report) -> bool:
    """Is ``a`` an act with neither a day nor a place of its own, with no actor in common
    with ``b`` (module doc)?

    >>> from datetime import date
    >>> from dashboard.happenings.model import Spot
    >>> isle = Spot("gn:1", "Isle", "island", 4.0, 108.0, "ID", None, 2, inferred=True)
    >>> week = (date(2025, 4, 12), date(2025, 4, 18), 2, isle)
    >>> held = Report("e1", "a1", "17", *week, undated=True)
    >>> other = Report("e2", "a2", "17", *week, countries=frozenset({"ID"}))
    >>> borrowed_act(held, other), borrowed_act(other, held)
    (True, False)
    """
    if a.root not in ACT_ROOTS or not a.undated or a.place is None or not a.place.inferred:
        return False
    return not (a.actors & b.actors or a.countries & b.countries)
