"""The one US state that holds namesakes of most of a text's US names: where a local story is.

Local news names its towns and counties without their state ("Greene County deputies ...
in Rogersville ... a Springfield man"), each name shared by towns in many states. Taken
one at a time, each goes to its most populous namesake, scattered over the country; taken
together, one state often holds a namesake of nearly every one, and the story is set there
(the "minimum spread" reading of toponym resolution: Leidner 2007, "Toponym Resolution in
Text", ch. 5; the co-occurrence heuristics of Web-a-Where, Amitay et al. 2004).

When the text names no US state at all (a named state is read by ``focus`` and the state
rules), and one state holds a namesake (a town of any size, or a county) of at least
``JOINT_MIN`` of the text's distinct US names, and of at least ``JOINT_RATIO`` times as
many as any other state, each name that size or kind alone put elsewhere moves to its
namesake there (the biggest if several). A city of ``_KEEPS`` people or more keeps its
reading, as ``focus`` keeps it.
"""

from __future__ import annotations

from dashboard.model import Mention, Place
from dashboard.places.focus import dominant
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import name_key
from dashboard.places.pairs import moved_to

JOINT_MIN = 3  # distinct names with a namesake in the state
JOINT_RATIO = 2  # ... and this many times as many as any other state holds
TIE_RATIO = 3  # the tied state whose namesakes are this many times as populous as any other's
_KEEPS = 100_000
_KINDS = ("city", "admin2")
# readings that size or kind alone chose: explicit patterns and a lone candidate stay
_SIZE_ONLY = ("population", "admin2 prior", "nearest namesake")


def us_names(
    mentions: list[Mention], gaz: Gazetteer, kinds: tuple[str, ...]
) -> dict[str, list[Place]] | None:
    """Each distinct name of a US place of ``kinds`` among ``mentions``, with its US namesakes
    of those kinds; None when the text names a US state (``focus`` reads it)."""
    names: dict[str, list[Place]] = {}
    for m in mentions:
        p = m.place
        if p is None:
            continue
        if p.country_code == "US" and p.kind == "admin1":
            return None
        if p.kind in kinds and p.country_code == "US":
            key = name_key(m.text)
            if key not in names:
                names[key] = [
                    c for c in gaz.lookup(key) if c.kind in kinds and c.country_code == "US"
                ]
    return names


def joint_state(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with names moved into the state that holds most of them (see module)."""
    names = us_names(mentions, gaz, _KINDS)
    if names is None:
        return mentions  # a named state: ``focus`` and the state rules read it
    if len(names) < JOINT_MIN:
        return mentions  # the common case
    counts: dict[str, int] = {}
    for options in names.values():
        for state in {c.admin1 for c in options if c.admin1}:
            counts[state] = counts.get(state, 0) + 1
    top = dominant(counts, JOINT_MIN, JOINT_RATIO) or _biggest_tied(names, counts)
    if top is None:
        return mentions
    out = list(mentions)
    changed = False
    for k, m in enumerate(mentions):
        p = m.place
        if p is None or p.kind not in _KINDS or p.country_code != "US" or p.admin1 == top:
            continue
        if not m.reason.startswith(_SIZE_ONLY) or p.population >= _KEEPS:
            continue
        held = [c for c in names.get(name_key(m.text), ()) if c.admin1 == top and c.kind == p.kind]
        if not held:
            continue
        place = max(held, key=lambda c: c.population)
        why = (
            f"the text names no state, and {top} holds namesakes of {counts[top]} of its "
            f"{len(names)} US names: the {place.name} there"
        )
        out[k] = moved_to(m, place, why)
        changed = True
    return out if changed else mentions


def _biggest_tied(names: dict[str, list[Place]], counts: dict[str, int]) -> str | None:
    """Of the states that tie for the most names (``JOINT_MIN`` at least), the one whose
    namesakes are together ``TIE_RATIO`` times as populous as those of any state that
    blocked ``dominant`` (one holding more than half as many names): "Portland, Bangor and
    Augusta" are Maine's cities of 66,000, 32,000 and 19,000 people, not Wisconsin's
    villages of those names (the prominence prior of toponym resolution, Leidner 2007,
    4.3, applied to the states the names' co-occurrence leaves tied)."""
    if not counts:
        return None
    most = max(counts.values())
    tied = [s for s, n in counts.items() if n == most]
    if most < JOINT_MIN or len(tied) < 2:
        return None
    rivals = [s for s, n in counts.items() if JOINT_RATIO * n > most]
    weight = {s: _people(names, s) for s in rivals}
    best = max(tied, key=weight.__getitem__)
    if any(TIE_RATIO * w > weight[best] for s, w in weight.items() if s != best):
        return None
    return best


def _people(names: dict[str, list[Place]], state: str) -> int:
    """The summed population of each name's biggest namesake in ``state``."""
    total = 0
    for options in names.values():
        there = [c.population for c in options if c.admin1 == state]
        total += max(there, default=0)
    return total
