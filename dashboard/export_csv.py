"""The CSV export: ACLED's column names where one exists, formulas defused.

``CSV_COLUMNS`` (new columns only ever appended), ``csv_row`` (a row as a dict),
``csv_cells``/``csv_cells_of`` (the same as a list, what ``write`` and ``write_batches`` write)
and ``defuse`` (OWASP's CSV injection guard).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dashboard.export_cells import (
    _FORMULA_START,
    ROW_KEYS,
    _coord,
    _country,
    _country_of,
    _defuse_cell,
    _event_code,
    _event_code_of,
    _iso,
    _link,
    _list,
    actor_pair,
    notes,
)

CSV_COLUMNS = [
    # ACLED's names
    "event_id",
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
    # ours, where ACLED has none
    "date_start",
    "date_end",
    "cameo_code",
    "flags",
    "article_title",
    "article_url",
    # added later, so earlier columns keep their positions
    "event_code",
    "happening_id",
]
NUMERIC_COLUMNS = frozenset({"time_precision", "latitude", "longitude", "geo_precision"})


def csv_row(r: Mapping[str, Any]) -> dict[str, Any]:
    actor1, actor2 = actor_pair(_list(r["actors"]), r.get("detail"))
    evidence = _list(r["evidence"])
    return {
        "event_id": r["id"],
        "event_date": _iso(r["reference_date"]),
        "time_precision": r["time_precision"],
        "event_type": r["event_name"],
        "actor1": actor1,  # CAMEO's source and target where the reader found them
        "actor2": actor2,
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
        "article_url": _link(r.get("url")),  # a javascript: link runs when clicked
        "event_code": _event_code(r) or "",
        "happening_id": r.get("happening_id") or "",
    }


_NUMERIC_AT = frozenset(k for k, c in enumerate(CSV_COLUMNS) if c in NUMERIC_COLUMNS)
_TEXT_AT = tuple(k for k in range(len(CSV_COLUMNS)) if k not in _NUMERIC_AT)
_FORMULA_CHARS = frozenset(_FORMULA_START)  # each one character: ``v[:1] in`` is startswith


def csv_cells(r: Mapping[str, Any]) -> list[Any]:
    """``defuse(csv_row(r))`` as a list in ``CSV_COLUMNS`` order (what the CSV writer takes)."""
    return csv_cells_of(*map(r.get, ROW_KEYS["csv"]))


def csv_cells_of(
    id_: Any,
    ref: Any,
    tp: Any,
    name: Any,
    actors: Any,
    kind: Any,
    place: Any,
    cc: Any,
    lat: Any,
    lon: Any,
    gp: Any,
    source: Any,
    summary: Any,
    evidence: Any,
    start: Any,
    end: Any,
    code: Any,
    flags: Any,
    title: Any,
    url: Any,
    detail: Any,
    hid: Any,
) -> list[Any]:
    """``csv_cells`` of a row given as its ``ROW_KEYS["csv"]`` values in order (a streamed
    tuple): ``csv_row``'s cells built straight into a list, then defused."""
    actor1, actor2 = actor_pair(_list(actors), detail)
    said = _list(evidence)[:1]
    row = [
        id_,
        _iso(ref),
        tp,
        name,
        actor1,
        actor2,
        _country_of(cc),
        place or "",
        _coord(lat),
        _coord(lon),
        gp or "",
        source or "",
        notes(summary, [e["text"] for e in said]),
        _iso(start),
        _iso(end),
        code,
        ";".join(_list(flags)),
        title or "",
        _link(url),
        _event_code_of(detail) or "",
        hid or "",
    ]
    for k in _TEXT_AT:
        v = row[k]
        if isinstance(v, str) and (v[:1] in _FORMULA_CHARS or "\r" in v):
            row[k] = _defuse_cell(v)  # rare: the plain test above keeps the common path cheap
    return row


def defuse(row: dict[str, Any]) -> dict[str, Any]:
    """Prefix every text cell that starts like a formula with ``'``; numbers stay numbers.

    >>> defuse({"notes": "=HYPERLINK(1)", "latitude": "-33.900000"})
    {'notes': "'=HYPERLINK(1)", 'latitude': '-33.900000'}
    """
    return {k: _defuse_cell(v) if k not in NUMERIC_COLUMNS else v for k, v in row.items()}
