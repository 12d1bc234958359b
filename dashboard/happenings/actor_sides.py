"""Whether two reports' sides contradict, and actors' names folded for comparing.

Split from ``rules`` (the merge rule's parts) to keep modules small: ``other_sides`` and
``other_parties`` are the actor part's refusals, ``fold_actor`` the name key every report's
actors are compared by.
"""

from __future__ import annotations

import re

from dashboard.happenings.model import Report

__all__ = ["CONSULT_ROOTS", "fold_actor", "other_parties", "other_sides"]

CONSULT_ROOTS = frozenset({"04"})  # CAMEO 04 consult: a meeting is told by its parties


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
