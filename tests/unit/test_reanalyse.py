"""When the reader changes, stored articles are re-read: corrections survive, a killed run
resumes, and build-store says so."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store import fingerprint
from dashboard.store.db import Store, articles
from tests.conftest import ROOT, SEED
from tests.unit.test_cli import run
from tests.unit.test_concurrency import write_articles


def age(store: Store) -> None:
    """Pretend an older reader made every stored article."""
    with store.writer.begin() as conn:
        conn.execute(sa.update(articles).values(analysis="older-reader"))


def test_reanalysis_rereads_stale_articles_and_keeps_place_and_date_corrections(
    store_url: str, geoparser: Geoparser
) -> None:
    store = Store(store_url)
    pipe = Pipeline(store, geoparser)
    pipe.ingest([SEED])
    pipe.correct_place("Washington", point=("Washington state capitol", 47.0358, -122.9048))
    visit = next(r for r in store.event_rows() if r["event_code"] == "04")
    pipe.correct_date(visit["id"], date(2024, 11, 6), date(2024, 11, 6), 1)
    age(store)
    assert store.freshness(pipe.fingerprint) == (1, 1)
    later = Pipeline(store, geoparser)  # a new process with the newer reader
    assert later.reanalyse() == 1
    assert store.freshness(pipe.fingerprint) == (0, 1)
    again = next(r for r in store.event_rows() if r["id"] == visit["id"])
    assert (again["date_start"], again["date_reason"][:17]) == (
        date(2024, 11, 6),
        "corrected by a us",
    )
    links = {r["place_id"] for r in store.event_place_rows()}
    assert "user:washington" in links
    assert "gn:4140963" not in links
    assert later.reanalyse() == 0  # nothing left: a second run does nothing


def test_a_killed_reanalysis_resumes_where_it_stopped(tmp_path: Path, geoparser: Geoparser) -> None:
    db = tmp_path / "r.db"
    store = Store(str(db))
    Pipeline(store, geoparser).ingest(write_articles(tmp_path / "r", 60, "r"))
    age(store)
    proc = subprocess.Popen(
        [sys.executable, "-m", "dashboard", "reanalyse", "--db", str(db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    for _ in range(5):
        proc.stdout.readline()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    left = len(store.stale_articles(Pipeline(store, geoparser).fingerprint))
    assert 0 < left <= 55
    rerun = run("reanalyse", "--db", str(db))
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.count("reread") == left
    assert store.article_count() == 60
    assert not store.stale_articles(Pipeline(store, geoparser).fingerprint)


def test_build_store_says_when_the_store_is_out_of_date(
    tmp_path: Path, geoparser: Geoparser
) -> None:
    db = tmp_path / "b.db"
    store = Store(str(db))
    Pipeline(store, geoparser).ingest([SEED])
    assert "out of date" not in run("build-store", "--if-missing", "--db", str(db)).stderr
    age(store)
    said = run("build-store", "--if-missing", "--db", str(db)).stderr
    assert "out of date: 1 of 1 article(s)" in said
    assert f"python -m dashboard reanalyse --db '{db}'" in said


def test_the_fingerprint_follows_the_reader_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "gazetteer", data / "gazetteer")
    monkeypatch.setattr(fingerprint, "data_dir", lambda: data)
    fingerprint.analysis_fingerprint.cache_clear()
    before = fingerprint.analysis_fingerprint()
    (data / "lexicon").mkdir()
    (data / "lexicon" / "cameo.csv").write_text("code,verb,source\n141,marched,hand-written\n")
    fingerprint.analysis_fingerprint.cache_clear()
    after = fingerprint.analysis_fingerprint()
    fingerprint.analysis_fingerprint.cache_clear()
    assert before != after


def test_the_fingerprint_covers_every_input_of_the_reader() -> None:
    # the shared analysis record and the hazard types are read by the geoparser and the
    # extractor too: a change to either must mark stored articles out of date
    names = {name for name, _ in fingerprint._inputs()}
    assert "dashboard/analysis.py" in names
    assert "data/events/hazards.csv" in names
    assert any(n.startswith("dashboard/events/") for n in names)
