"""The GeoJSON splice checks in C (``dashboard/_export_splice.c``) give what the Python
reference (``export_geojson.props_parts_python``) gives: on records shaped like the reader's,
on texts made of the very keys the checks look for, and on each string width Python stores."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dashboard import export_geojson
from dashboard.contract import event_record
from tests.unit.test_export_splice import pipeline_article, records

needs_c = pytest.mark.skipif(export_geojson.props_parts_c is None, reason="C splice not built")

PLACE = (
    '{"start": 1, "text": "Lima", "name": "Lima", "lat": -12.05, "lon": -77.04, '
    '"kind": "city", "geo_precision": 1, "country_code": "PE", "geonameid": 3936456, '
    '"score": 1.0, "reason": "only candidate"}'
)
LOCATION = PLACE.replace('"start": 1', '"start": 9')
GOOD = (
    '{"id": "e1", "summary": "Police detained 30 protesters", "event_type": '
    '{"code": "17", "name": "Coerce"}, "actors": ["Police"], "location": ' + LOCATION + ", "
    '"places": [' + PLACE + "], "
    '"evidence": {"text": "Police detained 30 protesters in Lima.", "start": 0, "end": 38}, '
    '"flags": [], "event_code": "173", "roles": {"source": "Police", "target": null}}'
)
# the keys the checks look for, their near misses, and what a text holds between them
PIECES = [
    '{"id": ',
    "}",
    "{",
    '"',
    ", ",
    ": ",
    "null",
    "1",
    "-",
    "\u0663",
    "x",
    "\\",
    "\\u",
    "\\n",
    ', "location": ',
    ', "places": ',
    '"geo_precision": ',
    ', "country_code": ',
    '"geonameid": ',
    '"location_name": ',
    '"event_date": ',
    '"happening_id": ',
    '"location": ',
    ', "place": ',
    '"geo_precision":',
    "\u00e9",
    "\u4e2d",
    "\U0001f30d",
]


def c_parts(text: Any) -> tuple[str, str] | None:
    assert export_geojson.props_parts_c is not None
    return export_geojson.props_parts_c(text)


def both(text: Any) -> tuple[Any, Any]:
    return c_parts(text), export_geojson.props_parts_python(text)


def test_the_compiled_splice_is_built_and_used() -> None:
    # `make setup` builds it; without it a GeoJSON export spends ~4 times as long checking
    assert export_geojson.props_parts_c is not None, (
        "dashboard/_export_splice.c was not built: run `make setup`"
    )
    assert export_geojson._props_parts is export_geojson.props_parts_c


@needs_c
@pytest.mark.parametrize(
    ("text", "spliced"),
    [
        (GOOD, True),
        (GOOD.replace(LOCATION, "null"), True),
        (GOOD.replace("Lima.", "Lima \u2014 \u4e2d \U0001f30d."), True),  # 2- and 4-byte text
        (GOOD.replace("Lima.", 'Lima \\"x\\" \\n.'), True),  # escapes other than \u
        (GOOD.replace("Lima.", "Lima \\u00e9."), False),  # encoding might write the é itself
        (GOOD.replace('"flags": []', '"flags": [], "location": null'), False),  # a second one
        (GOOD.replace('"actors"', '"geo_precision": 1, "actors"'), False),  # before location
        (GOOD.replace('"flags"', '"event_date"'), False),  # a key the feature sets
        (GOOD.replace('"flags"', '"happening_id"'), False),
        (GOOD.replace('"flags"', '"location_name"'), False),
        (GOOD.replace(LOCATION, "null "), False),  # not null then the places at once
        (GOOD.replace(LOCATION, "nul"), False),
        (GOOD.replace(LOCATION, '{"a": {"b": 1}}'), False),  # nested: braces in the location
        (GOOD.replace('"geonameid": 3936456, "score"', '"score"'), False),  # counts differ
        (
            GOOD.replace(
                '"geo_precision": 1, "country_code": "PE", "geonameid": 3936456',
                '"geo_precision": "1", "country_code": "PE", "geonameid": 3936456',
            ),
            False,
        ),
        (GOOD.replace('"geo_precision": 1', '"geo_precision": -\u0663'), True),  # isdecimal
        (GOOD + " ", False),  # the text must end with the record's brace
        (GOOD.replace('{"id"', '{"ID"'), False),
        ('{"id": }', False),
        ("", False),
    ],
)
def test_written_records_and_near_misses(text: str, spliced: bool) -> None:
    c, python = both(text)
    assert c == python
    assert (c is not None) == spliced


@needs_c
@pytest.mark.parametrize("value", [None, 1, b'{"id": 1}', bytearray(b"{}")])
def test_a_value_that_is_not_text_is_not_spliced(value: Any) -> None:
    assert both(value) == (None, None)


@needs_c
def test_a_text_subclass_is_not_spliced_by_either() -> None:
    class Text(str):
        pass

    assert both(Text(GOOD)) == (None, None)


@needs_c
def test_many_places_are_counted_alike() -> None:
    text = GOOD.replace("[" + PLACE + "]", "[" + ", ".join([PLACE] * 300) + "]")
    c, python = both(text)
    assert c == python
    assert c is not None


@needs_c
def test_the_readers_records_take_the_c_path() -> None:
    from dashboard.pipeline import Pipeline
    from dashboard.places.geoparser import Geoparser
    from dashboard.store.db import Store

    pipeline = Pipeline(Store(":memory:"), Geoparser())
    _, evs, _ = pipeline.analyse(pipeline_article())
    for ev in evs:
        text = json.dumps(event_record(ev), ensure_ascii=False)
        assert c_parts(text) == export_geojson.props_parts_python(text) is not None


@needs_c
@settings(max_examples=800, deadline=None)
@given(records(), st.booleans())
def test_generated_records_are_checked_alike(rec: dict[str, Any], ascii_only: bool) -> None:
    text = json.dumps(rec, ensure_ascii=ascii_only)
    assert c_parts(text) == export_geojson.props_parts_python(text)


@needs_c
@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=24).map("".join), st.booleans(), st.booleans())
@example(', "location": null, "places": ', True, True)
@example(
    ', "location": {}, "places": "geo_precision": 1, "country_code": "geonameid": ', True, True
)
def test_texts_of_the_keys_are_checked_alike(body: str, opened: bool, closed: bool) -> None:
    text = ('{"id": ' if opened else "") + body + ("}" if closed else "")
    assert c_parts(text) == export_geojson.props_parts_python(text)
