"""Export events as CSV (ACLED column names where one exists), GeoJSON or JSON Lines.

Exports are deterministic: rows in event-id order, coordinates with six decimals and no
ingest timestamps, so the same articles give byte-identical files from SQLite and from
PostgreSQL. CSV text cells that a spreadsheet would run as a formula are defused.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, TextIO

from dashboard.places.gazetteer import load

FORMATS = ("csv", "geojson", "jsonl")
CSV_COLUMNS = [
    # ACLED's names
    "event_id", "event_date", "time_precision", "event_type", "actor1", "actor2", "country",
    "location", "latitude", "longitude", "geo_precision", "source", "notes",
    # ours, where ACLED has none
    "date_start", "date_end", "cameo_code", "flags", "article_title", "article_url",
    # added later, so earlier columns keep their positions
    "event_code", "happening_id",
]  # fmt: skip
NUMERIC_COLUMNS = frozenset({"time_precision", "latitude", "longitude", "geo_precision"})
# OWASP's CSV injection: a cell starting with one of these is a formula to a spreadsheet
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write(
    rows: Iterable[Mapping[str, Any]], fmt: str, out: TextIO, *, ordered: bool = False
) -> int:
    """Write event rows (as ``Store.event_rows`` gives them) in event-id order; returns how many.

    With ``ordered=True`` the rows already come in event-id order (``Store.stream_event_rows``)
    and are written one at a time, in constant memory; otherwise they are sorted first.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")
    if not ordered:
        rows = sorted(rows, key=lambda r: str(r["id"]))
    n = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for r in rows:
            writer.writerow(defuse(csv_row(r)))
            n += 1
    elif fmt == "geojson":
        # what json.dump of the whole FeatureCollection writes, a feature at a time: json.dump
        # runs the pure-Python encoder, json.dumps of one feature the C one
        out.write('{"type": "FeatureCollection", "features": [')
        for r in rows:
            out.write((", " if n else "") + json.dumps(feature(r), ensure_ascii=False))
            n += 1
        out.write("]}\n")
    else:
        for r in rows:
            out.write(jsonl_line(r) + "\n")
            n += 1
    return n


def to_text(rows: Iterable[Mapping[str, Any]], fmt: str) -> str:
    buf = io.StringIO()
    write(rows, fmt, buf)
    return buf.getvalue()


def csv_row(r: Mapping[str, Any]) -> dict[str, Any]:
    actors = _list(r["actors"])
    evidence = _list(r["evidence"])
    return {
        "event_id": r["id"],
        "event_date": _iso(r["reference_date"]),
        "time_precision": r["time_precision"],
        "event_type": r["event_name"],
        "actor1": actors[0] if actors else "",
        "actor2": actors[1] if len(actors) > 1 else "",
        "country": _country(r),
        "location": r.get("location_name") or "",
        "latitude": _coord(r.get("latitude")),
        "longitude": _coord(r.get("longitude")),
        "geo_precision": r.get("geo_precision") or "",
        "source": r.get("source") or "",
        "notes": notes(r["summary"], [e["text"] for e in evidence[:1]]),
        "date_start": _iso(r["date_start"]),
        "date_end": _iso(r["date_end"]),
        "cameo_code": r["event_code"],
        "flags": ";".join(_list(r["flags"])),
        "article_title": r.get("title") or "",
        "article_url": r.get("url") or "",
        "event_code": _detail(r).get("event_code") or "",
        "happening_id": r.get("happening_id") or "",
    }


def jsonl_line(r: Mapping[str, Any]) -> str:
    """The event's record as stored, with ``happening_id`` added last (text spliced, so the
    earlier fields keep their bytes)."""
    detail = str(r["detail"]).rstrip()
    if not detail.endswith("}"):
        return detail
    tail = json.dumps(r.get("happening_id"))
    return detail[:-1] + (", " if detail != "{}" else "") + f'"happening_id": {tail}}}'


def notes(summary: str, sentences: list[str]) -> str:
    """ACLED's ``notes``: the summary, then the evidence sentences, each said once. A summary
    is often the evidence sentence itself ("X threatened a veto." twice); case, spacing and
    the closing stop do not make two sentences different.

    >>> notes("Rebels shelled Goma", ["Rebels  shelled Goma.", "Aid stopped."])
    'Rebels shelled Goma. Aid stopped.'
    """
    said: list[str] = []
    seen: set[str] = set()
    for text in (summary, *sentences):
        text = " ".join(text.split())
        key = text.rstrip(".!?…").casefold()
        if key and key not in seen:
            seen.add(key)
            said.append(text if text.endswith((".", "!", "?", "…")) else text + ".")
    return " ".join(said)


def defuse(row: dict[str, Any]) -> dict[str, Any]:
    """Prefix every text cell that starts like a formula with ``'``; numbers stay numbers.

    >>> defuse({"notes": "=HYPERLINK(1)", "latitude": "-33.900000"})
    {'notes': "'=HYPERLINK(1)", 'latitude': '-33.900000'}
    """
    return {k: _defuse_cell(v) if k not in NUMERIC_COLUMNS else v for k, v in row.items()}


def _defuse_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _detail(r: Mapping[str, Any]) -> dict[str, Any]:
    try:
        detail = json.loads(r.get("detail") or "{}")
    except ValueError:
        return {}
    return detail if isinstance(detail, dict) else {}


def feature(r: Mapping[str, Any]) -> dict[str, Any]:
    lat, lon = r.get("latitude"), r.get("longitude")
    geometry = (
        {"type": "Point", "coordinates": [round(float(lon), 6), round(float(lat), 6)]}
        if lat is not None and lon is not None
        else None
    )
    props = {k: v for k, v in json.loads(r["detail"]).items() if k != "location"}
    props["location_name"] = r.get("location_name")
    props["geo_precision"] = r.get("geo_precision")
    props["event_date"] = _iso(r["reference_date"])
    props["happening_id"] = r.get("happening_id")
    return {"type": "Feature", "id": r["id"], "geometry": geometry, "properties": props}


def _country(r: Mapping[str, Any]) -> str:
    # ACLED puts a body of water in the country column for events in international waters
    if r.get("location_kind") == "sea":
        return str(r.get("location_name") or "")
    place = load().country(r.get("location_country"))
    return place.name if place else ""


def _list(value: Any) -> list:
    return json.loads(value) if isinstance(value, str) else list(value or [])


def _iso(d: Any) -> str:
    return d.isoformat() if isinstance(d, date) else str(d or "")


def _coord(v: Any) -> str:
    # six decimals (~0.1 m): both backends' floats print alike, whatever their last bits
    return "" if v is None else f"{float(v):.6f}"
