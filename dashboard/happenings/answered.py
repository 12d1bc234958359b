"""A report that names a place only as that of an act its act answers was not there.

"KISUMU - Hundreds marched on Tuesday to denounce the shooting of protesters outside parliament
in Nairobi" tells a march that was not in Nairobi: Nairobi is the shooting's place
(``events.answered_places``; ACLED Codebook 2023: a demonstration is placed where the crowd
stood, its issue is a note). Placed at Kenya, or at its dateline's country when the reader
gives a field act no town, the march would join Nairobi's happening of that day by
containment; ``named_for_answered`` keeps it apart from every report placed at a place it
names so (``Report.answered``, from ``store.answered_places``). A report placed at such a
place itself ("Crowds protested against the arrest of the leader in Dakar") says nothing
against it, as the crowd may have stood there; but not when its sentence tells the motive of a
crowd its article has already told ("The crowd was protesting the arrest of the leader in
Dakar": ``act_facts.crowd_motive``): that crowd stood where the earlier sentence put it, and
the place is only the place of what it protested (newuser95's repro 03).
"""

from __future__ import annotations

from dashboard.happenings.act_facts import MOTIVE
from dashboard.happenings.model import Report


def named_for_answered(a: Report, b: Report) -> bool:
    """Is ``b`` placed where ``a`` names only the act ``a``'s act answers, or is ``a`` a told
    crowd's motive placed there itself (module doc)?

    >>> from datetime import date
    >>> from dashboard.happenings.model import Spot
    >>> day = date(2024, 6, 25)
    >>> kenya = Spot("cc:KE", "Kenya", "country", 0.0, 38.0, "KE", None, 3)
    >>> nairobi = Spot("gn:184745", "Nairobi", "city", -1.3, 36.8, "KE", "05", 1)
    >>> march = Report("e1", "a1", "14", day, day, 1, kenya, answered=frozenset({nairobi.id}))
    >>> storm = Report("e2", "a2", "14", day, day, 1, nairobi)
    >>> named_for_answered(march, storm), named_for_answered(storm, march)
    (True, False)
    """
    if not a.answered or a.place is None or b.place is None:
        return False
    if a.place.id in a.answered:
        return MOTIVE in a.facts  # a told crowd's motive, placed at what it protested
    return b.place.id in a.answered
