"""A small town the text puts in a state or country that holds none of its namesakes.

"Martha was born in Grantville, Pennsylvania" names a town in Pennsylvania; when every
gazetteer place called Grantville is a small town elsewhere (Georgia's), none of them is the
one meant, and the neighbour pass must not move it to one beside the text's other places.
The text still names a place, in the standard "City, State" form (AP Stylebook, "state
names"; the same form the resolver reads as a container): it is kept without a point, as a
place the text calls one but the gazetteer lacks is (``resolve``'s ``unplaced``).

Only after a preposition of place or origin ("in", "of", "from", "near", "at", "outside",
"to"), and not before a possessive: "Brown, Ohio's senior senator" is a person and an
office, "in Brown, Ohio" a town.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.model import Mention, Place
from dashboard.places.names import fold

# the preposition right before the name: "born in X, Y", "a man of X, Y", "moved to X, Y"
_PLACE_PREPOSITION = re.compile(r"(?<![\w'’-])(?:in|of|from|near|at|outside|to) $")
_REACH = 9  # "outside " and a character before it
_HOLDERS = frozenset({"country", "admin1"})  # "X, Pennsylvania", "X, Iraq"
_POSSESSIVE = ("'s", "’s", "'", "’")


def holder_named(
    text: str, start: int, end: int, next_start: int, next_end: int, container: Sequence[Place]
) -> Place | None:
    """The state or country of "in X, Y" (``text[start:end]`` is X, ``text[next_start:
    next_end]`` is Y, ``container`` Y's candidates), or None when the name is not written so.

    >>> from dashboard.model import Place
    >>> pa = Place("a1:US-PA", "Pennsylvania", "admin1", 40.9, -77.8, "US", 3)
    >>> text = "She was born in Grantville, Pennsylvania, in 1931."
    >>> holder_named(text, 16, 26, 28, 40, [pa]).name
    'Pennsylvania'
    >>> holder_named("Grantville, Pennsylvania's governor", 0, 10, 12, 24, [pa]) is None
    True
    """
    if next_start != end + 2 or not text.startswith(", ", end):
        return None
    if text.startswith(_POSSESSIVE, next_end):
        return None  # "Brown, Ohio's senior senator"
    if _PLACE_PREPOSITION.search(text, max(0, start - _REACH), start) is None:
        return None
    for place in container:
        if place.kind in _HOLDERS:
            return place
    return None


def unplaced_within(m: Mention, holder: Place) -> Mention:
    """``m`` as a town of ``holder`` that the gazetteer lacks: no point, and the reason."""
    why = (
        f"only small towns of that name, none in {holder.name}, where the text puts it "
        "('X, Y'): a town the gazetteer lacks"
    )
    return Mention(m.start, m.end, m.text, None, 0.0, why)


def repeats_within(
    mentions: list[Mention], within: Sequence[Mention], pending: str
) -> tuple[list[Mention], list[Mention]]:
    """``mentions`` without the pending ones (reason ``pending``: only small towns, left to
    the neighbour pass) that repeat a name of ``within`` (see ``unplaced_within``), and
    those repeats unplaced as it is: one sense per discourse (Gale, Church and Yarowsky
    1992), so "attended school in Grantville" after "born in Grantville, Pennsylvania" is
    the same town the gazetteer lacks."""
    names = {fold(m.text): m.reason for m in within}
    if not names:
        return mentions, []
    kept, moved = [], []
    for m in mentions:
        why = names.get(fold(m.text)) if m.place is None and m.reason == pending else None
        if why is None:
            kept.append(m)
        else:
            moved.append(Mention(m.start, m.end, m.text, None, 0.0, why))
    return kept, moved


def with_mentions(mentions: list[Mention], extra: Sequence[Mention]) -> list[Mention]:
    """``mentions`` and ``extra`` in text order (``mentions`` itself when there is none)."""
    if not extra:
        return mentions
    return sorted([*mentions, *extra], key=lambda m: (m.start, m.end))
