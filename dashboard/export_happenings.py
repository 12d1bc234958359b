"""The happenings export (issue 16): one row per happening, in CSV, GeoJSON or JSON Lines.

``write_happenings`` with ``HAPPENING_COLUMNS`` (ACLED's names where one exists, then how
many report it and which reports), ``happening_record`` and its CSV and GeoJSON forms.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, TextIO

from dashboard.export_cells import FORMATS, _coord, _country, _iso, _link, _list, notes
from dashboard.export_csv import defuse

# ---------------------------------------------------------------- happenings (issue 16)

LEVELS = ("event", "happening")
HAPPENING_COLUMNS = [
    # ACLED's names, one row per happening
    "happening_id",
    "event_date",
    "time_precision",
    "event_type",
    "actor1",
    "actor2",
    "country",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    # ours: how many report it, and which reports
    "sources",
    "reports",
    "articles",
    "date_start",
    "date_end",
    "cameo_code",
    "event_ids",
    "article_urls",
    "disagreements",
    "flags",  # added: negated, hypothetical, planned, when every report says so
    # added last: the reports' own CAMEO code, that event_type names (cameo_code is the root
    # they were merged by: a hijacked ship's reports, 181, merge as a seizure, 17)
    "event_code",
]


def write_happenings(rows: Iterable[Mapping[str, Any]], fmt: str, out: TextIO) -> int:
    """Write happening rows (``store.happenings.stream_happening_rows``, in id order) as
    CSV (ACLED's columns where one exists, ``source`` listing the outlets as ACLED's does),
    GeoJSON or JSON Lines; returns how many."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")
    n = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=HAPPENING_COLUMNS, lineterminator="\n")
        writer.writeheader()
    elif fmt == "geojson":
        out.write('{"type": "FeatureCollection", "features": [')
    for r in rows:
        rec = happening_record(r)
        if fmt == "csv":
            writer.writerow(defuse(happening_csv_row(rec)))
        elif fmt == "geojson":
            out.write((", " if n else "") + json.dumps(happening_feature(rec), ensure_ascii=False))
        else:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    if fmt == "geojson":
        out.write("]}\n")
    return n


def happening_record(r: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON record of one happening (``export --level happening --format jsonl``)."""
    detail = json.loads(r["detail"]) if isinstance(r["detail"], str) else dict(r["detail"])
    reports = list(r.get("events") or [])
    actors = _ranked([a for e in reports for a in _list(e["actors"])])
    outlets = detail.get("outlets") or sorted({_outlet(e) for e in reports})
    lat, lon = r.get("latitude"), r.get("longitude")
    typical = _typical(reports)
    return {
        "happening_id": r["id"],
        "root": r["root"],
        "event_type": typical.get("event_name") or "",
        "date_start": _iso(r["date_start"]),
        "date_end": _iso(r["date_end"]),
        "event_date": _iso(_middle(r["date_start"], r["date_end"])),
        "time_precision": r["time_precision"],
        "location": None
        if r.get("location_id") is None
        else {
            "id": r["location_id"],
            "name": r.get("location_name"),
            "country": _country(r),
            "lat": None if lat is None else round(float(lat), 6),
            "lon": None if lon is None else round(float(lon), 6),
            "geo_precision": r.get("geo_precision"),
        },
        "actors": actors,
        "sources": r["sources"],
        "reports": r["reports"],
        "articles": r["articles"],
        "outlets": outlets,
        "wire": detail.get("wire", []),
        "event_ids": detail.get("event_ids") or [e["id"] for e in reports],
        # a wire copy's link too (``detail["copies"]``, issue 16): it carried this text
        # only http(s): a spreadsheet or web map links these, and runs javascript: when clicked
        "article_urls": sorted(
            {u for e in reports if (u := _link(e.get("url")))}
            | {u for c in detail.get("copies", []) if (u := _link(c.get("url")))}
        ),
        "reports_detail": [
            {
                "event_id": e["id"],
                "outlet": _outlet(e),
                "title": e.get("title") or "",
                "url": _link(e.get("url")),
                "sentence": _sentence(e),
                "score": e.get("score"),
                "reason": e.get("reason"),
            }
            for e in reports
        ],
        "disagreements": detail.get("disagreements", []),
        "flags": _shared_flags(reports),
        # added last (the contract's fields keep their places): the reports' own CAMEO code,
        # that ``event_type`` names; ``root`` is the type they were merged by, which for a
        # ship hijacked (181, an assault) is the seizure's 17 (``happenings.rules.merge_root``)
        "event_code": typical.get("event_code") or r["root"],
    }


_HAPPENING_FLAGS = ("negated", "hypothetical", "planned")


def _shared_flags(reports: list[Mapping[str, Any]]) -> list[str]:
    """What every report of a happening says of it: ``negated`` (the reports deny it),
    ``hypothetical`` or ``planned``. A negated or hypothetical report is a happening of its
    own (migration 0010), so its row is a denial, not a strike; without the flag a count of
    happenings counted it as one."""
    if not reports:
        return []
    each = [set(_list(e.get("flags"))) for e in reports]
    return [f for f in _HAPPENING_FLAGS if all(f in x for x in each)]


def happening_csv_row(rec: Mapping[str, Any]) -> dict[str, Any]:
    loc = rec["location"] or {}
    first = rec["reports_detail"][0] if rec["reports_detail"] else {}
    return {
        "happening_id": rec["happening_id"],
        "event_date": rec["event_date"],
        "time_precision": rec["time_precision"],
        "event_type": rec["event_type"],
        "actor1": rec["actors"][0] if rec["actors"] else "",
        "actor2": rec["actors"][1] if len(rec["actors"]) > 1 else "",
        "country": loc.get("country") or "",
        "location": loc.get("name") or "",
        "latitude": _coord(loc.get("lat")),
        "longitude": _coord(loc.get("lon")),
        "geo_precision": loc.get("geo_precision") or "",
        "source": _named(rec["outlets"], "; "),
        "notes": notes(first.get("sentence", ""), []),
        "sources": rec["sources"],
        "reports": rec["reports"],
        "articles": rec["articles"],
        "date_start": rec["date_start"],
        "date_end": rec["date_end"],
        "cameo_code": rec["root"],
        "event_ids": ";".join(rec["event_ids"]),
        "article_urls": ";".join(rec["article_urls"]),
        "disagreements": "; ".join(
            f"{d['field']}: "
            + " / ".join(f"{x['value']} ({_named(x['outlets'], ', ')})" for x in d["readings"])
            for d in rec["disagreements"]
        ),
        "flags": ";".join(rec["flags"]),
        "event_code": rec["event_code"],
    }


def happening_feature(rec: Mapping[str, Any]) -> dict[str, Any]:
    loc = rec["location"] or {}
    has_point = loc.get("lat") is not None and loc.get("lon") is not None
    geometry = {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]} if has_point else None
    props = {k: v for k, v in rec.items() if k != "happening_id"}
    return {"type": "Feature", "id": rec["happening_id"], "geometry": geometry, "properties": props}


def _typical(reports: list[Mapping[str, Any]]) -> Mapping[str, Any]:
    """The report whose CAMEO code most reports give (the first such on a tie), so that a
    happening's ``event_type`` and ``event_code`` are one code's; ``{}`` with no report."""
    codes = _ranked([str(e.get("event_code") or "") for e in reports])
    return (
        next((e for e in reports if str(e.get("event_code") or "") == codes[0]), {})
        if codes
        else {}
    )


def _ranked(names: list[str]) -> list[str]:
    counts: dict[str, int] = {}
    for n in names:
        counts[n] = counts.get(n, 0) + 1
    return sorted(counts, key=lambda n: (-counts[n], names.index(n)))


def _named(outlets: list[str], sep: str) -> str:
    """Outlets as a reader sees them: an article with no source nor URL is "unknown outlet"
    (as on the cards), never an empty item ("; Reuters")."""
    from dashboard.happenings.sources import shown_outlet

    return sep.join(shown_outlet(o) for o in sorted(outlets, key=lambda o: not o))


def _outlet(e: Mapping[str, Any]) -> str:
    from dashboard.happenings.sources import outlet_label

    return outlet_label(e.get("source") or "", e.get("url") or "")


def _sentence(e: Mapping[str, Any]) -> str:
    evidence = _list(e.get("evidence"))
    return str(evidence[0]["text"]) if evidence else str(e.get("summary") or "")


def _middle(start: Any, end: Any) -> Any:
    return (
        start + (end - start) // 2 if isinstance(start, date) and isinstance(end, date) else start
    )
