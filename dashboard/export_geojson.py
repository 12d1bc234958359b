"""The GeoJSON export: one Feature per event, spliced from the stored record's text.

``feature`` is what a feature holds; ``feature_text`` writes what ``json.dumps`` of it writes
without decoding the record (``props_parts_python``, with its C twin ``props_parts_c``), and
``_write_features`` makes each place's and date's texts once per export (``TEXTS_KEPT``).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from dashboard.export_cells import ROW_KEYS, _iso

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
