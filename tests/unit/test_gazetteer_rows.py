"""Rows of the curated gazetteer files (issue 13, data): each kind of row on sentences written
for it, with the expected place, kind and approximate coordinates, and the rows' own form."""

from __future__ import annotations

import csv

import pytest

from dashboard.paths import data_dir
from dashboard.places.geoparser import Geoparser
from tests.unit.test_places_rules import assert_at, mention

GAZ = data_dir() / "gazetteer"


def _rows(name: str) -> list[dict[str, str]]:
    with (GAZ / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# ---------------------------------------------------------------- Ukrainian romanisations


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Artillery pounded Izium, in the Kharkiv Oblast, overnight.", "Izium", 49.21, 37.28),
        ("Residents left Kupiansk as the front moved closer.", "Kupiansk", 49.71, 37.62),
        ("The ruins of Sievierodonetsk were shown on television.", "Sievierodonetsk", 48.94, 38.49),
        ("A drone hit a depot in Kostiantynivka on Sunday.", "Kostiantynivka", 48.53, 37.71),
        ("Ferries left Izmail for the Danube delta.", "Izmail", 45.35, 28.84),
    ],
)
def test_ukraines_national_romanisation_names_the_town(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    assert_at(mention(geoparser, text, surface), "city", lat, lon, tolerance=0.2)


def test_a_small_town_under_its_romanisation_needs_the_text_to_back_it(
    geoparser: Geoparser,
) -> None:
    # Mar'yinka has 9,000 people: a minor town, found when its oblast is named beside it
    backed = "Shelling was reported in Marinka, Donetsk Oblast, on Friday."
    assert_at(mention(geoparser, backed, "Marinka"), "city", 47.95, 37.51, tolerance=0.2)


def test_ukrainian_alias_rows_cite_a_geonames_id_and_alternate_name() -> None:
    rows = [r for r in _rows("aliases.csv") if "KMU 2010" in r["note"]]
    assert len(rows) > 100
    for row in rows:
        gid = row["place_id"].removeprefix("gn:")
        assert gid.isdigit(), row
        assert f"GeoNames alternate name of {gid} " in row["note"], row
