"""The candidates of a crowded block: happenings a report could join, found by key, not by scan.

``grouping`` sweeps a block's happenings by date. When one day holds many of them (2,000
reports of one town, one article's 12,000 events), the sweep meets every one, and the block
costs the square of its size. A ``Crowd`` indexes each happening under the keys of its
members, so a report meets only happenings with a member that could match it.

The index only ever narrows the sweep to a superset of what ``rules.match`` accepts, so the
grouping is the same (``tests/unit/test_happening_crowd.py`` checks that on random blocks).
A report joins a happening only when it matches each of its peers (complete link), so it
matches at least one member of another article. Such a member shares with the report:

- **a day**: ``rules.date_part`` allows a one-day gap (a disaster's aftermath more:
  ``rules.reach``), so a member is filed under each day of its range widened by that
  reach, and a report looks up the days of its own range;
- **an article other than the report's**: each key keeps its happenings by the articles
  that filed them (two at most per happening: one differing from the report's is enough),
  so one article's own events are never each other's candidates;
- **a place key** (``place_keys``, ``place_queries``): the same place; a country or province
  and what is in it (``rules.contains``); a box and the points in it; two points within
  the widest ``rules.RADIUS_KM``, found on a grid of one-degree cells; or a place the
  report names among its sites (``rules._named_sites``); or a launch by the same named
  country (``ends.two_ends``), or a hand-over by the same sender to the same receiver
  (``ends.hand_over``);
- **an actor key** (``actor_keys``, ``actor_queries``): ``rules.actor_part`` refuses two
  reports that both name their actors' countries and share neither a country nor an actor,
  unless exactly one of them names who acted (members are filed under ``sourced`` or
  ``unsourced``, and a report looks up the other kind) or the two are a disaster's.

A report looks up the family (any member, place, or actor) whose postings are fewest.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from functools import lru_cache

from dashboard.happenings.ends import handed
from dashboard.happenings.model import LAUNCH_ROOT, Report, Spot
from dashboard.happenings.rules import POINT_KINDS, RADIUS_KM, reach, struck_at_home

Key = tuple[str, ...] | tuple[str, int, int]
CELL_DEG = 1.0  # the grid's cell, in degrees of latitude and longitude
REACH_KM = max(RADIUS_KM.values()) + 1.0  # the widest radius, and a km for rounding
MAX_CELLS = 400  # a box or reach wider than this many cells is looked up as "any place"
_EARTH_KM = 6371.0
_ANY: Key = ("*",)


class Crowd:
    """Happenings (by their position in the block) under ``(day, key)``, by filing article.

    >>> from dashboard.happenings.model import Spot
    >>> kyiv = Spot("gn:703448", "Kyiv", "city", 50.45, 30.52, "UA", "UA-30", 1)
    >>> a = Report("e1", "a1", "19", date(2024, 3, 8), date(2024, 3, 8), 1, kyiv)
    >>> c = Crowd()
    >>> c.add(a, 0)
    >>> sorted(c.near(Report("e2", "a2", "19", a.start, a.end, 1, kyiv))), c.near(a)
    ([0], set())
    """

    def __init__(self) -> None:
        # (day ordinal, key) -> filing article -> positions; and position -> its one filing
        # article, or None once two articles filed it (then any report's lookup sees it)
        self._posts: dict[tuple[int, Key], dict[str, set[int]]] = {}
        self._filed: dict[tuple[int, Key], dict[int, str | None]] = {}

    def add(self, r: Report, pos: int) -> None:
        """File happening ``pos`` under the keys of its new member ``r``."""
        keys = [_ANY, *place_keys(r.place), *actor_keys(r), *_launcher(r), *_hand_over(r)]
        span = timedelta(days=reach(r.root))
        for day in _days(r.start - span, r.end + span):
            for key in keys:
                self._file((day, key), r.article_id, pos)

    def near(self, r: Report) -> set[int]:
        """Positions of the happenings with a member of another article that may match ``r``."""
        days = list(_days(r.start, r.end))
        families = [q for q in (place_queries(r), actor_queries(r)) if q is not None]
        best = min([(_ANY,), *families], key=lambda keys: self._cost(days, keys))
        found: set[int] = set()
        for day in days:
            for key in best:
                for article, positions in self._posts.get((day, key), {}).items():
                    if article != r.article_id:
                        found |= positions
        return found

    def _file(self, at: tuple[int, Key], article: str, pos: int) -> None:
        filed = self._filed.setdefault(at, {})
        if pos not in filed:
            filed[pos] = article
        elif filed[pos] is None or filed[pos] == article:
            return  # two articles filed it here already, or this one did
        else:
            filed[pos] = None
        self._posts.setdefault(at, {}).setdefault(article, set()).add(pos)

    def _cost(self, days: list[int], keys: Sequence[Key]) -> int:
        return sum(len(self._filed.get((d, k), ())) for d in days for k in keys)


@lru_cache(maxsize=1 << 16)
def place_keys(s: Spot | None) -> tuple[Key, ...]:
    """The keys a member's place is filed under (what a report's ``place_queries`` meet)."""
    if s is None:
        return ()
    keys: list[Key] = [("id", s.id)]
    if s.kind == "country" and s.country:
        keys.append(("country", s.country))  # holds the places of its country
    elif s.country:
        keys.append(("in-country", s.country))
    if s.kind == "admin1" and s.admin1:
        keys.append(("admin1", s.admin1))  # holds the places of its province
    elif s.admin1:
        keys.append(("in-admin1", s.admin1))
    if s.bbox is not None:
        keys.append(("box",))  # holds the points in its box
    if s.kind in POINT_KINDS and s.lat is not None and s.lon is not None:
        keys.append(_cell(s.lat, s.lon))
    return tuple(keys)


def place_queries(r: Report) -> tuple[Key, ...] | None:
    """The keys of places that may match ``r``'s (``rules.place_part``), ``None`` for any: a
    disaster matches its whole country, and a box or reach too wide is not worth a lookup."""
    if r.place is None:
        return ()
    if r.root.startswith("DIS-"):
        return None
    near = _near_places(r.place)
    # the sites it names may be another report's place (``rules._named_sites``), and a
    # launch meets the launches of its launcher placed elsewhere (``ends.two_ends``)
    named = tuple(("id", n) for n in sorted(r.named))
    return None if near is None else near + named + _launcher(r) + _hand_over(r)


def _launcher(r: Report) -> tuple[Key, ...]:
    """The key of a launch by a named country (``ends.two_ends``), else none."""
    return (("launch", r.source_country),) if r.root == LAUNCH_ROOT and r.source_country else ()


def _hand_over(r: Report) -> tuple[Key, ...]:
    """The key of a hand-over by a named sender to a named receiver (``ends.hand_over``)."""
    ends = handed(r)
    return (("hand-over", "-".join(ends)),) if ends is not None else ()


@lru_cache(maxsize=1 << 16)
def _near_places(t: Spot) -> tuple[Key, ...] | None:
    keys: list[Key] = [("id", t.id)]
    if t.country:
        keys.append(("in-country" if t.kind == "country" else "country", t.country))
    if t.admin1:
        keys.append(("in-admin1" if t.kind == "admin1" else "admin1", t.admin1))
    point = t.lat is not None and t.lon is not None
    if t.kind in POINT_KINDS and point:
        keys.append(("box",))
        near = _reach(t.lat, t.lon)  # type: ignore[arg-type]
        if near is None:
            return None
        keys += near
    if t.bbox is not None:
        inside = _box_cells(t.bbox)
        if inside is None:
            return None
        keys += inside
    return tuple(keys)


def actor_keys(r: Report) -> list[Key]:
    """The keys a member's actors are filed under (what ``actor_queries`` meet)."""
    sourced: Key = ("sourced",) if r.source_country else ("unsourced",)
    if not r.countries:
        return [("no-country",), sourced]
    keys: list[Key] = [("cc", c) for c in sorted(r.countries)]
    home: list[Key] = [("struck-at-home",)] if struck_at_home(r) else []
    return [*keys, *(("actor", a) for a in sorted(r.actors)), sourced, *home]


def actor_queries(r: Report) -> tuple[Key, ...] | None:
    """Keys of members whose actors ``rules.actor_part`` may accept, ``None`` for any (a report
    that names no actor country contradicts no one; a disaster has no sides; a report that
    names who acted meets those that do not whatever their countries, and the other way)."""
    if not r.countries or r.root.startswith("DIS-"):
        return None
    other: Key = ("unsourced",) if r.source_country else ("sourced",)
    # the side struck at home meets any report that names no one who acted, and the other way
    home: tuple[Key, ...] = (("unsourced",),) if struck_at_home(r) else (("struck-at-home",),)
    return (
        ("no-country",),
        other,
        *home,
        *(("cc", c) for c in sorted(r.countries)),
        *(("actor", a) for a in sorted(r.actors)),
    )


def _days(first: date, last: date) -> Iterable[int]:
    return range(first.toordinal(), last.toordinal() + 1)


def _cell(lat: float, lon: float) -> tuple[str, int, int]:
    return ("cell", math.floor(lat / CELL_DEG), math.floor(lon / CELL_DEG) % round(360 / CELL_DEG))


def _reach(lat: float, lon: float) -> list[Key] | None:
    """The cells of every point within ``REACH_KM`` of (lat, lon), ``None`` when too many.

    A great circle of length d spans at most d/R radians of latitude, and of longitude at
    most 2·asin(sin(d/2R) / cos φ) at latitude φ (the haversine's longitude term alone)."""
    dlat = math.degrees(REACH_KM / _EARTH_KM)
    south, north = lat - dlat, lat + dlat
    cos_max = math.cos(math.radians(min(90.0, max(abs(south), abs(north)))))
    ratio = math.sin(REACH_KM / (2 * _EARTH_KM)) / cos_max if cos_max > 0 else 2.0
    if ratio >= 1:
        return None  # near a pole: every longitude
    dlon = math.degrees(2 * math.asin(ratio))
    return _cells(south, north, lon - dlon, lon + dlon)


def _box_cells(bbox: tuple[float, float, float, float]) -> list[Key] | None:
    west, south, east, north = bbox
    if west > east:
        return None  # a box across the antimeridian: looked up as any place
    return _cells(south, north, west, east)


def _cells(south: float, north: float, west: float, east: float) -> list[Key] | None:
    rows = range(math.floor(south / CELL_DEG), math.floor(north / CELL_DEG) + 1)
    cols = range(math.floor(west / CELL_DEG), math.floor(east / CELL_DEG) + 1)
    if len(rows) * len(cols) > MAX_CELLS:
        return None
    wrap = round(360 / CELL_DEG)
    return [("cell", i, j % wrap) for i in rows for j in cols]
