"""The fast export paths write what the plain ones write: GeoJSON features spliced from the
stored record's text, the CSV's event code read without decoding the record, CSV rows as lists,
and rows streamed with only the columns a format reads."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dashboard.contract import event_record
from dashboard.export import to_text, write
from dashboard.export_cells import FORMATS, ROW_KEYS, _detail, _event_code
from dashboard.export_csv import CSV_COLUMNS, csv_cells, csv_row, defuse
from dashboard.export_geojson import feature, feature_text
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.conftest import SEED

# strings that stress a splice: quotes, braces, brackets, backslashes, keys, escapes, accents
PIECES = [
    *'ab "{}[],:\\\u00e9\u4e2d\n\x01',
    '"location": ',
    ', "places": ',
    '"geo_precision": ',
    "\\u00e9",
    '"happening_id": ',
]
# mostly texts the splice takes (braces and quotes in strings), now and then one it refuses
PLAIN = st.text(alphabet='ab "{}[],:\\\u00e9\u4e2d', max_size=8)
TRICKY = st.one_of(*[PLAIN] * 15, st.lists(st.sampled_from(PIECES), max_size=8).map("".join))
NAME = st.text(alphabet='ab "[],:\\\u00e9', max_size=8)  # no braces: the fast path
SCALAR = st.one_of(st.none(), st.integers(-5, 5), st.floats(-180, 180), TRICKY)
PLACE = st.fixed_dictionaries(
    {
        "start": st.integers(0, 99),
        "text": NAME,
        "name": NAME,
        "lat": st.floats(-90, 90),
        "geo_precision": st.integers(1, 3),
        "country_code": st.one_of(st.none(), NAME),
        "geonameid": st.one_of(st.none(), st.integers(1, 9)),
        "reason": st.one_of(NAME, TRICKY),
    }
)


@st.composite
def records(draw: st.DrawFn) -> dict[str, Any]:
    """Records shaped like ``event_record``'s, and some that are not: a missing location,
    extra keys (nested or top-level, some named like the keys the splice relies on)."""
    rec: dict[str, Any] = {
        "id": draw(TRICKY),
        "summary": draw(TRICKY),
        "event_type": {"code": draw(TRICKY), "name": draw(TRICKY)},
        "actors": draw(st.lists(TRICKY, max_size=3)),
    }
    if draw(st.integers(0, 3)):
        rec["location"] = draw(st.one_of(st.none(), PLACE, PLACE))
    if draw(st.integers(0, 5)) == 0:  # a member between the location and the places
        rec["between"] = draw(st.one_of(SCALAR, st.fixed_dictionaries({"a": NAME})))
    rec["places"] = draw(st.lists(PLACE, max_size=3))
    extra = draw(
        st.dictionaries(
            st.sampled_from(["geo_precision", "location", "geonameid", "event_date", "x"]),
            SCALAR,
            max_size=2,
        )
    )
    where = draw(st.integers(0, 3))  # most records as the reader writes them
    if where == 0:
        rec.update(extra)
    elif where == 1:
        rec["evidence"] = {"text": draw(TRICKY), **extra}
    rec["event_code"] = draw(st.one_of(st.none(), TRICKY))
    rec["roles"] = {"source": draw(st.one_of(st.none(), TRICKY)), "target": None}
    return rec


def _row(detail: str, **over: Any) -> dict[str, Any]:
    row = {
        "id": "e1",
        "detail": detail,
        "location_name": "Lima",
        "geo_precision": 1,
        "reference_date": date(2024, 5, 1),
        "latitude": -12.05,
        "longitude": -77.04,
        "happening_id": None,
    }
    row.update(over)
    return row


@settings(max_examples=600, deadline=None)
@given(records(), st.booleans(), st.one_of(st.none(), TRICKY), st.one_of(st.none(), TRICKY))
def test_a_spliced_feature_is_the_encoded_feature(
    rec: dict[str, Any], point: bool, name: str | None, hid: str | None
) -> None:
    row = _row(json.dumps(rec, ensure_ascii=False), location_name=name, happening_id=hid)
    if not point:
        row["latitude"] = None
    assert feature_text(row) == json.dumps(feature(row), ensure_ascii=False)
    assert _event_code(row) == _detail(row).get("event_code")


def test_a_top_level_geo_precision_beside_a_geonameid_is_not_spliced() -> None:
    # a record with a geo_precision and a geonameid of its own after the places (not the
    # reader's layout): the counts matched, the splice appended geo_precision where
    # ``feature`` replaces it in place (found by Hypothesis in CI)
    rec = {
        "id": "",
        "summary": "",
        "event_type": {"code": "", "name": ""},
        "actors": [],
        "location": None,
        "places": [],
        "geo_precision": None,
        "geonameid": None,
        "event_code": None,
        "roles": {"source": None, "target": None},
    }
    row = _row(json.dumps(rec), location_name=None)
    row["latitude"] = None
    assert feature_text(row) == json.dumps(feature(row), ensure_ascii=False)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = Store(str(tmp_path_factory.mktemp("splice") / "e.db"))
    Pipeline(s, Geoparser()).ingest([SEED])
    return s


def test_stored_records_are_spliced_and_give_the_plain_export(store: Store) -> None:
    rows = store.event_rows()
    assert rows
    for r in rows:
        assert feature_text(r) == json.dumps(feature(r), ensure_ascii=False)
        assert csv_cells(r) == [defuse(csv_row(r))[c] for c in CSV_COLUMNS]
        # the reader's records take the fast path (a contract change that breaks it shows here)
        assert _event_code(r) == json.loads(r["detail"])["event_code"]
    assert all(feature_text(r).startswith('{"type": "Feature"') for r in rows)


def test_a_record_of_the_reader_keeps_the_layout_the_splice_reads() -> None:
    """``event_record`` puts ``location`` before ``places`` and ``event_code`` before a last,
    flat ``roles``; the splice falls back otherwise, so this guards the speed, not the bytes."""
    from dashboard.export_geojson import _props_parts

    store_rows = Store(":memory:")
    pipeline = Pipeline(store_rows, Geoparser())
    _, evs, _ = pipeline.analyse(pipeline_article())
    assert evs
    for ev in evs:
        assert _props_parts(json.dumps(event_record(ev), ensure_ascii=False)) is not None


def pipeline_article():  # type: ignore[no-untyped-def]
    from dashboard.articles.reader import parse_article

    text = "LIMA — Police detained 30 protesters in Lima on Tuesday, officials said."
    return parse_article(text, path="lima.txt", published=date(2024, 5, 2), headers=False)


def test_an_export_of_only_its_columns_is_the_export_of_every_column(
    store_url: str, geoparser: Geoparser
) -> None:
    """On both backends: dates as the driver gives them, only the columns a format reads."""
    import io

    store = Store(store_url)
    Pipeline(store, geoparser).ingest([SEED])
    for fmt in FORMATS:
        every = to_text(store.event_rows(), fmt)
        out = io.StringIO()
        write(store.stream_event_rows(keys=ROW_KEYS[fmt], raw_dates=True), fmt, out, ordered=True)
        assert out.getvalue() == every, fmt


LOC = {"start": 0, "name": "Lima", "geo_precision": 1, "geonameid": 3936456, "reason": "r"}
BASE = {
    "id": "e1",
    "summary": "s",
    "event_type": {"code": "14", "name": "Protest"},
    "actors": ["a"],
    "location": LOC,
    "places": [LOC],
    "evidence": {"text": "t"},
    "event_code": "141",
    "roles": {"source": None, "target": None},
}
LAYOUTS = {
    "as the reader writes it": BASE,
    "a null location": {**BASE, "location": None},
    "no location": {k: v for k, v in BASE.items() if k != "location"},
    "the location first": {"location": LOC, **{k: v for k, v in BASE.items() if k != "location"}},
    "an object between the location and the places": dict(
        [*list(BASE.items())[:5], ("between", {"a": "b"}), *list(BASE.items())[5:]]
    ),
    "braces in the location's strings": {**BASE, "location": {**LOC, "reason": "a {b} c"}},
    "a nested location": {**BASE, "evidence": {"text": "t", "location": LOC}},
    "a top-level geo_precision after the places": {**BASE, "geo_precision": 2},
    "a top-level geo_precision before the location": {"geo_precision": 2, **BASE},
    "a key feature sets": {**BASE, "event_date": "2024-01-01"},
    "an escaped character": {**BASE, "summary": "caf\u00e9 \x07"},
    "event_code inside the roles": {**BASE, "roles": {"event_code": "9", "source": None}},
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_layout_gives_the_encoded_feature(layout: str) -> None:
    for ascii_only in (False, True):
        row = _row(json.dumps(LAYOUTS[layout], ensure_ascii=ascii_only))
        assert feature_text(row) == json.dumps(feature(row), ensure_ascii=False)
        assert _event_code(row) == _detail(row).get("event_code")


# a place's texts are kept per place id: rows of one id agree on its name and coordinates
COORD = st.one_of(
    st.none(),
    st.floats(-180, 180),
    st.sampled_from([0.0, -0.0, 1e-7, -5e-5]),
    st.sampled_from([float("inf"), float("nan")]),
    st.integers(-5, 5),
)
PLACES = st.lists(
    st.tuples(st.one_of(st.none(), NAME, TRICKY), COORD, COORD), min_size=1, max_size=4
)
DAY = st.one_of(st.none(), st.sampled_from(["2024-05-01", "", date(2024, 5, 1), 1, True]))


@st.composite
def feature_rows(draw: st.DrawFn) -> list[tuple[Any, ...]]:
    """Rows as ``Store.stream_event_batches`` gives ``ROW_KEYS["geojson"]``: several events at
    one place (or none) and on one date, ids and values of other types now and then."""
    places = draw(PLACES)
    rows = []
    for k in range(draw(st.integers(0, 6))):
        at = draw(st.integers(-1, len(places) - 1))
        name, lat, lon = (None, None, None) if at < 0 else places[at]
        rows.append(
            (
                draw(st.one_of(st.just(f"e{k}"), TRICKY, st.integers())),
                json.dumps(draw(records()), ensure_ascii=draw(st.booleans())),
                name,
                draw(st.one_of(st.none(), st.integers(1, 3), st.just(True), st.floats(1, 3))),
                draw(DAY),
                lat,
                lon,
                draw(st.one_of(st.none(), TRICKY, st.integers())),
                None if at < 0 else f"p{at}",
            )
        )
    return rows


TWO_DAYS = [
    (
        f"e{k}",
        json.dumps({**BASE, "location": None, "places": []}),
        "Lima",
        1,
        day,
        -12.05,
        -77.04,
        None,
        "p0",
    )
    for k, day in enumerate([1, True, 0.0, date(2024, 5, 1), "2024-05-01"])
]


@settings(max_examples=400, deadline=None)
@given(feature_rows(), st.integers(1, 3))
@example(TWO_DAYS, 3)  # values a key would confuse (1 == True == 1.0), written apart
def test_a_geojson_export_of_batches_is_each_feature_encoded(
    rows: list[tuple[Any, ...]], kept: int
) -> None:
    """``write_batches`` keeps a place's and a date's texts (at most ``kept``), and writes what
    ``json.dumps`` writes of each ``feature``, in order."""
    import io

    from dashboard import export, export_geojson

    keys = ROW_KEYS["geojson"]
    want = ", ".join(
        json.dumps(feature(dict(zip(keys, r, strict=True))), ensure_ascii=False) for r in rows
    )
    for limit in (kept, export_geojson.TEXTS_KEPT):
        old, export_geojson.TEXTS_KEPT = export_geojson.TEXTS_KEPT, limit
        try:
            out = io.StringIO()
            assert export.write_batches([rows[:2], rows[2:]], "geojson", out) == len(rows)
        finally:
            export_geojson.TEXTS_KEPT = old
        assert out.getvalue() == want


GP_PIECES = ['"geo_precision": ', "1", "23", "-", "null", "\u0663", "x", " ", ', "country_code": ']


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(GP_PIECES), max_size=10).map("".join), st.integers(0, 3))
def test_place_precisions_are_what_the_expression_counts(text: str, start: int) -> None:
    from dashboard.export_geojson import _GEO_PRECISION, _PLACE_PRECISION, _place_precisions

    n = text.count(_GEO_PRECISION, start)
    matched = len(_PLACE_PRECISION.findall(text, start))
    assert _place_precisions(text, start) == (n if n == matched else None)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ('"geo_precision": 1, "country_code": "PE"', 1),
        ('"geo_precision": null, "country_code": ', 1),
        ('"geo_precision": -12, "country_code": ', 1),
        ("no key", 0),
        ('"geo_precision": 1, "country": "PE"', None),
        ('"geo_precision": -, "country_code": ', None),
        ('"geo_precision": 1, "country_code": , "geo_precision": "2", "country_code": ', None),
    ],
)
def test_a_place_precision_is_a_number_or_null_before_the_country_code(
    text: str, n: int | None
) -> None:
    from dashboard.export_geojson import _place_precisions

    assert _place_precisions(text, 0) == n
