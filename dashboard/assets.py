"""Static assets the map needs, made locally at setup so nothing loads from a CDN.

- Leaflet 1.9.3 (folium's version) from the ``xstatic-leaflet`` package (BSD-2-Clause);
- an offline basemap: country outlines from the ``countryinfo`` package (MIT; outlines derived
  from Natural Earth, public domain), rounded to 0.01° with antimeridian rings unwrapped.

Written to ``dashboard/static/`` (git-ignored), which Streamlit serves at ``/app/static/``.
"""

from __future__ import annotations

import itertools
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

STATIC = Path(__file__).resolve().parent / "static"


def vendor(target: Path = STATIC) -> Iterator[str]:
    yield from _leaflet(target / "leaflet")
    yield from _basemap(target / "basemap" / "countries.geojson")


def _leaflet(dest: Path) -> Iterator[str]:
    from xstatic.pkg import leaflet

    src = Path(leaflet.BASE_DIR)
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("leaflet.js", "leaflet.css"):
        shutil.copy2(src / name, dest / name)
    if (src / "images").is_dir():
        shutil.copytree(src / "images", dest / "images", dirs_exist_ok=True)
    yield f"leaflet {leaflet.VERSION} -> {dest}"


def _basemap(dest: Path) -> Iterator[str]:
    from dashboard.places.gazetteer_countries import _country_geometry, _countryinfo_records

    features = []
    for rec in _countryinfo_records():
        geometry = _country_geometry(rec)
        if geometry:
            features.append(
                {
                    "type": "Feature",
                    "properties": {"name": rec.get("name", "")},
                    "geometry": _rounded(geometry),
                }
            )
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(".tmp")
    tmp.write_text(
        json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))
    )
    tmp.replace(dest)
    yield f"basemap: {len(features)} countries, {dest.stat().st_size // 1024} KB -> {dest}"


def unwrap(ring: list[list[float]]) -> list[list[float]]:
    """Keep a ring continuous across the antimeridian, or Leaflet draws stripes across the map."""
    out, shift = [ring[0]], 0.0
    for (x0, _), (x1, y1) in itertools.pairwise(ring):
        shift += -360 if x1 - x0 > 180 else 360 if x1 - x0 < -180 else 0
        out.append([x1 + shift, y1])
    return out


def _rounded(geometry: dict) -> dict:
    def ring(r: list) -> list:
        return [[round(x, 2), round(y, 2)] for x, y, *_ in unwrap(r)]

    if geometry["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(r) for r in geometry["coordinates"]]}
    return {
        "type": "MultiPolygon",
        "coordinates": [[ring(r) for r in p] for p in geometry["coordinates"]],
    }
