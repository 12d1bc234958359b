"""Seas, peninsulas, news regions, towns and aliases for the gazetteer build.

The hand-curated ``data/gazetteer/regions.csv`` (with outlines where a row has one),
``towns.csv`` (settlements news names that cities500 lacks under any spelling) and
``aliases.csv`` ("U.S.", "DPRK"), each row with its source.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.errors import GazetteerError
from dashboard.model import Place
from dashboard.places.gazetteer_names import _has_lowercase_word, _polygons, _read_csv
from dashboard.places.landmark_heads import lowercased_heads
from dashboard.places.names import name_key

if TYPE_CHECKING:
    # the index under construction: annotations only (gazetteer.py runs these sources)
    from dashboard.places.gazetteer import _Builder


REGION_COLUMNS = [
    "id",
    "name",
    "kind",
    "lat",
    "lon",
    "west",
    "south",
    "east",
    "north",
    "country_code",
    "alt_names",
    "shape",
    "source",
]


def _add_regions(b: _Builder, path: Path) -> None:
    for row in _read_csv(path, REGION_COLUMNS):
        bbox = (float(row["west"]), float(row["south"]), float(row["east"]), float(row["north"]))
        place = Place(
            id=f"rg:{row['id']}",
            name=row["name"],
            kind=row["kind"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            country_code=row["country_code"] or None,
            geo_precision=1 if row["kind"] == "landmark" else 3,
            bbox=bbox,
            shape=row["shape"] or None,
        )
        alts = [a for a in row["alt_names"].split("|") if a]
        b.add(place, alts + lowercased_heads(row["kind"], [row["name"], *alts]))
    for place in list(b.places.values()):
        if place.id.startswith("rg:"):
            b.geometries[place.id] = _region_geometry(place, b.geometries)


TOWN_COLUMNS = ["id", "name", "country_code", "lat", "lon", "alt_names", "source"]


def _add_towns(b: _Builder, path: Path) -> None:
    """Towns of ``towns.csv`` as ``tn:<id>`` places: settlements at town precision (ACLED geo
    precision 1), of unknown population, so minor (they count where the text backs them, "near
    X", "the village of X"), under their own name and the other romanisations the row lists,
    each the town's own name as a row of ``aliases.csv`` makes it."""
    for row in _read_csv(path, TOWN_COLUMNS):
        _add_town(b, row, population=0)  # unknown: ``Place``'s default


POST_TOWN_COLUMNS = ["id", "name", "state", "lat", "lon", "source"]


def _add_post_towns(b: _Builder, path: Path, is_new: Callable[[_Builder, str], bool]) -> None:
    """US towns of ``us_post_towns.csv`` (a post office's town that cities500 lacks:
    "Elfin Cove, Alaska") as ``tn:<id>`` towns of unknown population, so minor: counted only
    where the text backs them (their state named, "the village of X"), in their state.
    Only under a name ``is_new`` finds unheld: a village must not become a namesake that
    moves a city ("Atlanta" to Atlanta, New York, in a text set in that state)."""
    for row in _read_csv(path, POST_TOWN_COLUMNS):
        if is_new(b, row["name"]):
            b.add(post_town(row), [])


def post_town(row: dict[str, str]) -> Place:
    """A row of ``us_post_towns.csv`` (``POST_TOWN_COLUMNS``) as its ``tn:<id>`` town:
    geo precision 1, in its state (``US-<state>``), of unknown population."""
    return Place(
        id=f"tn:{row['id']}",
        name=row["name"],
        kind="city",
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        country_code="US",
        geo_precision=1,
        admin1=f"US-{row['state']}",
    )


SIZED_TOWN_COLUMNS = [*TOWN_COLUMNS[:-1], "population", "source"]


def _add_sized_towns(b: _Builder, path: Path) -> None:
    """Cities of ``sized_towns.csv``: like ``towns.csv`` rows (``tn:<id>``, town precision),
    but of a population a source gives, so a city at or above ``MAJOR_POPULATION`` counts
    alone ("seized control of Seiyun"), as a cities500 city of its size does; a row of a
    smaller town stays minor. Raises ``GazetteerError`` on a malformed row."""
    for row in _read_csv(path, SIZED_TOWN_COLUMNS):
        _add_town(b, row, population=int(row["population"]))


def _add_town(b: _Builder, row: dict[str, str], population: int) -> None:
    """One town row as a ``tn:<id>`` place, with its other romanisations as its own names."""
    place = Place(
        id=f"tn:{row['id']}",
        name=row["name"],
        kind="city",
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        country_code=row["country_code"],
        geo_precision=1,
        population=population,
    )
    alts = [a for a in row["alt_names"].split("|") if a]
    b.add(place, alts)
    for alt in alts:  # another romanisation is the town's own name, as an alias row makes it
        key = name_key(alt)
        b.aliases.add(key)
        b.alias_of.add((key, place.id))


def _add_aliases(b: _Builder, path: Path) -> None:
    for row in _read_csv(path, ["alias", "place_id", "note"]):
        if row["place_id"] not in b.places:
            raise GazetteerError(
                f"{path}: alias {row['alias']!r} names unknown place {row['place_id']!r}"
            )
        key = name_key(row["alias"])
        b.aliases.add(key)
        b.alias_of.add((key, row["place_id"]))
        if _has_lowercase_word(row["alias"]):
            b.lowercase_ok.add(key)
            b.note_lowercase_words(row["alias"])
        if row["alias"].endswith(".") and " " not in key and "." not in key:
            b.dotted.add(key)
        if row["place_id"] not in b.index[key]:
            b.index[key].insert(0, row["place_id"])


# ---------------------------------------------------------------- geometry


def _region_geometry(place: Place, countries: dict[str, dict]) -> dict:
    shape = place.shape or ""
    if shape.startswith("iso:"):
        polygons = []
        for code in shape[4:].split("+"):
            geom = countries.get(f"cc:{code.strip()}")
            if geom:
                polygons += _polygons(geom)
        if polygons:
            return {"type": "MultiPolygon", "coordinates": polygons}
    if shape.startswith("poly:"):
        ring = [[float(x) for x in pt.split()] for pt in shape[5:].split(";") if pt.strip()]
        return {"type": "Polygon", "coordinates": [[*ring, ring[0]]]}
    if place.bbox:
        w, s, e, n = place.bbox
        return {"type": "Polygon", "coordinates": [[[w, s], [e, s], [e, n], [w, n], [w, s]]]}
    return {"type": "Point", "coordinates": [place.lon, place.lat]}
