"""The misses over 161 km of ``bench/geoparse_eval.py --errors``, counted by fault kind.

    python bench/geoparse_eval.py --errors 2> /tmp/misses.tsv
    python bench/geoparse_misses.py /tmp/misses.tsv [--list]

Each miss (one line per matched mention: set:id, name as written, gold point, the place
chosen, kind, country, distance, reason) is sorted by what the gazetteer offers near the
gold point, looked up by the name as written:
- ``area point``: an area (country, division, continent, region, sea) the gazetteer holds
  under that name, with no candidate within 161 km of the gold point (another point
  convention for the same area, or an area the gold reads otherwise);
- ``namesake on size``: a candidate lies within 161 km, and the reason says population
  chose (split by whether that near candidate is above the small-town cut-off);
- ``namesake by a rule``: a candidate lies within 161 km and another rule chose (its
  reason's first words);
- ``no candidate near``: nothing of that name within 161 km (a town under cities500, a
  gold slip, or a name read in another span).
Prints counts per set and kind, most first; ``--list`` adds each miss. The gold texts are
not read: only the lines the eval wrote from them at run time.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from dashboard.places.gazetteer import MAJOR_POPULATION, Gazetteer, distance_km, load

K_KM = 161.0
_AREAS = frozenset({"country", "admin1", "continent", "region", "sea"})


def kind_of(fields: list[str], gaz: Gazetteer) -> str:
    """The fault kind of one ``--errors`` line split on tabs (see the module)."""
    name, point, kind, reason = fields[1], fields[2], fields[4], fields[7]
    lat, lon = (float(x) for x in point.split(","))
    candidates = gaz.lookup(name)
    near = [
        c
        for c in candidates
        if c.lat is not None and c.lon is not None and distance_km(lat, lon, c.lat, c.lon) <= K_KM
    ]
    if not near:
        if kind in _AREAS and any(c.kind == kind for c in candidates):
            return "area point"
        return "no candidate near"
    if reason.startswith("population"):
        big = max(c.population for c in near) >= MAJOR_POPULATION
        return "namesake on size, the near one " + ("a town above the cut-off" if big else "small")
    return f"namesake by a rule ({reason.split(';')[0].split(',')[0][:40]})"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("errors", type=Path)
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    gaz = load()
    groups: dict[tuple[str, str], list[list[str]]] = defaultdict(list)
    for line in args.errors.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 8:
            continue  # not a miss line (a traceback or a note)
        groups[(fields[0].split(":")[0], kind_of(fields, gaz))].append(fields)
    for (name, kind), rows in sorted(groups.items(), key=lambda kv: (kv[0][0], -len(kv[1]))):
        print(f"{name}\t{len(rows)}\t{kind}")
        if args.list:
            for f in rows:
                print("\t\t" + " | ".join((f[1], f[3], f[4], f[5], f[6], f[7][:80])))


if __name__ == "__main__":
    main()
