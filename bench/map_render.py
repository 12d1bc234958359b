"""Python cost per rerun of the places layer: our one GeoJSON layer vs a folium Marker per point.

Renders what st_folium renders on every run (the feature group's JavaScript) for synthetic
places, in one process, and prints JSON with seconds and the ratio. Usage:
    python bench/map_render.py [--sizes 1000 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import folium
import pandas as pd

from dashboard.ui.map import base_map, place_features, places_layer


def synthetic(n: int, seed: int = 7) -> pd.DataFrame:
    rng = random.Random(seed)
    return pd.DataFrame(
        {
            "id": [f"gn:{i}" for i in range(n)],
            "name": [f"Place {i}" for i in range(n)],
            "kind": "city",
            "lat": [rng.uniform(-60, 70) for _ in range(n)],
            "lon": [rng.uniform(-180, 180) for _ in range(n)],
            "country_code": "XX",
            "geo_precision": 1,
            "geonameid": None,
            "geometry": None,
            "n_events": [rng.randint(1, 20) for _ in range(n)],
            "n_located": 1,
            "top_code": [rng.choice(["04", "15", "19", "03"]) for _ in range(n)],
        }
    )


def render(group: folium.FeatureGroup) -> int:
    m = base_map()
    group.add_to(m)
    return len(m.get_root().render())


def geojson_layer(df: pd.DataFrame) -> int:
    return render(places_layer(place_features(df)))


def marker_per_point(df: pd.DataFrame) -> int:
    group = folium.FeatureGroup(name="markers")
    for row in df.itertuples(index=False):
        folium.Marker([row.lat, row.lon], tooltip=row.name).add_to(group)
    return render(group)


def best_of(fn, df: pd.DataFrame, repeat: int) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    times, size = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        size = fn(df)
        times.append(time.perf_counter() - t)
    return min(times), size


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--events-per-place", type=int, default=10)
    args = ap.parse_args()
    out = []
    # The app draws places, not events: N events at N/k places is one feature per place.
    for n in args.sizes:
        places = synthetic(max(1, n // args.events_per_place))
        events = synthetic(n)
        g, _ = best_of(geojson_layer, places, args.repeat)
        m, _ = best_of(marker_per_point, events, args.repeat)
        out.append(
            {
                "events": n,
                "places": len(places),
                "our_layer_over_places_s": round(g, 3),
                "marker_per_event_s": round(m, 3),
                "ratio": round(m / g, 1),
            }
        )
    for n in args.sizes:
        df = synthetic(n)
        g, g_bytes = best_of(geojson_layer, df, args.repeat)
        m, m_bytes = best_of(marker_per_point, df, args.repeat)
        out.append(
            {
                "points": n,
                "geojson_layer_s": round(g, 3),
                "marker_per_point_s": round(m, 3),
                "ratio": round(m / g, 1),
                "geojson_html_mb": round(g_bytes / 1e6, 2),
                "marker_html_mb": round(m_bytes / 1e6, 2),
            }
        )
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
