"""Whether two reports' sides contradict, and actors' names folded for comparing.

Split from ``rules`` (the merge rule's parts) to keep modules small: ``other_sides`` and
``other_parties`` are the actor part's refusals (``struck_at_home`` its exception), ``fold_actor`` the name key every report's
actors are compared by.
"""

from __future__ import annotations

import re

from dashboard.happenings.model import Report

__all__ = [
    "CONSULT_ROOTS",
    "fold_actor",
    "no_speakers",
    "other_parties",
    "other_sides",
    "struck_at_home",
]

CONSULT_ROOTS = frozenset({"04"})  # CAMEO 04 consult: a meeting is told by its parties
# CAMEO 1.1b3's roots of what a source says to a target (make a public statement, appeal,
# express intent, demand, disapprove, reject, threaten): the act is the saying, so who says it
# to whom is what makes it one happening; a meeting (04) or an act of force is also a gathering
# or a deed at a place and a time, which two outlets can place and date alike without names
SPEECH_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})


def other_parties(a: Report, b: Report) -> bool:
    """Two consultations (CAMEO 04) each naming two or more countries, and each a country the
    other does not: a meeting is its parties (CAMEO 1.1b3 §04: "meet at ... with"), so
    "A's leader sat down with B's" and "B's leader met C's" the next day in the same city
    are two meetings. A report naming fewer parties than the other (a bilateral told
    within a summit of three) is not refused."""
    if a.root not in CONSULT_ROOTS or b.root not in CONSULT_ROOTS:
        return False
    if len(a.countries) < 2 or len(b.countries) < 2:
        return False
    return not (a.countries <= b.countries or b.countries <= a.countries)


def no_speakers(a: Report, b: Report) -> bool:
    """Two reports of a saying (``SPEECH_ROOTS``) neither of which names any actor: a
    statement is its source's and its target's (CAMEO 1.1b3 codes source, verb, target),
    so two sayings with no one named ("the whole vote must be held again" and "the
    ministry must now draw up a timetable", one city's week) share only what any two
    statements of a capital's week share, and are not known to be one."""
    if a.root not in SPEECH_ROOTS or b.root not in SPEECH_ROOTS:
        return False
    return not (a.actors or a.countries or b.actors or b.countries)


def other_sides(a: Report, b: Report) -> bool:
    """Both name who acted, differently, and neither names the other's side at all."""
    if not (a.source_country and b.source_country) or a.source_country == b.source_country:
        return False
    return a.source_country not in b.countries and b.source_country not in a.countries


def fold_actor(name: str) -> str:
    """An actor's name for comparing: case, "the" and a plural s do not matter.

    >>> fold_actor("The Houthis"), fold_actor("Houthi")
    ('houthi', 'houthi')
    """
    words = re.sub(r"[^\w\s]", " ", name.casefold()).split()
    if words and words[0] == "the":
        words = words[1:]
    text = " ".join(words)
    return text[:-1] if text.endswith("s") and not text.endswith("ss") else text


def struck_at_home(r: Report) -> bool:
    """Does the report name no actor country but the one it happened in, and that as the side
    acted on ("a missile hit a training centre for Ukrainian soldiers in the Poltava region":
    CAMEO's target, ACLED's actor 2), with no one named as who acted? Then a foreign side
    named by another report of that place and day is who acted, whatever role the reader gave
    it there ("the toll from the strike Russian missiles carried out on Poltava"), not a rival
    side. A report naming its own country with no role, or as who acted, is not this: the
    home side fighting at home is one side of a two-sided fight, and two foreign sides (a
    Russian and a Belarusian act in Kyiv) still contradict each other."""
    home = r.place.country if r.place is not None else None
    return (
        home is not None
        and r.source_country is None
        and r.target_country == home
        and r.countries == {home}
    )
