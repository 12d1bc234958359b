"""Checks on data/gazetteer/country_points.csv (GeoNames country points, a few corrected from
countryinfo; standard library only)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

CSV_PATH = Path(__file__).resolve().parents[1] / "data" / "gazetteer" / "country_points.csv"
HEADER = ["iso2", "lat", "lon", "source"]
ISO2_RE = re.compile(r"^[A-Z]{2}$")
# The source table (gvenzl/sample-data) covers sovereign states plus TW, VA and XK
# (196 rows) and no dependent territories, so the floor sits below 200.
MIN_ROWS = 190
TOLERANCE = 0.05  # degrees

SPOT_VALUES = {
    "US": (39.76, -98.5),
    # countryinfo's points where the gvenzl row was an outlier (CA) or the capital's (JP)
    "CA": (60.0, -95.0),
    "JP": (36.0, 138.0),
    "GB": (54.758, -2.695),
    "CN": (35.0, 105.0),
    "FR": (46.0, 2.0),
}


def _read() -> tuple[list[str], list[dict[str, str]]]:
    with CSV_PATH.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = list(reader.fieldnames or [])
        rows = list(reader)
    return header, rows


def _points() -> dict[str, tuple[float, float]]:
    _, rows = _read()
    return {row["iso2"]: (float(row["lat"]), float(row["lon"])) for row in rows}


def test_header_exact() -> None:
    header, _ = _read()
    assert header == HEADER


def test_enough_rows() -> None:
    _, rows = _read()
    assert len(rows) >= MIN_ROWS


def test_iso2_unique_and_uppercase() -> None:
    _, rows = _read()
    codes = [row["iso2"] for row in rows]
    bad = [code for code in codes if not ISO2_RE.match(code)]
    assert not bad, f"malformed iso2 codes: {bad}"
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    assert not duplicates, f"duplicate iso2 codes: {duplicates}"


def test_coordinates_in_range() -> None:
    _, rows = _read()
    for row in rows:
        lat, lon = float(row["lat"]), float(row["lon"])
        assert -90.0 <= lat <= 90.0, row
        assert -180.0 <= lon <= 180.0, row


def test_source_filled() -> None:
    _, rows = _read()
    assert all(row["source"].strip() for row in rows)


@pytest.mark.parametrize(("iso2", "expected"), sorted(SPOT_VALUES.items()))
def test_spot_values(iso2: str, expected: tuple[float, float]) -> None:
    points = _points()
    assert iso2 in points
    lat, lon = points[iso2]
    assert abs(lat - expected[0]) <= TOLERANCE
    assert abs(lon - expected[1]) <= TOLERANCE
