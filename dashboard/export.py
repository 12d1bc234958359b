"""Export events as CSV (ACLED column names where one exists), GeoJSON or JSON Lines.

Exports are deterministic: rows in event-id order, coordinates with six decimals and no
ingest timestamps, so the same articles give byte-identical files from SQLite and from
PostgreSQL. CSV text cells that a spreadsheet would run as a formula are defused.

Here: ``write``, ``write_batches``, ``to_text`` and the JSON Lines rows. Each format's rows are
made in ``export_csv`` and ``export_geojson`` over ``export_cells`` (the row keys and shared
cell values); happenings are written by ``export_happenings``, a split export by
``export_parts``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TextIO

from dashboard.export_cells import FORMATS
from dashboard.export_csv import CSV_COLUMNS, csv_cells, csv_cells_of
from dashboard.export_geojson import _encode_ascii, _write_features, feature_text


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
        # what csv.DictWriter of ``defuse(csv_row(r))`` writes, a list per row: DictWriter
        # checks every row's keys, which cost as much as the rest of the row
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for r in rows:
            writer.writerow(csv_cells(r))
            n += 1
    elif fmt == "geojson":
        # what json.dump of the whole FeatureCollection writes, a feature at a time, each
        # spliced from the stored record's text (``feature_text``)
        out.write('{"type": "FeatureCollection", "features": [')
        for r in rows:
            out.write((", " if n else "") + feature_text(r))
            n += 1
        out.write("]}\n")
    else:
        for r in rows:
            out.write(jsonl_line(r) + "\n")
            n += 1
    return n


def head(fmt: str) -> str:
    """What ``write`` writes before the first row."""
    if fmt == "csv":
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow(CSV_COLUMNS)
        return buf.getvalue()
    return '{"type": "FeatureCollection", "features": [' if fmt == "geojson" else ""


def foot(fmt: str) -> str:
    """What ``write`` writes after the last row."""
    return "]}\n" if fmt == "geojson" else ""


SEPARATOR = {"csv": "", "geojson": ", ", "jsonl": ""}  # between two rows' texts


def write_batches(batches: Iterable[Sequence[Sequence[Any]]], fmt: str, out: TextIO) -> int:
    """Write the rows between ``head(fmt)`` and ``foot(fmt)`` (GeoJSON features with no
    separator before the first), returns how many. Rows are tuples of ``ROW_KEYS[fmt]``'s
    values in order (``Store.stream_event_batches``). A row's text is written alone: one
    text of a whole batch cost three times as much to encode (a single wide character
    widens all of it)."""
    n = 0
    write = out.write
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        for batch in batches:
            cells = [csv_cells_of(*r) for r in batch]
            writer.writerows(cells)
            n += len(cells)
    elif fmt == "geojson":
        n = _write_features(batches, write)
    elif fmt == "jsonl":
        for batch in batches:
            for r in batch:
                write(jsonl_line_of(*r) + "\n")
            n += len(batch)
    else:
        raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")
    return n


# ``ROW_KEYS["geojson"]`` but the place's name and coordinates, which ``placed`` adds from
# ``Store.place_points``: reading them by a join cost ~2.5 us of a row's ~9 us at 1M
UNPLACED_KEYS = ("id", "detail", "geo_precision", "reference_date", "happening_id", "location_id")
Point = tuple[Any, Any, Any]  # a place's (name, lat, lon)


def placed(
    batches: Iterable[Sequence[Sequence[Any]]],
    points: dict[Any, Point],
    missing: Callable[[Any], Point],
) -> Iterator[list[tuple[Any, ...]]]:
    """Rows of ``UNPLACED_KEYS`` as rows of ``ROW_KEYS["geojson"]``, a batch for a batch: the
    location's (name, lat, lon) from ``points`` (``Store.place_points``), or three None for an
    event without one, as the store's outer join of places gives them. A place not in
    ``points`` (added by an ingest since they were read) is asked of ``missing``
    (``Store.place_point``) and kept."""
    none = (None, None, None)
    get = points.get
    for batch in batches:
        rows = []
        for id_, detail, gp, ref, hid, place_id in batch:
            point = get(place_id)
            if point is None:
                point = none if place_id is None else points.setdefault(place_id, missing(place_id))
            rows.append((id_, detail, point[0], gp, ref, point[1], point[2], hid, place_id))
        yield rows


def to_text(rows: Iterable[Mapping[str, Any]], fmt: str) -> str:
    buf = io.StringIO()
    write(rows, fmt, buf)
    return buf.getvalue()


def jsonl_line(r: Mapping[str, Any]) -> str:
    """The event's record as stored, with ``happening_id`` added last (text spliced, so the
    earlier fields keep their bytes)."""
    return jsonl_line_of(r.get("id"), r["detail"], r.get("happening_id"))


def jsonl_line_of(_id: Any, detail: Any, hid: Any) -> str:
    """``jsonl_line`` of a row given as its ``ROW_KEYS["jsonl"]`` values in order."""
    detail = str(detail).rstrip()
    if not detail.endswith("}"):
        return detail
    # what json.dumps writes, the two common cases without its set-up
    tail = "null" if hid is None else _encode_ascii(hid) if type(hid) is str else json.dumps(hid)
    return detail[:-1] + (", " if detail != "{}" else "") + f'"happening_id": {tail}}}'
