"""What every export format reads of an event row, and the cell values made of it.

``FORMATS``; ``ROW_KEYS``, the keys of a store row each format asks for; and the values the
formats share: dates and coordinates as text, the country's name, http(s) links only, the
record's ``event_code`` read without decoding the whole record, ACLED's ``notes``, and the
formula guard of a CSV cell.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from dashboard.articles.urls import http_url
from dashboard.places.gazetteer import load

FORMATS = ("csv", "geojson", "jsonl")
# OWASP's CSV injection: a cell starting with one of these is a formula to a spreadsheet
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
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


def actor_pair(actors: list, detail: Any) -> tuple[str, str]:
    """ACLED's ``actor1`` and ``actor2``: CAMEO's source and target where the record has
    them (GDELT's Actor1 is the source, Actor2 the target), else the listed actors in order;
    a record with roles but no target has no ``actor2`` (ACLED codebook: actor2 is the
    actor the first one acts on, not any actor the article names).
    A target with no source leaves ``actor1`` to another listed actor, never the target
    ("no Americans were harmed in the Iranian attack": the US is struck, not striking).

    >>> rec = '{"event_code": "190", "roles": {"source": null, "target": "United States"}}'
    >>> actor_pair(["United States", "Iran"], rec)
    ('Iran', 'United States')
    >>> actor_pair(["Iran", "Iraq"], "{}")
    ('Iran', 'Iraq')
    >>> rec = '{"event_code": "030", "roles": {"source": "Iran", "target": null}}'
    >>> actor_pair(["Iran", "Iraq"], rec)
    ('Iran', '')
    """
    if not actors:
        return "", ""
    roles = _roles_of(detail)
    source, target = roles.get("source"), roles.get("target")
    first = source or next((a for a in actors if a != target), "")
    if "target" in roles:
        # ACLED's actor2 is the other side of the act: a record that has roles and no
        # target has none, and a bystander it lists (the spokesman who reported the act)
        # is no side
        return first, target if target and target != first else ""
    second = next((a for a in actors if a != first), "")
    return first, second if second != first else ""


def _roles_of(detail: Any) -> dict[str, Any]:
    """The record's flat ``roles`` (an ``event_record`` text ends with it) without decoding
    the whole record; any other text is decoded whole."""
    if isinstance(detail, str) and detail.endswith("}}"):
        at = detail.rfind(_ROLES)
        if at > 0:
            try:
                value, end = _DECODER.raw_decode(detail, at + len(_ROLES) - 1)
            except ValueError:
                value, end = None, -1
            if isinstance(value, dict) and detail[end:] == "}":
                return value
    roles = _detail({"detail": detail}).get("roles")
    return roles if isinstance(roles, dict) else {}


def _country(r: Mapping[str, Any]) -> str:
    return _country_of(r.get("location_country"))


def _country_of(code: Any) -> str:
    # the country of the place row's code only: a body of water is no country (ISO 3166-1
    # names none), so a lake or sea keeps the country its place row gives ("Lake Kivu" beside
    # one shore), else the column stays empty and a per-country pivot never counts "Lake
    # Malawi" as a country
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
