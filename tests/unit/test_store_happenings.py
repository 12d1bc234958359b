"""Happenings in the store, on both backends: grouped on ingest, regrouped when articles
are replaced or re-read, corrected by users for good, exported at both levels."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.export import to_text
from dashboard.export_csv import CSV_COLUMNS
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from dashboard.store.happening_queries import stream_happening_rows
from dashboard.store.happenings import join_events, split_event

# three reports written for this test: two of one strike (two outlets), one a week later
REPORTS = [
    {
        "title": "Missiles hit Kharkiv",
        "date": "2024-03-05",
        "source": "Northern Wire",
        "url": "https://northern.example/1",
        "text": "KHARKIV — Russian missiles struck the city of Kharkiv on Tuesday, killing three "
        "people. The regional governor said a school was damaged.",
    },
    {
        "title": "Kharkiv shelled",
        "date": "2024-03-06",
        "source": "The Evening Ledger",
        "url": "https://ledger.example/2",
        "text": "Russian forces shelled Kharkiv on 5 March, killing four civilians, officials in "
        "Ukraine said. Rescuers worked through the night.",
    },
    {
        "title": "Kharkiv again",
        "date": "2024-03-12",
        "source": "Northern Wire",
        "url": "https://northern.example/3",
        "text": "KHARKIV — Russian missiles struck Kharkiv again on Tuesday. Two people were hurt.",
    },
]


@pytest.fixture
def pipeline(store_url: str, geoparser: Geoparser, tmp_path: Path) -> Pipeline:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    assert [r.status for r in pipe.ingest([path])] == ["added"]
    return pipe


def lead(store: Store, url: str) -> dict:
    """The article's strike event: the newest one it reports."""
    rows = [r for r in store.event_rows() if r["url"] == url and r["event_code"] == "19"]
    return max(rows, key=lambda r: r["date_start"])


def test_two_outlets_reporting_one_strike_share_a_happening_and_the_next_week_does_not(
    pipeline: Pipeline,
) -> None:
    store = pipeline.store
    first, second, later = (lead(store, r["url"]) for r in REPORTS)
    assert first["happening_id"] == second["happening_id"] != later["happening_id"]
    (h,) = [h for h in stream_happening_rows(store.engine) if h["id"] == first["happening_id"]]
    detail = json.loads(h["detail"])
    assert (h["sources"], h["reports"] >= 2, str(h["date_start"])) == (2, True, "2024-03-05")
    assert detail["outlets"] == ["Northern Wire", "The Evening Ledger"]  # as the articles name them
    killed = [d for d in detail["disagreements"] if d["field"] == "numbers: killed"]
    assert [r["value"] for r in killed[0]["readings"]] == ["three", "four"]


def test_every_event_has_a_happening_and_the_event_export_adds_it_last(pipeline: Pipeline) -> None:
    rows = pipeline.store.event_rows()
    assert all(r["happening_id"] for r in rows)
    parsed = list(csv.DictReader(io.StringIO(to_text(rows, "csv"))))
    assert list(parsed[0]) == CSV_COLUMNS
    assert CSV_COLUMNS[-1] == "happening_id"


def test_a_replaced_article_is_regrouped(pipeline: Pipeline) -> None:
    store = pipeline.store
    moved = dict(REPORTS[1], text=REPORTS[1]["text"].replace("5 March", "1 March"))
    from dashboard.articles.reader import parse_article

    article = parse_article(
        moved["text"],
        title=moved["title"],
        source=moved["source"],
        url=moved["url"],
        published=moved["date"],
        headers=False,
    )
    assert pipeline.add(article, key=store_key_of(store, moved["url"])).status == "replaced"
    first, second = lead(store, REPORTS[0]["url"]), lead(store, REPORTS[1]["url"])
    assert str(second["date_start"]) == "2024-03-01"
    assert first["happening_id"] != second["happening_id"]
    (h,) = [h for h in stream_happening_rows(store.engine) if h["id"] == first["happening_id"]]
    assert h["sources"] == 1  # the other outlet's report left it


def test_a_report_that_denies_the_strike_is_no_witness_to_it(pipeline: Pipeline) -> None:
    store = pipeline.store
    from dashboard.articles.reader import parse_article

    # written for this test: the same strike, place and day, but the text denies it
    text = "Russian missiles did not strike Kharkiv on 5 March, officials in Ukraine said."
    article = parse_article(
        text,
        title="Denial",
        source="Third Desk",
        url="https://third.example/4",
        published="2024-03-06",
        headers=False,
    )
    assert pipeline.add(article).status == "added"
    (denied,) = [
        r
        for r in store.event_rows()
        if r["url"] == "https://third.example/4" and str(r["event_code"]).startswith("19")
    ]
    assert "negated" in denied["flags"]
    first = lead(store, REPORTS[0]["url"])
    assert denied["happening_id"] != first["happening_id"]
    (h,) = [h for h in stream_happening_rows(store.engine) if h["id"] == first["happening_id"]]
    assert h["sources"] == 2  # the two outlets that report it, not the one that denies it


def store_key_of(store: Store, url: str) -> str:
    (row,) = [r for r in store.article_rows() if r["url"] == url]
    return str(row["key"])


def test_a_users_split_and_join_survive_re_reading(pipeline: Pipeline) -> None:
    store = pipeline.store
    first, second, later = (lead(store, r["url"]) for r in REPORTS)
    split_event(store, second["id"])
    assert (
        lead(store, REPORTS[1]["url"])["happening_id"]
        != lead(store, REPORTS[0]["url"])["happening_id"]
    )
    pipeline.reread([a["id"] for a in store.article_rows()])  # a re-analysis rewrites every event
    assert (
        lead(store, REPORTS[1]["url"])["happening_id"]
        != lead(store, REPORTS[0]["url"])["happening_id"]
    )
    join_events(store, first["id"], later["id"])
    pipeline.reread([a["id"] for a in store.article_rows()])
    joined = {lead(store, r["url"])["happening_id"] for r in REPORTS}
    assert len(joined) == 2  # the first and the later are one now; the split one stays out
    assert (
        lead(store, REPORTS[0]["url"])["happening_id"]
        == lead(store, REPORTS[2]["url"])["happening_id"]
    )


def test_a_join_that_undoes_a_split_moves_the_data_version(pipeline: Pipeline) -> None:
    # the join deletes the split's row and writes its own: the corrections' count was the
    # same and SQLite gave the new row the freed id, so the app's cache key did not move and
    # the map kept showing the split happening after the join
    store = pipeline.store
    first, second, _ = (lead(store, r["url"]) for r in REPORTS)
    split_event(store, second["id"])
    split = store.data_version()
    join_events(store, second["id"], first["id"])
    assert store.data_version() != split
    joined = store.data_version()
    split_event(store, second["id"])  # the split deletes the join, the other way round
    assert store.data_version() != joined


def test_export_level_happening_writes_one_row_per_happening(
    pipeline: Pipeline, capsys: pytest.CaptureFixture[str], store_url: str
) -> None:
    assert main(["export", "--level", "happening", "--format", "csv", "--db", store_url]) == 0
    out = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out.out)))
    ids = {r["happening_id"] for r in pipeline.store.event_rows()}
    assert {r["happening_id"] for r in rows} == ids
    assert f"exported {len(ids)} happening(s)" in out.err
    shared = next(r for r in rows if int(r["sources"]) == 2)
    assert shared["source"] == "Northern Wire; The Evening Ledger"
    assert len(shared["event_ids"].split(";")) == int(shared["reports"])
    assert main(["export", "--level", "happening", "--format", "jsonl", "--db", store_url]) == 0
    records = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {r["happening_id"] for r in records} == ids


def test_an_older_store_upgrades_with_a_happening_for_each_event(store_url: str) -> None:
    from tests.unit.test_migrations import make_old_store

    make_old_store(store_url)  # one event, made before happenings existed
    (row,) = Store(store_url).event_rows()
    assert row["happening_id"]
    (h,) = stream_happening_rows(Store(store_url).engine)
    assert (h["id"], h["reports"], h["sources"]) == (row["happening_id"], 1, 1)


def test_the_map_queries_count_happenings_under_the_filters(pipeline: Pipeline) -> None:
    from dashboard.store import happening_queries as hq
    from dashboard.store.queries import EventQuery

    store = pipeline.store
    q = EventQuery(date(2024, 3, 1), date(2024, 3, 13), types=("19",))
    assert hq.happening_count(store, q) == 2  # the 5th, told twice, and the 12th
    (kharkiv,) = hq.place_counts(store, q).itertuples()
    assert (kharkiv.name, kharkiv.n_happenings) == ("Kharkiv", 2)
    assert kharkiv.n_events >= 3
    total, (told,) = hq.happening_cards(store, q, kharkiv.id, min_reports=2)
    assert (total, told.sources, told.outlets) == (1, 2, ("Northern Wire", "The Evening Ledger"))
    assert {r.url for r in told.reports} == {REPORTS[0]["url"], REPORTS[1]["url"]}
    assert hq.happening_count(store, EventQuery(types=("14",))) == 0


def test_a_denied_strike_is_flagged_in_the_happening_export(
    store_url: str, geoparser: Geoparser, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a negated report is a happening of its own (0010); its row had read as a plain strike
    # at Odesa, so a count of happenings from the export counted the denial as a strike
    said = [
        {
            "title": "Port hit",
            "date": "2024-03-12",
            "source": "Port Daily",
            "text": "ODESA — Russian drones struck Odesa on Monday, damaging port cranes.",
        },
        {
            "title": "Denial",
            "date": "2024-03-12",
            "source": "State Wire",
            "text": "MOSCOW — Russian drones did not strike Odesa on Monday, the ministry said.",
        },
    ]
    path = tmp_path / "odesa.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in said), encoding="utf-8")
    Pipeline(Store(store_url), geoparser).ingest([path])
    assert main(["export", "--level", "happening", "--format", "jsonl", "--db", store_url]) == 0
    records = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    flags = {r["outlets"][0]: r["flags"] for r in records if r["root"] == "19"}
    assert flags == {"Port Daily": [], "State Wire": ["negated"]}
    # added last: the earlier fields keep their places
    assert list(records[0])[-2:] == ["flags", "event_code"]
    assert main(["export", "--level", "happening", "--format", "csv", "--db", store_url]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["source"]: r["flags"] for r in rows if r["cameo_code"] == "19"} == {
        "Port Daily": "",
        "State Wire": "negated",
    }


def test_a_hijacked_ships_happening_names_one_code_with_its_type(
    store_url: str, geoparser: Geoparser, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # two outlets' reports of one hijacking (written for this test): merged as a seizure (17,
    # the root they are grouped by), but the type shown must be the reports' own code's
    said = [
        {
            "title": "Freighter hijacked",
            "date": "2024-02-06",
            "source": "Gulf Courier",
            "text": "ADEN — Gunmen hijacked a cargo ship off the coast of Yemen on Monday.",
        },
        {
            "title": "Ship taken",
            "date": "2024-02-06",
            "source": "Harbour Post",
            "text": "Armed men hijacked a freighter off Yemen's coast on Monday, the navy said.",
        },
    ]
    path = tmp_path / "ship.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in said), encoding="utf-8")
    Pipeline(Store(store_url), geoparser).ingest([path])
    assert main(["export", "--level", "happening", "--format", "csv", "--db", store_url]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    (ship,) = [r for r in rows if r["event_code"].startswith("18")]
    assert ship["event_type"] == "Assault"
    assert ship["cameo_code"] == "17"  # the merge root, as before
    assert list(rows[0])[-1] == "event_code"


def _happenings(store_url: str, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    assert main(["export", "--level", "happening", "--format", "csv", "--db", store_url]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_a_quake_told_at_a_mountain_range_meets_one_told_at_a_town_in_it(
    store_url: str, geoparser: Geoparser, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # written for this test: one outlet places the quake in a range astride countries (a
    # region of no country, its own blocking cell), another at a town among its peaks
    said = [
        {
            "title": "Quake in western Nepal",
            "date": "2023-11-04",
            "source": "Valley Times",
            "text": "KATHMANDU — An earthquake of magnitude 5.7 struck near Pokhara in western "
            "Nepal late on Friday, killing at least 150 people, officials said.",
        },
        {
            "title": "Himalayan quake",
            "date": "2023-11-04",
            "source": "Mountain Post",
            "text": "A strong earthquake of magnitude 5.6 shook the Himalayas late on Friday, "
            "flattening mud-brick homes in remote villages, rescuers said.",
        },
    ]
    path = tmp_path / "quake.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in said), encoding="utf-8")
    Pipeline(Store(store_url), geoparser).ingest([path])
    quakes = [r for r in _happenings(store_url, capsys) if r["event_type"] == "Earthquake"]
    assert [(r["reports"], r["sources"]) for r in quakes] == [("2", "2")]


def test_an_attack_told_at_a_region_needs_a_side_shared_with_one_at_a_town(
    store_url: str, geoparser: Geoparser, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # near miss: force in a region of no country and force at a town in it on one day, told
    # with no side in common, are two happenings ("fighting in the Sahel" is not every clash)
    said = [
        {
            "title": "Convoy ambushed",
            "date": "2024-02-03",
            "source": "Desert Wire",
            "text": "Gunmen ambushed a fuel convoy in the Sahel on Friday, killing six drivers.",
        },
        {
            "title": "Clash in Gao",
            "date": "2024-02-03",
            "source": "River Daily",
            "text": "Malian troops clashed with Tuareg rebels in Gao on Friday, the army said.",
        },
    ]
    path = tmp_path / "sahel.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in said), encoding="utf-8")
    Pipeline(Store(store_url), geoparser).ingest([path])
    rows = _happenings(store_url, capsys)
    assert rows
    assert all(r["reports"] == "1" for r in rows)
