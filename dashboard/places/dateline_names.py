"""A name in capitals before a dateline's dash is the town the story was filed from.

"CROMWELL — The third candidate entered the race for mayor." A news story opens with its
dateline: the name of the city it was filed from "in capital letters", then a dash (AP
Stylebook, "datelines"; the Reuters and AFP styles write it the same way). Local papers
file from small towns, so a dateline's name is often only small towns of that name, none of
which the story backs: the resolver leaves such a name to the neighbour pass, which drops
it when no neighbour backs one. The form still says it is a town, as a municipal organ
after the name does (``municipal``), though not which: the name is kept with no point (a
wrong namesake's point is no answer) rather than dropped.

The dateline is read where a story's first paragraph starts: at the text's start, after a
line break, or after a sentence's end (a headline pasted before the story with a full
stop), and only for a name wholly in capitals with a dash right after it, or after its
state ("CROMWELL, Conn. —") or its wire ("(AP)"). "NATO-Russia Council" (a hyphen glued to a
word), "FIRE IN CROMWELL — ..." (no paragraph start) and "Cromwell — the town ..." (not in
capitals) are no dateline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.model import Mention
from dashboard.places.municipal import put_back

# where a paragraph may start: the text's start, a line break, or a sentence's end
_OPENS = re.compile(r"(?:^|\n|[.!?][\"'’”]?)\s*$")
# after the name: an optional ", State" (one to three words), an optional wire in
# parentheses, then a dash: an em or en dash, or a hyphen or two before a space
_DASH_AFTER = re.compile(
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?"
    r"(?:[—–]|-{1,2}\s)"
)
_REACH = 4  # characters read before the name: a sentence's end and its spaces


def caps_dateline(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a dateline's name: in capitals, where a paragraph starts, with
    a dash after it (see the module)?

    >>> caps_dateline("Budget passes. CROMWELL — The council voted.", 15, 23)
    True
    >>> caps_dateline("CROMWELL, Conn. (AP) - The council voted.", 0, 8)
    True
    >>> caps_dateline("talks in the NATO-Russia Council", 13, 17)
    False
    >>> caps_dateline("FIRE IN CROMWELL — crews came.", 8, 16)
    False
    """
    name = text[start:end]
    if not name.isupper():
        return False
    if _OPENS.search(text, max(0, start - _REACH), start) is None:
        return False
    return _DASH_AFTER.match(text, end) is not None


def dateline_pending(text: str, mentions: Sequence[Mention], pending: str) -> list[Mention]:
    """The mentions still without a place for the reason ``pending`` (only small towns of
    their name, left to the neighbour pass) that are a dateline's name (``caps_dateline``)."""
    return [
        m
        for m in mentions
        if m.place is None and m.reason == pending and caps_dateline(text, m.start, m.end)
    ]


def with_dateline_towns(mentions: list[Mention], held: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each of ``held`` (see ``dateline_pending``) that no longer has a
    mention at its span put back without a point, in text order: the neighbour pass backed
    none of the name's small towns, yet the dateline says it is a town.

    >>> held = [Mention(0, 8, "CROMWELL", None, 0.0, "pending")]
    >>> [(m.text, m.place, m.reason[:26]) for m in with_dateline_towns([], held)]
    [('CROMWELL', None, 'only small towns of that n')]
    """
    return put_back(
        mentions,
        held,
        "only small towns of that name, none backed by the text; a dateline in "
        "capitals says it is the town the story was filed from, not which",
    )
