"""Export events as CSV (ACLED column names where one exists), GeoJSON or JSON Lines.

Exports are deterministic: rows in event-id order, coordinates with six decimals and no
ingest timestamps, so the same articles give byte-identical files from SQLite and from
PostgreSQL. CSV text cells that a spreadsheet would run as a formula are defused.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import Any, TextIO

from dashboard.articles.urls import http_url
from dashboard.places.gazetteer import load

FORMATS = ("csv", "geojson", "jsonl")
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


# the keys of a row (``Store.stream_event_rows``) each format reads: an export asks the store
# for these only (fetching every column was half of a GeoJSON export's time)
ROW_KEYS = {
    "csv": (
        "id",
        "reference_date",
        "time_precision",
        "event_name",
        "actors",
        "location_kind",
        "location_name",
        "location_country",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "summary",
        "evidence",
        "date_start",
        "date_end",
        "event_code",
        "flags",
        "title",
        "url",
        "detail",
        "happening_id",
    ),
    "geojson": (
        "id",
        "detail",
        "location_name",
        "geo_precision",
        "reference_date",
        "latitude",
        "longitude",
        "happening_id",
        "location_id",
    ),
    "jsonl": ("id", "detail", "happening_id"),
}


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
    people = _list(actors)
    said = _list(evidence)[:1]
    row = [
        id_,
        _iso(ref),
        tp,
        name,
        people[0] if people else "",
        people[1] if len(people) > 1 else "",
        _country_of(kind, place, cc),
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
    if not isinstance(value, str):
        return value
    formula = value.startswith(_FORMULA_START)
    if "\r" in value:
        # the writer quotes a cell only for its own line end ("\n"); a spreadsheet also ends
        # a row at a bare "\r", which would split the row and start a cell past this guard
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return "'" + value if formula else value


def _detail(r: Mapping[str, Any]) -> dict[str, Any]:
    try:
        detail = json.loads(r.get("detail") or "{}")
    except ValueError:
        return {}
    return detail if isinstance(detail, dict) else {}


def _event_code(r: Mapping[str, Any]) -> Any:
    """The record's ``event_code`` (``_detail(r).get("event_code")``) without decoding the
    whole record: an ``event_record`` text ends ``, "event_code": X, "roles": {…}}`` with a
    flat ``roles``; any other text is decoded whole."""
    return _event_code_of(r.get("detail"))


def _event_code_of(detail: Any) -> Any:
    if isinstance(detail, str) and detail.endswith("}}"):
        at = detail.rfind(_EVENT_CODE)
        if at > 0:
            try:
                value, end = _DECODER.raw_decode(detail, at + len(_EVENT_CODE))
            except ValueError:
                value, end = None, -1
            rest = detail[end:]
            flat = rest.count("{") == 1 and rest.count("}") == 2 and "\\" not in rest
            if end > 0 and rest.startswith(_ROLES) and flat:
                return value
    return _detail({"detail": detail}).get("event_code")


_DECODER = json.JSONDecoder()
_EVENT_CODE = ', "event_code": '
_ROLES = ', "roles": {'
_LOCATION = ', "location": '
_PLACES = ', "places": '
_GEO_PRECISION = '"geo_precision": '
_GEONAMEID = '"geonameid": '
# a place record's geo precision, as ``contract.place_record`` lays it out
_PLACE_PRECISION = re.compile(r'"geo_precision": (?:-?\d+|null), "country_code": ')
_COUNTRY_CODE = ', "country_code": '  # the rest of ``_PLACE_PRECISION`` after the value
_FIRST = '{"id": '
# a key ``feature`` sets (one the record already has would be replaced in place, not
# appended): three substring scans, five times faster than one regular expression of them
_REFUSED = ('"location_name": ', '"event_date": ', '"happening_id": ')
_encode_string: Callable[[str], str] = json.encoder.encode_basestring  # what dumps uses
_encode_ascii: Callable[[str], str] = json.encoder.encode_basestring_ascii
_isfinite = math.isfinite


def feature_text(r: Mapping[str, Any]) -> str:
    """``json.dumps(feature(r), ensure_ascii=False)``, spliced from the stored record's text
    instead of decoding and encoding it (most of a GeoJSON export's time) when that text is
    one ``json.dumps`` wrote of an ``event_record``; any other goes through ``feature``."""
    return feature_text_of(*map(r.get, _FEATURE_KEYS))


_FEATURE_KEYS = ROW_KEYS["geojson"][:-1]  # what ``feature_text_of`` takes: not the place's id


def feature_text_of(
    id_: Any, detail: Any, name: Any, gp: Any, ref: Any, lat: Any, lon: Any, hid: Any
) -> str:
    """``feature_text`` of a row given as its ``ROW_KEYS["geojson"]`` values in order (but the
    last, ``location_id``)."""
    parts = _props_parts(detail)
    geometry = _geometry_text(lat, lon)
    if parts is None or geometry is None:
        return _encoded_feature(id_, detail, name, gp, ref, lat, lon, hid)
    return (
        f'{{"type": "Feature", "id": {_dumps(id_)}, "geometry": {geometry}, '
        f'"properties": {parts[0]}{parts[1]}, "location_name": {_dumps(name)}, '
        f'"geo_precision": {_dumps(gp)}, "event_date": {_dumps(_iso(ref))}, '
        f'"happening_id": {_dumps(hid)}}}}}'
    )


def _encoded_feature(*values: Any) -> str:
    """``json.dumps(feature(row), ensure_ascii=False)`` of ``feature_text_of``'s values."""
    return json.dumps(feature(dict(zip(_FEATURE_KEYS, values, strict=True))), ensure_ascii=False)


def _geometry_text(lat: Any, lon: Any) -> str | None:
    """A feature's ``geometry`` as ``json.dumps`` writes it (six decimals), ``"null"`` without
    coordinates, None for a coordinate that is not finite (``feature`` says what is written)."""
    if lat is None or lon is None:
        return "null"
    x, y = round(float(lon), 6), round(float(lat), 6)
    if not (_isfinite(x) and _isfinite(y)):
        return None
    return f'{{"type": "Point", "coordinates": [{x!r}, {y!r}]}}'


# the texts a GeoJSON export keeps per place and per date, at most this many of each (a 1M
# store has ~50k places and ~2k dates): more are dropped and made again, so memory stays flat
TEXTS_KEPT = 200_000


def _write_features(batches: Iterable[Sequence[Sequence[Any]]], write: Callable[[str], Any]) -> int:
    """The GeoJSON rows of ``write_batches``: ``feature_text_of`` of each, with the texts of
    its place (geometry, name) and of its date made once per export, not once per event:
    ~2 µs of a row's ~15 µs at 100k (bench/export_rate.py). A place's texts are keyed by its
    id, whose name and coordinates one query's rows all agree on."""
    places: dict[Any, tuple[str | None, str]] = {}
    dates: dict[Any, str] = {}
    n, sep = 0, ""
    for batch in batches:
        for id_, detail, name, gp, ref, lat, lon, hid, place_id in batch:
            place = places.get(place_id)
            if place is None:
                if len(places) >= TEXTS_KEPT:
                    places.clear()
                place = places[place_id] = (_geometry_text(lat, lon), _dumps(name))
            when = dates.get(ref) if type(ref) is str or type(ref) is date else _dumps(_iso(ref))
            if when is None:  # a date (ISO text on SQLite) not seen yet; other values unkept
                if len(dates) >= TEXTS_KEPT:  # (1 and True would share a key, not a text)
                    dates.clear()
                when = dates[ref] = _dumps(_iso(ref))
            parts = _props_parts(detail)
            if parts is None or place[0] is None:
                write(sep + _encoded_feature(id_, detail, name, gp, ref, lat, lon, hid))
            else:  # ``_dumps`` of each value, its common cases inline (a call each cost more)
                write(
                    f'{sep}{{"type": "Feature", "id": '
                    f"{_encode_string(id_) if type(id_) is str else _dumps(id_)}, "
                    f'"geometry": {place[0]}, "properties": {parts[0]}{parts[1]}, '
                    f'"location_name": {place[1]}, '
                    f'"geo_precision": {int.__repr__(gp) if type(gp) is int else _dumps(gp)}, '
                    f'"event_date": {when}, "happening_id": '
                    f"{_encode_string(hid) if type(hid) is str else _dumps(hid)}}}}}"
                )
            sep = ", "
            n += 1
    return n


def _dumps(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False)``, the common cases without its set-up."""
    if value is None:
        return "null"
    if type(value) is str:
        return _encode_string(value)
    if type(value) is int:
        return int.__repr__(value)
    return json.dumps(value, ensure_ascii=False)


def props_parts_python(detail: Any) -> tuple[str, str] | None:
    """The record's text before its ``location`` member and after it up to its closing brace,
    or None when splicing might not give what decoding and encoding gives. Every check is a
    scan of the text (a decode and an encode cost several times more), so they lean on
    ``event_record``'s layout: ``id`` first, one ``location`` key (no nested record has one),
    a flat location object or null, then ``places``, whose place records carry the only
    ``geo_precision`` keys, one beside each ``geonameid``. Anything else goes the slow way: a
    ``\\u`` escape (encoding might write the character itself), a key ``feature`` sets, braces
    in the location's strings, another layout. tests/unit/test_export.py holds the splice to
    ``feature`` on real and on generated records."""
    if type(detail) is not str or not detail.startswith(_FIRST) or detail[-1] != "}":
        return None
    if "\\" in detail and "\\u" in detail:  # a ``\\u`` escape: encoding might write the
        return None  # character itself (the first scan is of one character, ten times faster)
    for refused in _REFUSED:
        if refused in detail:
            return None
    at = detail.find(_LOCATION)
    if at < 0 or detail.find(_LOCATION, at + 1) >= 0 or detail.find(_GEO_PRECISION, 0, at) >= 0:
        return None
    start = at + len(_LOCATION)
    if detail.startswith("null", start):
        end = start + 4
    else:
        end = detail.find(_PLACES, start)
        if end < 0 or detail[start] != "{" or detail[end - 1] != "}":
            return None
        if detail.count("{", start, end) != 1 or detail.count("}", start, end) != 1:
            return None
    if not detail.startswith(_PLACES, end):
        return None
    n = _place_precisions(detail, end)
    if n is None or n != detail.count(_GEONAMEID, end):
        return None  # a geo_precision outside a place record would be replaced in place
    return detail[:at], detail[end:-1]


def _compiled() -> Callable[[Any], tuple[str, str] | None] | None:
    try:  # the compiled twin, when the install built it
        from dashboard._export_splice import props_parts
    except ImportError:  # no C compiler at install: the Python twin does the same work
        return None
    return props_parts


# ``props_parts_python`` in C (``_export_splice.c``: one walk from quote to quote, 8.3 -> 1.9 us
# a record of the bench store); the tests hold the two equal on generated text
props_parts_c = _compiled()
_props_parts: Callable[[Any], tuple[str, str] | None] = props_parts_c or props_parts_python


def _place_precisions(text: str, start: int) -> int | None:
    """How many ``"geo_precision": `` keys ``text`` has from ``start``, or None when one of
    them is not laid out as a place record's (``_PLACE_PRECISION`` does not match there).
    One scan for the key and a look at the few characters after each: a count and a regular
    expression over the same text cost ~2 µs of a row's ~15."""
    n = 0
    at = text.find(_GEO_PRECISION, start)
    while at >= 0:
        k = at + len(_GEO_PRECISION)
        if text.startswith("null", k):
            k += 4
        else:
            k += text.startswith("-", k)
            digits = k
            while k < len(text) and text[k].isdecimal():  # what the expression's \d takes
                k += 1
            if k == digits:
                return None
        if not text.startswith(_COUNTRY_CODE, k):
            return None
        n += 1
        at = text.find(_GEO_PRECISION, k)
    return n


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
    return _country_of(r.get("location_kind"), r.get("location_name"), r.get("location_country"))


def _country_of(kind: Any, name: Any, code: Any) -> str:
    # ACLED puts a body of water in the country column for events in international waters
    if kind == "sea":
        return str(name or "")
    return _country_name(code) if code else ""


@lru_cache(maxsize=512)
def _country_name(code: str) -> str:
    place = load().country(code)
    return place.name if place else ""


def _list(value: Any) -> list:
    if value == "[]":  # most events' flags, many events' actors
        return []
    return json.loads(value) if isinstance(value, str) else list(value or [])


def _link(url: Any) -> str:
    """An article URL as exported: http(s) only, else ``""`` (``http_url``). A spreadsheet or
    web map makes the column a link, and a ``javascript:`` or ``data:`` one runs when clicked.
    The common ``https://host`` is passed at once: urlsplit per row cost ~5 µs at 1M rows."""
    if type(url) is str and url.startswith(("https://", "http://")):
        rest = url[8:] if url[4] == "s" else url[7:]
        if rest[:1] not in ("", "/", "?", "#") and url == url.strip() and "[" not in url:
            return url
    return http_url(url) or ""


def _iso(d: Any) -> str:
    return d.isoformat() if isinstance(d, date) else str(d or "")


def _coord(v: Any) -> str:
    # six decimals (~0.1 m): both backends' floats print alike, whatever their last bits
    return "" if v is None else f"{float(v):.6f}"


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
    "flags",  # added last: negated, hypothetical, planned, when every report says so
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
    return {
        "happening_id": r["id"],
        "root": r["root"],
        "event_type": reports[0]["event_name"] if reports else "",
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
    }


def happening_feature(rec: Mapping[str, Any]) -> dict[str, Any]:
    loc = rec["location"] or {}
    has_point = loc.get("lat") is not None and loc.get("lon") is not None
    geometry = {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]} if has_point else None
    props = {k: v for k, v in rec.items() if k != "happening_id"}
    return {"type": "Feature", "id": rec["happening_id"], "geometry": geometry, "properties": props}


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
