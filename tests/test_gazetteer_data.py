"""Checks on the hand-curated gazetteer file data/gazetteer/regions.csv (standard library only)."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

CSV_PATH = Path(__file__).resolve().parents[1] / "data" / "gazetteer" / "regions.csv"
HEADER = [
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
KINDS = {"region", "sea", "landmark", "continent"}
POLY_TOLERANCE = 0.5  # degrees a poly: vertex may lie outside its row's bbox
NUMBER_RE = re.compile(r"^-?\d{1,3}(\.\d{1,4})?$")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")

# Alternative names that are ordinary words or bare generic terms; none may be used.
STOPLIST = {
    "the gulf",
    "gulf",
    "sea",
    "the sea",
    "ocean",
    "peninsula",
    "the peninsula",
    "channel",
    "the channel",
    "strait",
    "straits",
    "the strait",
    "bay",
    "the bay",
    "delta",
    "the delta",
    "valley",
    "the valley",
    "gap",
    "corridor",
    "basin",
    "plateau",
    "desert",
    "canal",
    "island",
    "islands",
    "reef",
    "shoal",
    "coast",
    "the coast",
    "border",
    "region",
    "zone",
    "mainland",
    "north",
    "south",
    "east",
    "west",
    "the north",
    "the south",
    "the east",
    "the west",
    "central",
    "middle",
    "northern",
    "southern",
    "eastern",
    "western",
    "highlands",
    "lowlands",
}

# A representative set of names that must be present, as a canonical or alternative name.
REQUIRED_NAMES = [
    "Korean Peninsula",
    "Sea of Japan",
    "East Sea",
    "Yellow Sea",
    "East China Sea",
    "South China Sea",
    "Taiwan Strait",
    "Gaza Strip",
    "West Bank",
    "Golan Heights",
    "Donbas",
    "Donbass",
    "Crimea",
    "Kashmir",
    "Middle East",
    "Balkans",
    "Sahel",
    "Horn of Africa",
    "Persian Gulf",
    "Strait of Hormuz",
    "Red Sea",
    "Bab el-Mandeb",
    "Black Sea",
    "Baltic Sea",
    "Mediterranean",
    "Korean Demilitarized Zone",
    "DMZ",
    "Senkaku Islands",
    "Diaoyu Islands",
    "Spratly Islands",
    "Dokdo",
    "Takeshima",
    "Bosphorus",
    "Suez Canal",
    "Zaporizhzhia Nuclear Power Plant",
    "Kuril Islands",
    "Nagorno-Karabakh",
    "Pacific Ocean",
    "Antarctica",
]


def _key(name: str) -> str:
    """Casefolded, accent-stripped tokens joined by spaces (the app's name-key idea)."""
    decomposed = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(TOKEN_RE.findall(plain))


def _load() -> tuple[list[str], list[dict[str, str]]]:
    with CSV_PATH.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


FIELDS, ROWS = _load()
ROW_PARAMS = [pytest.param(row, id=row["id"] or "?") for row in ROWS]
POLY_ROWS = [p for p in ROW_PARAMS if p.values[0]["shape"].startswith("poly:")]
ISO_ROWS = [p for p in ROW_PARAMS if p.values[0]["shape"].startswith("iso:")]


def _bbox(row: dict[str, str]) -> tuple[float, float, float, float]:
    return float(row["west"]), float(row["south"]), float(row["east"]), float(row["north"])


def _ring(row: dict[str, str]) -> list[tuple[float, float]]:
    ring = []
    for vertex in row["shape"].removeprefix("poly:").split(";"):
        lon, lat = (float(v) for v in vertex.split())
        ring.append((lon, lat))
    return ring


def _inside(lon: float, lat: float, ring: list[tuple[float, float]]) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _alt_names(row: dict[str, str]) -> list[str]:
    return [a for a in row["alt_names"].split("|") if a] if row["alt_names"] else []


def test_header_is_exact() -> None:
    with CSV_PATH.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == HEADER
    assert FIELDS == HEADER


def test_row_count_is_in_range() -> None:
    assert 150 <= len(ROWS) <= 700  # grows with the natural features news names (issue 13)


def test_every_row_has_all_fields() -> None:
    assert all(None not in row and None not in row.values() for row in ROWS)


def test_ids_are_unique() -> None:
    ids = [row["id"] for row in ROWS]
    assert sorted(i for i in set(ids) if ids.count(i) > 1) == []


@pytest.mark.parametrize("row", ROW_PARAMS)
def test_id_is_slug_and_name_present(row: dict[str, str]) -> None:
    assert SLUG_RE.match(row["id"])
    assert row["name"].strip() == row["name"] != ""


@pytest.mark.parametrize("row", ROW_PARAMS)
def test_kind_is_allowed(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS


@pytest.mark.parametrize("row", ROW_PARAMS)
def test_numbers_are_decimal_degrees(row: dict[str, str]) -> None:
    for col in ("lat", "lon", "west", "south", "east", "north"):
        assert NUMBER_RE.match(row[col]), col


@pytest.mark.parametrize("row", ROW_PARAMS)
def test_point_in_range(row: dict[str, str]) -> None:
    assert -90 <= float(row["lat"]) <= 90
    assert -180 <= float(row["lon"]) <= 180


@pytest.mark.parametrize("row", ROW_PARAMS)
def test_bbox_is_ordered_and_in_range(row: dict[str, str]) -> None:
    west, south, east, north = _bbox(row)
    assert -180 <= west < east <= 180
    assert -90 <= south < north <= 90


@pytest.mark.parametrize("row", ROW_PARAMS)
def test_point_lies_in_bbox(row: dict[str, str]) -> None:
    west, south, east, north = _bbox(row)
    assert west <= float(row["lon"]) <= east
    assert south <= float(row["lat"]) <= north


@pytest.mark.parametrize("row", ROW_PARAMS)
def test_country_code_format(row: dict[str, str]) -> None:
    assert row["country_code"] == "" or re.fullmatch(r"[A-Z]{2}", row["country_code"])


@pytest.mark.parametrize("row", ROW_PARAMS)
def test_shape_syntax(row: dict[str, str]) -> None:
    assert row["shape"] == "" or row["shape"].startswith(("iso:", "poly:"))


@pytest.mark.parametrize("row", POLY_ROWS)
def test_poly_vertices_count_and_extent(row: dict[str, str]) -> None:
    ring = _ring(row)
    west, south, east, north = _bbox(row)
    assert 4 <= len(ring) <= 16
    assert len(set(ring)) == len(ring), "ring must not repeat a vertex (it is not closed)"
    for lon, lat in ring:
        assert west - POLY_TOLERANCE <= lon <= east + POLY_TOLERANCE, (lon, lat)
        assert south - POLY_TOLERANCE <= lat <= north + POLY_TOLERANCE, (lon, lat)


@pytest.mark.parametrize("row", POLY_ROWS)
def test_poly_contains_point(row: dict[str, str]) -> None:
    assert _inside(float(row["lon"]), float(row["lat"]), _ring(row))


@pytest.mark.parametrize("row", ISO_ROWS)
def test_iso_shape_lists_country_codes(row: dict[str, str]) -> None:
    codes = row["shape"].removeprefix("iso:").split("+")
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in codes), codes
    assert len(set(codes)) == len(codes)


@pytest.mark.parametrize("row", ROW_PARAMS)
def test_source_is_given(row: dict[str, str]) -> None:
    assert row["source"].strip()


@pytest.mark.parametrize("row", ROW_PARAMS)
def test_alt_names_are_distinct_within_row(row: dict[str, str]) -> None:
    keys = [_key(a) for a in _alt_names(row)]
    assert all(k for k in keys)
    assert _key(row["name"]) not in keys
    assert len(set(keys)) == len(keys)


def test_alt_names_are_not_shared_between_rows() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for row in ROWS:
        for alt in _alt_names(row):
            owners[_key(alt)].add(row["id"])
    assert {k: sorted(v) for k, v in owners.items() if len(v) > 1} == {}


def test_alt_names_do_not_repeat_other_rows_names() -> None:
    canonical = {_key(row["name"]): row["id"] for row in ROWS}
    clashes = [
        (row["id"], alt, canonical[_key(alt)])
        for row in ROWS
        for alt in _alt_names(row)
        if canonical.get(_key(alt), row["id"]) != row["id"]
    ]
    assert clashes == []


def test_canonical_names_are_unique() -> None:
    keys = [_key(row["name"]) for row in ROWS]
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []


@pytest.mark.parametrize("row", ROW_PARAMS)
def test_alt_names_are_not_common_words(row: dict[str, str]) -> None:
    assert [a for a in _alt_names(row) if _key(a) in STOPLIST] == []


@pytest.mark.parametrize("name", REQUIRED_NAMES)
def test_required_name_is_present(name: str) -> None:
    known = {_key(row["name"]) for row in ROWS}
    known |= {_key(a) for row in ROWS for a in _alt_names(row)}
    assert _key(name) in known


def test_east_sea_is_an_alternative_name_of_sea_of_japan() -> None:
    row = next(r for r in ROWS if r["name"] == "Sea of Japan")
    assert "East Sea" in _alt_names(row)
