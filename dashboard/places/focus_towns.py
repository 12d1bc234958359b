"""The division most of a text's places lie in: its small namesakes count there too.

The resolver sets a name's small towns (under ``MAJOR_POPULATION``) aside unless the text
names their state, so a local story about a village that a bigger town elsewhere also names
("Rockford" among a dozen Ohio towns and counties) took the bigger town as the name's only
candidate, and no later pass reopened it: ``pairs.home_state`` and ``focus`` move only towns
chosen on size, and only from a state named or from the text's one-candidate places. Local
news seldom names its own state; its other places say where it is set (a document's focus
from the places it names: Amitay et al. 2004, "Web-a-Where", SIGIR; the "minimum spread"
reading of Leidner 2007, "Toponym Resolution in Text", ch. 5).

The focus: the first-level division that holds ``FOCUS_MIN`` or more of the text's other
distinct placed names (towns, counties, the division itself) and ``FOCUS_RATIO`` times as
many as any other division. A town chosen on size, as the nearest namesake of an anchor, or
as the one candidate left once the small towns were set aside, moves to its namesake in the
focus that bears the name as its own (the biggest if several). The margin that lets a
well-known city win: it stays when its own division holds another of the text's places
(the text backs it), when it is a national capital, or when it has ``_KEEPS`` people.
"""

from __future__ import annotations

from dashboard.model import Mention, Place
from dashboard.places.capitals import capital_names
from dashboard.places.focus import dominant
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import fold, name_key
from dashboard.places.pairs import moved_to

# 2 and 3 put the same LGL names within 161 km; 2 also moved "New Milford" beside Danbury
# to Connecticut's town and one Bohol "San Jose" into Bohol (LGL AUC .1695 -> .1693)
FOCUS_MIN = 2
FOCUS_RATIO = 2  # ... and this many times as many as any other division holds
_KEEPS = 1_000_000  # a metropolis keeps its reading (scoring.METROPOLIS)
_VOTERS = frozenset({"city", "admin2", "admin1"})  # kinds that lie in one division
# readings that size, a nearby anchor or the small towns' cut-off chose: not an explicit
# pattern, a named state's backing, a county pair or an alternate name ("only candidate, by
# an alternate name" is the resolver's own open case, left to the neighbour pass)
_OPEN = ("only candidate", "population", "nearest namesake")
# the words the Census Bureau adds to a county's own name (Louisiana's parishes)
_COUNTY_WORDS = (" county", " parish")


def division_counts(mentions: list[Mention], skip: str) -> dict[str, int]:
    """How many distinct names (folded, ``skip`` left out) of the text lie in each
    first-level division (ISO 3166-2 code -> count); countries and regions lie in none."""
    counts: dict[str, set[str]] = {}
    for m in mentions:
        p = m.place
        if p is None or p.kind not in _VOTERS or not p.admin1:
            continue
        key = name_key(m.text)
        if key != skip:
            counts.setdefault(p.admin1, set()).add(key)
    return {code: len(keys) for code, keys in counts.items()}


def focus_towns(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each town read on size, by a nearby anchor or as the one candidate
    left above the small-town cut-off moved to its namesake in the text's focus division
    (see the module). Unchanged when no division dominates or no namesake lies there."""
    out = mentions
    moved: dict[str, Place | None] = {}
    for k, m in enumerate(mentions):
        p = m.place
        if (
            p is None
            or p.kind != "city"
            or not m.reason.startswith(_OPEN)
            or m.reason.startswith("only candidate,")
            or p.population >= _KEEPS
        ):
            continue
        key = name_key(m.text)
        if key not in moved:
            moved[key] = _focus_namesake(mentions, key, p, gaz)
        place = moved[key]
        if place is None:
            continue
        if out is mentions:
            out = list(mentions)
        what = "a town" if place.kind == "city" else "a county named without the word, no town"
        why = f"{what} of {place.admin1}, where most of the text's other places lie (its focus)"
        out[k] = moved_to(m, place, why)
    return out


def _focus_namesake(mentions: list[Mention], key: str, p: Place, gaz: Gazetteer) -> Place | None:
    """The namesake in the text's focus that the town ``p`` (folded name ``key``) moves to,
    or None where it stays."""
    counts = division_counts(mentions, key)
    focus = dominant(counts, FOCUS_MIN, FOCUS_RATIO)
    if focus is None or focus == p.admin1 or p.admin1 in counts or _capital(p):
        return None
    towns = [q for q in gaz.places_of(gaz.index.get(key, ())) if q.kind == "city"]
    there = [q for q in towns if q.admin1 == focus and name_key(q.name) == key]
    if there:
        return max(there, key=lambda q: q.population)
    return _focus_county(key, focus, towns, gaz)


def _focus_county(key: str, focus: str, towns: list[Place], gaz: Gazetteer) -> Place | None:
    """The county (or parish) of the focus division ``focus`` named ``key`` plus the word,
    when none of ``towns`` (the name's towns, small ones included) lies in the focus; else
    None. The index is asked for the county's key first: most names name no county."""
    for word in _COUNTY_WORDS:
        ids = gaz.index.get(key + word)
        if not ids or any(q.admin1 == focus for q in towns):
            continue
        for q in gaz.places_of(ids):
            if q.kind == "admin2" and q.admin1 == focus:
                return q
    return None


def _capital(p: Place) -> bool:
    """``p`` is its country's national capital (GeoNames' country table): "Washington" in
    a Virginia story is still the capital."""
    return fold(capital_names().get(p.country_code or "", "")) == fold(p.name)
