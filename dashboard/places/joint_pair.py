"""Two US names whose namesakes lie side by side in one state, and nowhere else: that pair.

Local news names a few neighbouring towns and no state ("the New London police chief ...
officials from Mt. Pleasant"). Taken one at a time, each name goes to its most populous
namesake, half a continent apart; ``joint_state`` needs three names to vote for a state.
Two names are enough when, of all their namesakes, exactly one pair lies within
``CLOSE_KM`` of each other (the "minimum spread" reading of toponym resolution: Leidner
2007, "Toponym Resolution in Text", ch. 5; Smith and Crane 2001 read names by their
distance from each other). Two common names often have several such pairs ("Springfield"
and "Franklin" lie side by side in many states); then only a pair whose towns hold
``TIE_RATIO`` times the people of any other's moves, else nothing does.

Only when the text names no US state (a named state is read by ``focus`` and the state
rules), and only readings that size alone chose or a name's one candidate above the
small-town cut-off; a city of ``_KEEPS`` people or more keeps its reading, as ``focus``
keeps it, and then neither name moves ("Athens" stays Georgia's city of 127,000, so
"Augusta" does not go to Michigan's village beside Michigan's Athens).
"""

from __future__ import annotations

from itertools import combinations

from dashboard.model import Mention, Place
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.joint_state import us_names
from dashboard.places.names import name_key
from dashboard.places.pairs import _km, moved_to

CLOSE_KM = 30.0  # two towns this near are neighbours: a county is 30-50 km across
_CLOSE_DEG = CLOSE_KM / 111.0
_KEEPS = 100_000
_KINDS = ("city",)
# readings that size alone chose, or the one candidate the scorer kept
_SIZE_ONLY = ("population", "only candidate", "nearest namesake")

TIE_RATIO = 3  # of several close pairs, the one this many times as populous as the next
Named = tuple[tuple[str, Place], tuple[str, Place]]


def joint_pair(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with two names moved to the one pair of their namesakes that lie side by
    side (see the module)."""
    names = us_names(mentions, gaz, _KINDS)
    if names is None or len(names) < 2:
        return mentions
    pair = _one_pair(_close_pairs(names))
    if pair is None:
        return mentions
    (a_key, a), (b_key, b) = pair
    chosen = {a_key: a, b_key: b}
    now = {name_key(m.text): m.place for m in mentions if m.place is not None}
    if _km(now[a_key], now[b_key]) <= CLOSE_KM:
        return mentions  # already read side by side
    if not all(_movable(m, chosen) for m in mentions):
        return mentions  # one name keeps its reading: the pair is not read together
    out = list(mentions)
    for k, m in enumerate(mentions):
        place = chosen.get(name_key(m.text))
        if place is None or m.place is None or m.place.id == place.id:
            continue
        other = b if place is a else a
        why = (
            f"the text names no state, and of all the namesakes of {m.text} and "
            f"{other.name} only those in {place.admin1} lie side by side "
            f"({_km(a, b):.0f} km): the {place.name} there"
        )
        out[k] = moved_to(m, place, why)
    return out


def _movable(m: Mention, chosen: dict[str, Place]) -> bool:
    """Whether ``m`` is no name of the pair, already at its town, or a reading size alone
    chose of a town under ``_KEEPS``."""
    place, p = chosen.get(name_key(m.text)), m.place
    if place is None or p is None or p.id == place.id:
        return True
    return m.reason.startswith(_SIZE_ONLY) and p.population < _KEEPS


def _one_pair(pairs: list[Named]) -> Named | None:
    """The one pair, or of several the one whose towns hold ``TIE_RATIO`` times the people
    of any other's (New London and Mount Pleasant, Iowa, 10,300 people, over their North
    Carolina namesakes' 2,400); None when there is none or no pair stands out."""
    if len(pairs) < 2:
        return pairs[0] if pairs else None
    ranked = sorted(pairs, key=_people, reverse=True)
    if _people(ranked[0]) < TIE_RATIO * _people(ranked[1]):
        return None
    return ranked[0]


def _people(pair: Named) -> int:
    return pair[0][1].population + pair[1][1].population


def _close_pairs(names: dict[str, list[Place]]) -> list[Named]:
    """Every pair of namesakes of two different names within ``CLOSE_KM`` in one state."""
    by_state = {key: _by_state(options) for key, options in names.items()}
    out = []
    for ka, kb in combinations(names, 2):
        there = by_state[kb]
        for state, ours in by_state[ka].items():
            for a in ours:
                for b in there.get(state, ()):
                    if _close(a, b):
                        out.append(((ka, a), (kb, b)))
    return out


def _close(a: Place, b: Place) -> bool:
    """Two other places within ``CLOSE_KM``; a degree of latitude is 111 km, so most
    namesakes fail the first test before the distance on the sphere is taken."""
    if a.lat is None or b.lat is None or abs(a.lat - b.lat) > _CLOSE_DEG:
        return False
    return a.id != b.id and _km(a, b) <= CLOSE_KM


def _by_state(options: list[Place]) -> dict[str | None, list[Place]]:
    out: dict[str | None, list[Place]] = {}
    for c in options:
        if c.lat is not None and c.lon is not None:
            out.setdefault(c.admin1, []).append(c)
    return out
