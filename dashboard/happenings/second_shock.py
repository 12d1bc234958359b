"""A quake told as "a second" one at a place another report does not reach is another quake.

"A second powerful earthquake, of magnitude 7.6, struck near Elbistan on Monday afternoon"
counts its shock after one already told (``cues.sequel``: "another", "a second", "a new"
quake; an additive determiner, Huddleston & Pullum 2002 §5.7), so the writer knows of a first
one; USGS lists each shock as its own event. EM-DAT's "one country, one disaster" lets two
quakes of one day in one country meet, and by magnitudes alone 7.6 and 7.8 may be one shock
told twice (``cues.two_quakes``), so the Pazarcik and Elbistan shocks of 6 February 2023 became
one happening (set BA). ``sequel_elsewhere`` keeps a sequel's report apart from a report that
tells no sequel and is placed at another town or district, neither holding the other: the
first shock's reports at its town. A report at the sequel's own place, or at a town inside it,
may tell the same shock without the word, and still joins; so may a report at a province or a
country, which may hold both (two shocks of one swarm told as one disaster: Herat's of 7
October 2023, set A).
"""

from __future__ import annotations

from dashboard.happenings.containment import contains
from dashboard.happenings.model import Report


def sequel_elsewhere(a: Report, b: Report) -> bool:
    """Is ``a`` a quake's sequel ("a second quake ... near Elbistan") and ``b`` a report of no
    sequel at another town or district, neither place holding the other (module doc)?

    >>> from datetime import date
    >>> from dashboard.happenings.model import Spot
    >>> day = date(2023, 2, 6)
    >>> town = Spot("gn:1", "Elbistan", "city", 38.2, 37.2, "TR", "46", 1)
    >>> other = Spot("gn:2", "Pazarcik", "city", 37.5, 37.3, "TR", "46", 1)
    >>> second = Report("e1", "a1", "DIS-QUAKE", day, day, 1, town, sequel=True)
    >>> first = Report("e2", "a2", "DIS-QUAKE", day, day, 1, other)
    >>> same = Report("e3", "a3", "DIS-QUAKE", day, day, 1, town)
    >>> sequel_elsewhere(second, first), sequel_elsewhere(second, same)
    (True, False)
    """
    if a.root != "DIS-QUAKE" or not a.sequel or b.sequel or b.later_shock:
        return False
    if a.place is None or b.place is None or a.place.id == b.place.id:
        return False
    if max(a.place.precision, b.place.precision) > _TOWN:
        return False  # a province or a country may hold both shocks: "quakes shook Herat"
    return not (contains(a.place, b.place) or contains(b.place, a.place))


_TOWN = 2  # ACLED geo precision: a town (1) or a place near one or a district (2)
