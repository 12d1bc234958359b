"""A US village under a name a bigger place holds, beside the places the text names.

Local news names its villages among its county and towns and names no state ("Deputies from
Douglas County searched the lake near Brandon"). The gazetteer holds a post town of
``us_post_towns.csv`` only under a name nothing else holds (places80: a village under a held
name became a namesake that moved a city), so "Brandon" has only its cities, and size sends it
to Florida, 2,000 km from every other place of the text. The village is the reading when:

- the name's reading is a town that size alone chose (or its one candidate, its nearest
  namesake to a far place, or a town of the text's main country), of under ``_KEEPS``
  people, not in a state the text names;
- that town lies over ``APART_KM`` from every other place the text names (nothing backs it);
- a post town of that very name lies within ``BESIDE_KM`` of a US town or county the text
  names (the "minimum spread" reading: Leidner 2007, "Toponym Resolution in Text", ch. 5),
  in a state the text names if it names any, and no such post town of another state does.

The post town is the USPS city of its ZIP codes (zipcodes 3.0.0, a source per row in the
CSV); it keeps no population, so it is a minor town the text backs by its neighbour.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from dashboard.model import Mention, Place
from dashboard.paths import data_dir
from dashboard.places.gazetteer import distance_km
from dashboard.places.gazetteer_names import _read_csv
from dashboard.places.gazetteer_regions import POST_TOWN_COLUMNS, post_town
from dashboard.places.names import name_key
from dashboard.places.pairs import moved_to

BESIDE_KM = 30.0  # a county is 30-50 km across: a village this near a named place is beside it
APART_KM = 161.0  # the eval's own radius: a reading farther from every named place is unbacked
_KEEPS = 200_000  # a city this big is known by its name alone
# readings that size alone chose, the one candidate the scorer kept, or a town taken only
# for lying in the text's main country (``pairs``: "Nelson" over New Zealand's region)
_SIZE_ONLY = ("population", "only candidate", "nearest namesake", "a town of the text's main")
_ANCHOR_KINDS = frozenset({"city", "admin2"})


@lru_cache(maxsize=1)
def post_towns() -> dict[str, tuple[Place, ...]]:
    """Every row of ``us_post_towns.csv`` as a place, by name key (read once, on first use);
    the ids are those ``gazetteer_regions._add_post_towns`` gives."""
    out: dict[str, list[Place]] = defaultdict(list)
    for row in _read_csv(data_dir() / "gazetteer" / "us_post_towns.csv", POST_TOWN_COLUMNS):
        out[name_key(row["name"])].append(post_town(row))
    return {key: tuple(places) for key, places in out.items()}


def held_post_towns(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a name read far from the text's other places moved to a post town of
    that name beside one of them (see the module)."""
    states = {m.place.admin1 for m in mentions if m.place is not None and m.place.kind == "admin1"}
    out = mentions
    for key, was in _unbacked(mentions, states).items():
        village = _village(key, was, mentions, states)
        if village is None:
            continue
        place, anchor = village
        why = (
            f"{was.name} ({was.admin1 or was.country_code}) lies far from every place the text "
            f"names; the post town {place.name}, {place.admin1}, lies beside {anchor}"
        )
        out = [
            moved_to(m, place, why)
            if m.place is not None and m.place.id == was.id and name_key(m.text) == key
            else m
            for m in out
        ]
    return out


def _unbacked(mentions: list[Mention], states: set[str | None]) -> dict[str, Place]:
    """Each name whose reading size alone chose, under ``_KEEPS``, outside the named states,
    over ``APART_KM`` from the text's other places; by name key."""
    out: dict[str, Place] = {}
    for m in mentions:
        p = m.place
        if p is None or p.kind != "city" or p.lat is None or p.lon is None:
            continue
        if not m.reason.startswith(_SIZE_ONLY) or p.population >= _KEEPS or p.admin1 in states:
            continue
        key = name_key(m.text)
        if key in out or not _isolated(p, key, mentions):
            continue
        out[key] = p
    return out


def _isolated(p: Place, key: str, mentions: list[Mention]) -> bool:
    for m in mentions:
        q = m.place
        if q is None or q.lat is None or q.lon is None or name_key(m.text) == key:
            continue
        if distance_km(p.lat or 0.0, p.lon or 0.0, q.lat, q.lon) <= APART_KM:
            return False
    return True


def _village(
    key: str, was: Place, mentions: list[Mention], states: set[str | None]
) -> tuple[Place, str] | None:
    """The one post town of ``key`` beside a US town or county the text names, with that
    place's name; None when there is none or two states hold one."""
    towns = [t for t in post_towns().get(key, ()) if not states or t.admin1 in states]
    if not towns:
        return None
    found: dict[str, tuple[float, Place, str]] = {}
    for m in mentions:
        q = m.place
        if q is None or q.kind not in _ANCHOR_KINDS or q.country_code != "US" or q.lat is None:
            continue
        if name_key(m.text) == key or q.lon is None:
            continue
        for t in towns:
            km = distance_km(t.lat or 0.0, t.lon or 0.0, q.lat, q.lon)
            if km <= BESIDE_KM and (t.id not in found or km < found[t.id][0]):
                found[t.id] = (km, t, q.name)
    if len({t.admin1 for _, t, _ in found.values()}) != 1:
        return None
    _, town, anchor = min(found.values(), key=lambda f: f[0])
    return (town, anchor) if town.id != was.id else None
