"""Round trips: what is exported agrees with the stored events."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from dashboard.export import to_text, write
from dashboard.export_cells import notes
from dashboard.export_csv import CSV_COLUMNS, csv_row, defuse
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.conftest import SEED
from tests.pg import Server
from tests.unit.test_cli import run


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = Store(str(tmp_path_factory.mktemp("x") / "e.db"))
    Pipeline(s, Geoparser()).ingest([SEED])
    return s


def test_csv_has_acled_columns_and_every_event(store: Store) -> None:
    rows = store.event_rows()
    parsed = list(csv.DictReader(io.StringIO(to_text(rows, "csv"))))
    assert list(parsed[0]) == CSV_COLUMNS
    assert sorted(p["event_id"] for p in parsed) == sorted(r["id"] for r in rows)
    missiles = next(
        p for p in parsed if p["cameo_code"] == "15" and p["date_start"] == "2024-11-05"
    )
    # a body of water is no country (places85): the sea is the location, the country empty
    assert (missiles["country"], missiles["location"], missiles["geo_precision"]) == (
        "",
        "Sea of Japan",
        "3",
    )
    icbm = next(p for p in parsed if p["date_start"] == "2024-10-28")
    assert icbm["event_date"] == "2024-10-31"  # ACLED: the middle of the week


def test_geojson_one_feature_per_event(store: Store) -> None:
    fc = json.loads(to_text(store.event_rows(), "geojson"))
    assert fc["type"] == "FeatureCollection"
    assert len(fc["features"]) == len(store.event_rows())
    visit = next(f for f in fc["features"] if f["properties"]["event_type"]["code"] == "04")
    assert visit["properties"]["location_name"] == "Yokosuka"
    assert visit["geometry"]["coordinates"] == pytest.approx([139.667, 35.284], abs=0.01)


def test_jsonl_export_matches_the_events_command(store: Store, tmp_path: Path) -> None:
    exported = [json.loads(x) for x in to_text(store.event_rows(), "jsonl").splitlines()]
    printed = [json.loads(x) for x in run("events", str(SEED)).stdout.splitlines()]
    key = lambda r: r["id"]  # noqa: E731
    # the export adds one field, last: the event's happening (issue 16)
    assert all(list(r)[-1] == "happening_id" and r.pop("happening_id") for r in exported)
    assert sorted(exported, key=key) == sorted(printed, key=key)


def test_export_command_filters_dates_and_writes_a_file(store: Store, tmp_path: Path) -> None:
    db = store.url.removeprefix("sqlite:///")
    out = tmp_path / "early.csv"
    done = run(
        "export",
        "--format",
        "csv",
        "--from",
        "1900-01-01",
        "--to",
        "1950-12-31",
        "--db",
        db,
        "--out",
        str(out),
    )
    assert done.returncode == 0
    rows = list(csv.DictReader(out.open()))
    assert [r["cameo_code"] for r in rows] == ["19"]
    assert run("export", "--format", "csv", "--from", "yesterday").returncode == 2


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 (555)", "'+1 (555)"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tlead", "'\tlead"),
        # a bare carriage return is written as a line feed, which the writer quotes
        ("\rlead", "'\nlead"),
        ("Reuters", "Reuters"),
        ("", ""),
    ],
)
def test_csv_text_cells_that_start_like_formulas_are_quoted(cell: str, written: str) -> None:
    assert defuse({"source": cell, "article_title": cell}) == {
        "source": written,
        "article_title": written,
    }


def test_csv_numbers_stay_numbers_even_when_negative() -> None:
    row = {"latitude": "-33.868800", "longitude": "-151.209300", "geo_precision": 2}
    assert defuse(row) == row


def test_csv_event_code_comes_from_the_stored_record_and_may_be_missing(store: Store) -> None:
    rows = store.event_rows()
    old = dict(rows[0], detail=json.dumps({"id": rows[0]["id"]}))  # a row from before the field
    coded = dict(rows[0], detail=json.dumps({"event_code": "173"}))
    nulled = dict(rows[0], detail=json.dumps({"event_code": None}))
    assert [csv_row(r)["event_code"] for r in (old, coded, nulled)] == ["", "173", ""]
    assert CSV_COLUMNS[-2:] == ["event_code", "happening_id"]  # each added last, in turn


def test_exports_are_in_event_id_order(store: Store) -> None:
    parsed = list(csv.DictReader(io.StringIO(to_text(store.event_rows(), "csv"))))
    ids = [p["event_id"] for p in parsed]
    assert ids == sorted(ids)


def test_exports_from_sqlite_and_postgresql_are_byte_identical(
    tmp_path: Path, pg_server: Server, geoparser: Geoparser
) -> None:
    stores = [Store(str(tmp_path / "s.db")), Store(pg_server.new_database())]
    for s in stores:
        Pipeline(s, geoparser).ingest([SEED])
    for fmt in ("csv", "geojson", "jsonl"):
        lite, pg = (to_text(s.event_rows(), fmt) for s in stores)
        assert lite == pg, fmt
        for s in stores:  # streamed from the cursor in id order: the same bytes
            assert _streamed(s, fmt) == lite, (fmt, s.url)


def _streamed(store: Store, fmt: str, batch: int = 3) -> str:
    buf = io.StringIO()
    write(store.stream_event_rows(batch=batch), fmt, buf, ordered=True)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["csv", "geojson", "jsonl"])
def test_a_streamed_export_is_byte_identical_to_the_sorted_one(store: Store, fmt: str) -> None:
    assert _streamed(store, fmt) == to_text(store.event_rows(), fmt)
    early = store.stream_event_rows(date(1900, 1, 1), date(1950, 12, 31))
    assert [r["event_code"] for r in early] == ["19"]


def test_an_empty_geojson_export_is_what_json_dump_writes(tmp_path: Path) -> None:
    buf = io.StringIO()
    assert write(iter([]), "geojson", buf, ordered=True) == 0
    assert buf.getvalue() == json.dumps({"type": "FeatureCollection", "features": []}) + "\n"


@pytest.mark.parametrize(
    ("summary", "sentences", "written"),
    [
        (
            "Chad has threatened to close the border",
            ["Chad has threatened to close the border."],
            "Chad has threatened to close the border.",
        ),
        (
            "Troops left Abeche",
            ["Troops left Abeche.", "troops LEFT  Abeche"],
            "Troops left Abeche.",
        ),
        (
            "Troops left Abeche",
            ["They had arrived in May."],
            "Troops left Abeche. They had arrived in May.",
        ),
        ("Was the bridge hit?", [], "Was the bridge hit?"),
    ],
)
def test_csv_notes_say_each_sentence_once(summary: str, sentences: list[str], written: str) -> None:
    assert notes(summary, sentences) == written


def test_csv_notes_of_stored_events_never_repeat_a_sentence(store: Store) -> None:
    for row in store.event_rows():
        said = csv_row(row)["notes"]
        halves = said.split(". ")
        assert len(halves) == len({h.rstrip(".").casefold() for h in halves}), said


@pytest.mark.parametrize("level", ["event", "happening"])
@pytest.mark.parametrize("fmt", ["csv", "geojson", "jsonl"])
def test_exports_carry_only_http_links(tmp_path: Path, level: str, fmt: str) -> None:
    # a feed or front matter may give any scheme; a spreadsheet or web map that links the
    # column would run a javascript: or data: URL when clicked, as the app's pages would
    from dashboard.articles.reader import parse_article

    db = tmp_path / "links.db"
    pipe = Pipeline(Store(str(db)), Geoparser())
    for n, url in enumerate(
        ["javascript:alert(1)", "data:text/html,<b>x</b>", "https://example.org/ok"]
    ):
        pipe.add(
            parse_article(
                f"date 2024-03-0{n + 1}\nLIMA — Police arrested {n + 2} students "
                f"in Lima on Monday.",
                url=url,
            )
        )
    done = run("export", "--format", fmt, "--level", level, "--db", str(db))
    assert done.returncode == 0
    if fmt == "csv" or level == "happening":  # the event GeoJSON and JSONL carry no URL
        assert "https://example.org/ok" in done.stdout
    assert "javascript:" not in done.stdout
    assert "data:text" not in done.stdout


def test_a_happening_row_names_an_unknown_outlet_as_the_cards_do(tmp_path: Path) -> None:
    from dashboard.articles.reader import parse_article

    db = tmp_path / "outlets.db"
    pipe = Pipeline(Store(str(db)), Geoparser())
    pipe.add(
        parse_article(
            "date 2024-03-05\nPolice in Lima arrested 12 students on Monday "
            "after a march on the congress.",
            source="Andina",
        )
    )
    pipe.add(
        parse_article(
            "date 2024-03-05\nTwelve students were arrested by police in Lima "
            "on Monday, witnesses said."
        )
    )
    done = run("export", "--format", "csv", "--level", "happening", "--db", str(db))
    assert done.returncode == 0
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    merged = [r for r in rows if r["sources"] == "2"]
    assert [r["source"] for r in merged] == ["Andina; unknown outlet"]
