"""The gazetteer's places, stored compactly and built into ``Place`` values on first use.

With towns down to 500 people the gazetteer holds ~240k places, and a document touches only
a few dozen. Unpickling that many dataclasses took 1.3 s; a tuple per place 0.3 s; a town as
one tab-separated string 0.13 s, most of it building a 240k-key dict. Now the towns
(``gn:<geonameid>`` rows) are one UTF-8 ``bytes`` block with sorted arrays of their
geonameids and offsets, four objects to unpickle, and a lookup is a binary search over the
ids. Every other place (countries, divisions, counties, regions: a few thousand) stays in a
dict: a tab-separated row, or a tuple of ``Place``'s fields when it has a box or a shape.

A row (a town's, or a dict row that is a string) is name, kind, lat, lon, country,
precision, geonameid, population and admin1, tab-separated, ``""`` for None.

>>> table = PlaceTable({p.id: p for p in [Place("gn:5", "Ely", "city", 1.0, 2.0, "GB", 1, 5)]})
>>> table["gn:5"].name, "gn:6" in table, list(table)
('Ely', False, ['gn:5'])
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import fields

from dashboard.model import Place

Row = str | tuple

_PLACE_FIELDS = tuple(f.name for f in fields(Place))


class PlaceTable(Mapping[str, Place]):
    """Places by id, in the order they were added (iteration keeps it)."""

    def __init__(self, places: Mapping[str, Place]) -> None:
        rows = {pid: _row(p) for pid, p in places.items()}
        start, end = _longest_town_run(list(rows.items()))
        keys = list(rows)
        town_keys = keys[start:end]
        self._rows: dict[str, Row] = {k: rows[k] for k in keys[:start] + keys[end:]}
        self._cut = start  # the towns come after this many of ``_rows`` when iterated
        blocks = [rows[k].encode() + b"\n" for k in town_keys]  # type: ignore[union-attr]
        self._towns = b"".join(blocks)
        offsets, at = [], 0
        for block in blocks:
            offsets.append(at)
            at += len(block)
        self._order = array("i", (int(k[3:]) for k in town_keys))  # geonameids, as added
        by_id = sorted(range(len(town_keys)), key=self._order.__getitem__)
        self._ids = array("i", (self._order[k] for k in by_id))  # geonameids, ascending
        self._at = array("i", (offsets[k] for k in by_id))  # their rows' offsets
        self._built: dict[str, Place] = {}

    def __getitem__(self, place_id: str) -> Place:
        place = self._built.get(place_id)
        if place is None:
            row = self._rows.get(place_id)
            if row is None:
                row = self._town_row(place_id)
                if row is None:
                    raise KeyError(place_id)
            place = Place(*row) if isinstance(row, tuple) else _from_text(place_id, row)
            self._built[place_id] = place
        return place

    # Mapping's own get and `in` go through __getitem__ and a caught KeyError (and `in`
    # would build the place): the resolver asks get for every candidate it ranks
    def get(self, place_id: str, default: Place | None = None) -> Place | None:  # type: ignore[override]
        place = self._built.get(place_id)
        if place is not None:
            return place
        try:
            return self[place_id]
        except KeyError:
            return default

    def __contains__(self, place_id: object) -> bool:
        if place_id in self._rows or place_id in self._built:
            return True
        return self._find(place_id) is not None  # type: ignore[arg-type]

    def _find(self, place_id: str) -> int | None:
        """The offset of town ``place_id``'s row in ``_towns``, or None."""
        if not isinstance(place_id, str):
            return None
        digits = place_id[3:]
        if not (place_id.startswith("gn:") and _plain_number(digits)):
            return None  # "gn:07" is no key of the block, though 7 may be
        gid = int(digits)
        k = bisect_left(self._ids, gid)
        return self._at[k] if k < len(self._ids) and self._ids[k] == gid else None

    def _town_row(self, place_id: str) -> str | None:
        at = self._find(place_id)
        if at is None:
            return None
        return self._towns[at : self._towns.index(b"\n", at)].decode()

    def rows(self) -> Iterator[tuple[str, Row]]:
        """(place id, compact row) of every place, in order, without building any."""
        items = iter(self._rows.items())
        for _ in range(self._cut):
            yield next(items)
        lines = iter(self._towns.split(b"\n"))
        for gid in self._order:
            yield f"gn:{gid}", next(lines).decode()
        yield from items

    def town_rows(self, admin1: str) -> list[str]:
        """The compact rows (tab-separated, admin1 last) of the places in ``admin1``."""
        tail = "\t" + admin1
        return [r for _, r in self.rows() if isinstance(r, str) and r.endswith(tail)]

    def many(self, place_ids: Iterable[str]) -> list[Place]:
        built = self._built
        return [built[i] if i in built else self[i] for i in place_ids]

    def __iter__(self) -> Iterator[str]:
        keys = iter(self._rows)
        for _ in range(self._cut):
            yield next(keys)
        for gid in self._order:
            yield f"gn:{gid}"
        yield from keys

    def __len__(self) -> int:
        return len(self._rows) + len(self._order)

    def __getstate__(self) -> dict:
        return {k: getattr(self, k) for k in ("_rows", "_cut", "_towns", "_order", "_ids", "_at")}

    def __setstate__(self, state: dict) -> None:
        for k, v in state.items():
            setattr(self, k, v)
        self._built = {}


def _is_town_row(pid: str, row: Row) -> bool:
    """A row the town block can hold: a string without a newline, under ``gn:`` and the
    geonameid written plainly, so that the id is rebuilt from the number exactly."""
    if not (isinstance(row, str) and pid.startswith("gn:") and "\n" not in row):
        return False
    digits = pid[3:]
    return _plain_number(digits)


def _plain_number(digits: str) -> bool:
    """ASCII digits without a leading zero, short enough for a 32-bit array."""
    return digits.isascii() and digits.isdigit() and digits[0] != "0" and len(digits) <= 9


def _longest_town_run(items: list[tuple[str, Row]]) -> tuple[int, int]:
    """(start, end) of the longest run of consecutive town rows (``_is_town_row``): the
    block holds one run, so that iterating the table keeps the order places were added in."""
    best, start = (0, 0), 0
    for k, (pid, row) in enumerate(items):
        if not _is_town_row(pid, row):
            start = k + 1
        elif k + 1 - start > best[1] - best[0]:
            best = (start, k + 1)
    return best


def _row(p: Place) -> Row:
    if p.bbox is not None or p.shape is not None or "\t" in p.name:
        return tuple(getattr(p, f) for f in _PLACE_FIELDS)
    values = (
        p.name,
        p.kind,
        p.lat,
        p.lon,
        p.country_code,
        p.geo_precision,
        p.geonameid,
        p.population,
        p.admin1,
    )
    return "\t".join(
        "" if v is None else repr(v) if isinstance(v, float) else str(v) for v in values
    )


def _from_text(place_id: str, row: str) -> Place:
    name, kind, lat, lon, cc, precision, gid, population, admin1 = row.split("\t")
    return Place(
        id=place_id,
        name=name,
        kind=kind,
        lat=float(lat) if lat else None,
        lon=float(lon) if lon else None,
        country_code=cc or None,
        geo_precision=int(precision),
        geonameid=int(gid) if gid else None,
        population=int(population),
        admin1=admin1 or None,
    )


# ---------------------------------------------------------------- large dicts in the cache

_SEP = "\x00"  # between the keys of a packed dict; a dict with it in a key is left as it is


class PackedDict:
    """A large ``dict[str, V]`` as the cache pickles it: its keys as one string and its
    values as one list (``bytes`` for small ints), rebuilt as a plain ``dict`` on load, so
    ``Gazetteer.index`` and ``.starts`` are plain dicts (the C scanner needs them so).
    Unpickling 240k keys one by one cost 0.15 s; splitting one string and ``dict(zip(...))``
    about 0.1 s, the most of it the dict's own inserts.

    >>> import pickle
    >>> pickle.loads(pickle.dumps(PackedDict({"paris": 2, "ely": 1})))
    {'paris': 2, 'ely': 1}
    """

    __slots__ = ("d",)

    def __init__(self, d: dict) -> None:
        self.d = d

    def __reduce__(self) -> tuple:
        keys, values = list(self.d), list(self.d.values())
        if any(_SEP in k for k in keys) or not all(isinstance(k, str) for k in keys):
            return (dict, (self.d,))
        if all(type(v) is int and 0 <= v < 256 for v in values):
            return (_unpack, (_SEP.join(keys), bytes(values)))
        return (_unpack, (_SEP.join(keys), values))


def _unpack(keys: str, values: list | bytes) -> dict:
    return dict(zip(keys.split(_SEP), values, strict=True)) if keys else {}
