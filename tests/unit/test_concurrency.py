"""Nothing lost, never half-written: two writers at once, and a killed ingest."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from dashboard.articles.reader import read_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store, articles, events
from tests.conftest import ROOT

CITIES = ["Oslo", "Lima", "Quito", "Hanoi", "Nairobi", "Dhaka", "Kyiv", "Seoul", "Cairo", "Manila"]


def write_articles(folder: Path, n: int, tag: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        city = CITIES[i % len(CITIES)]
        p = folder / f"{tag}{i:03d}.txt"
        p.write_text(
            f"date 2024-03-{1 + i % 28:02d}\n{city.upper()} — Protesters marched in {city} on Monday, "
            f"item {tag}{i}. Police detained {i + 2} people in {city} on Tuesday.\n"
        )
        paths.append(p)
    return paths


def ingest(folder: Path | list[Path], db: Path | str) -> subprocess.Popen[str]:
    folders = [str(f) for f in (folder if isinstance(folder, list) else [folder])]
    return subprocess.Popen(
        [sys.executable, "-m", "dashboard", "ingest", *folders, "--db", str(db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stored_counts(url: str) -> tuple[int, int, int]:
    """(articles, distinct article ids, articles without any event) in the store at ``url``."""
    store = Store(url)
    with store.engine.connect() as conn:
        n = conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()
        ids = conn.execute(sa.select(sa.func.count(sa.distinct(articles.c.id)))).scalar_one()
        bare = conn.execute(
            sa.select(sa.func.count())
            .select_from(articles)
            .where(~sa.exists().where(events.c.article_id == articles.c.id))
        ).scalar_one()
    store.engine.dispose()
    return int(n), int(ids), int(bare)


@pytest.mark.parametrize("writers", [2, 4, 8])
def test_concurrent_ingests_store_every_article_once(
    tmp_path: Path, store_url: str, writers: int
) -> None:
    # every writer shares the same ten cities (the places race) and one common folder (the
    # same articles at once: the article race); the rest is its own
    common = write_articles(tmp_path / "common", 12, "c")
    for w in range(writers):
        write_articles(tmp_path / f"w{w}", 24 // writers, f"w{w}-")
    procs = [ingest([tmp_path / "common", tmp_path / f"w{w}"], store_url) for w in range(writers)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0] * writers, outs
    assert not any("Traceback" in err for _, err in outs)
    assert stored_counts(store_url) == (len(common) + 24, len(common) + 24, 0)


def test_killed_ingest_leaves_a_consistent_store_and_a_rerun_finishes(tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    paths = write_articles(tmp_path / "k", 150, "k")
    proc = ingest(tmp_path / "k", db)
    assert proc.stdout is not None
    for _ in range(5):  # let a few articles land, then kill it mid-run
        proc.stdout.readline()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 5 <= stored < 150
    # every stored article has exactly the events its text gives: no half-written article
    extractor = EventExtractor(Geoparser())
    by_id = {read_article(p).id: p for p in paths}
    for article_id, n_events in con.execute(
        "SELECT a.id, count(e.id) FROM articles a LEFT JOIN events e ON e.article_id = a.id GROUP BY a.id"
    ):
        assert n_events == len(extractor.extract(read_article(by_id[article_id])))
    con.close()
    rerun = ingest(tmp_path / "k", db)
    out, _ = rerun.communicate(timeout=300)
    assert rerun.returncode == 0
    assert out.count("duplicate") == stored
    assert out.count("added") == 150 - stored
