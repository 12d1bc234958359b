"""Parallel ingest: the same report lines as one process, and one bad article rejects only itself."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from dashboard import jobs
from dashboard.pipeline import FileResult, Pipeline, expand
from dashboard.store.db import Store
from tests.conftest import FIXTURES, ROOT
from tests.unit.test_cli import run

FILES = sorted(
    p for p in [*expand([str(ROOT / "data" / "articles")]), *FIXTURES.iterdir()] if p.is_file()
)


def _lines(results: list[FileResult]) -> list[str]:
    return [f"{r.status:<9} {r.path}: {r.detail}" for r in results]


@pytest.fixture(scope="module")
def sequential(tmp_path_factory: pytest.TempPathFactory, geoparser) -> list[str]:
    store = Store(str(tmp_path_factory.mktemp("seq") / "s.db"))
    return _lines(Pipeline(store, geoparser).ingest(FILES))


@pytest.mark.parametrize("n", [1, 2])
def test_workers_report_what_one_process_reports(
    sequential: list[str], n: int, tmp_path: Path, geoparser
) -> None:
    store = Store(str(tmp_path / "p.db"))
    got = _lines(jobs.ingest(Pipeline(store, geoparser), FILES, jobs=n))
    assert got == sequential
    assert any(line.startswith("rejected") for line in got)  # the fixtures include bad files
    assert store.article_count() > len(FILES) // 2


def test_the_command_takes_jobs_and_prints_the_same_lines(tmp_path: Path) -> None:
    files = [str(p) for p in FILES[:6]]
    one = run("ingest", "--jobs", "1", "--db", str(tmp_path / "a.db"), *files)
    two = run("ingest", "--jobs", "2", "--db", str(tmp_path / "b.db"), *files)
    assert one.stdout == two.stdout
    assert one.stdout.count("\n") == len(files)
    assert run("ingest", "--jobs", "0", *files).returncode == 2


def test_one_article_the_store_refuses_is_rejected_alone(tmp_path: Path, geoparser) -> None:
    store = Store(str(tmp_path / "f.db"))
    doomed = FIXTURES / "single.json"
    # the store itself refuses it, after its mentions are written: the batch's one-go write
    # fails, and the article-by-article savepoints find it
    with store.writer.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER refuse AFTER INSERT ON mentions WHEN (SELECT key FROM articles "
            "WHERE id = NEW.article_id) LIKE '%single.json' "
            "BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed'); END"
        )
    files = [FIXTURES / "articles.json", doomed, FIXTURES / "front_matter.md"]
    results = jobs.ingest(Pipeline(store, geoparser), files, jobs=1)
    assert [r.status for r in results] == ["added", "rejected", "added"]
    assert results[1].detail == "store write failed: CHECK constraint failed"
    with store.engine.connect() as conn:
        keys = {r.key for r in conn.execute(sa.text("SELECT key FROM articles"))}
    assert not any("single.json" in k for k in keys)  # its savepoint rolled back
    assert store.article_count() == len(keys) >= 2


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_of_a_killed_ingest_exit(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for k in range(400):
        (folder / f"{k:03d}.txt").write_text(
            f"date 2024-05-0{1 + k % 9}\nOSLO — Nurses marched in Oslo ({k}).\n"
        )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dashboard",
            "ingest",
            "--jobs",
            "2",
            "--db",
            str(tmp_path / "k.db"),
            str(folder),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    proc.stdout.readline()  # the pool is running
    workers = _children(proc.pid)
    assert len(workers) >= 2
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers)


def _feed(path: Path, n: int) -> Path:
    """``n`` short articles of our own, each distinct, with two bad lines among them."""
    cities = ["Oslo", "Lima", "Nairobi", "Manila", "Quito", "Accra"]
    acts = [
        "Nurses marched",
        "Police arrested 12 protesters",
        "Floods hit farms",
        "Troops shelled a camp",
    ]
    lines = []
    for k in range(n):
        city = cities[k % len(cities)]
        text = f"{city.upper()} — {acts[k % len(acts)]} near {city} on Tuesday (report {k})."
        lines.append(
            json.dumps({"title": f"{city} {k}", "text": text, "date": f"2024-05-{1 + k % 28:02d}"})
        )
    lines.insert(n // 3, "{not json")
    lines.insert(2 * n // 3, json.dumps({"title": "empty", "text": ""}))
    path.write_text("\n".join(lines) + "\n")
    return path


def _stored(store: Store) -> list[tuple[str, ...]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT a.key, e.id, e.summary, e.date_start, e.date_end, e.event_code, e.actors, e.location_id "
                "FROM events e JOIN articles a ON a.id = e.article_id ORDER BY a.key, e.id"
            )
        )
        return [tuple(str(v) for v in r) for r in rows]


@pytest.mark.parametrize(
    ("left", "jobs_", "size"),
    [
        (1000, 2, jobs.CHUNK),  # far from the end: whole chunks
        (None, 2, jobs.CHUNK),  # near miss: a streamed file's length is unknown
        (400, 2, jobs.CHUNK),  # near miss: a quarter of what is left is still a whole chunk
        (200, 2, 50),  # near the end: a quarter of what is left, at two workers
        (400, 4, 50),  # an eighth, at four
        (12, 2, jobs.MIN_CHUNK),  # never below the floor
    ],
)
def test_a_files_last_chunks_are_shares_of_what_is_left(
    left: int | None, jobs_: int, size: int
) -> None:
    assert jobs.chunk_size(left, jobs_) == size


@pytest.mark.skipif(
    "fork" not in __import__("multiprocessing").get_all_start_methods(),
    reason="the pid log is written by forked workers",
)
def test_one_jsonl_file_is_analysed_by_several_workers_with_the_same_report(
    tmp_path: Path, geoparser, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = _feed(tmp_path / "feed.jsonl", 300)
    one_store = Store(str(tmp_path / "one.db"))
    one = jobs.ingest(Pipeline(one_store, geoparser), [feed, FIXTURES / "articles.json"], jobs=1)

    log = tmp_path / "pids.log"
    real = jobs.Reader.analyse_articles

    def logged(self: jobs.Reader, articles):  # type: ignore[no-untyped-def]
        articles = list(articles)
        with log.open("a") as fh:  # forked workers inherit this patch; each line is a write
            fh.write(f"{os.getpid()} {len(articles)} {articles[0].path}\n")
        return real(self, articles)

    monkeypatch.setattr(jobs.Reader, "analyse_articles", logged)
    monkeypatch.setattr(jobs, "CHUNK", 40)
    two_store = Store(str(tmp_path / "two.db"))
    two = jobs.ingest(Pipeline(two_store, geoparser), [feed, FIXTURES / "articles.json"], jobs=2)

    assert two == one  # same counts, same refused lines with their numbers
    assert one[0].problems
    assert any(p.startswith(f"line {300 // 3 + 1}:") for p in one[0].problems)
    assert _stored(two_store) == _stored(one_store)
    assert len(_stored(one_store)) > 100  # most of the articles give an event
    with one_store.engine.connect() as c1, two_store.engine.connect() as c2:
        order = "SELECT key FROM articles ORDER BY rowid"  # the order they were written in
        assert list(c1.execute(sa.text(order))) == list(c2.execute(sa.text(order)))
    calls = [line.split() for line in log.read_text().splitlines()]
    chunks = [(int(pid), int(n)) for pid, n, key in calls if key.startswith(str(feed))]
    # 300 good lines: chunks of 40, then shares of what is left (a quarter, at two
    # workers) down to MIN_CHUNK (25), so the two workers finish together
    tail = [35, 27, 25, 25, 25, 3]
    assert sorted(n for _, n in chunks) == sorted([40] * 4 + tail)
    pids = {pid for pid, _ in chunks}
    assert len(pids) >= 2
    assert os.getpid() not in pids


@pytest.mark.skipif(
    "fork" not in __import__("multiprocessing").get_all_start_methods(),
    reason="the chunk log is written by forked workers",
)
def test_a_jsonl_file_is_written_while_its_later_chunks_are_read(
    tmp_path: Path, geoparser, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = _feed(tmp_path / "feed.jsonl", 300)
    log = tmp_path / "chunks.log"
    real_read, real_save = jobs.Reader.analyse_articles, Store.save_many

    def logged(self: jobs.Reader, articles):  # type: ignore[no-untyped-def]
        with log.open("a") as fh:
            fh.write("chunk\n")
        return real_read(self, articles)

    begun: list[int] = []  # chunks begun by the workers when each batch is written

    def save(self: Store, items, *a, **k):  # type: ignore[no-untyped-def]
        begun.append(len(log.read_text().splitlines()) if log.exists() else 0)
        return real_save(self, items, *a, **k)

    monkeypatch.setattr(jobs.Reader, "analyse_articles", logged)
    monkeypatch.setattr(Store, "save_many", save)
    monkeypatch.setattr(jobs, "CHUNK", 40)
    store = Store(str(tmp_path / "p.db"))
    (result,) = jobs.ingest(Pipeline(store, geoparser), [feed], jobs=2)
    assert result.detail.startswith("300 article(s): 300 added")
    assert len(begun) == 3  # batches of 128, 128 and 44 articles
    assert begun[0] < 300 // 40 + 1  # the first batch went in before the last chunk was read


@pytest.mark.skipif(
    "fork" not in __import__("multiprocessing").get_all_start_methods(),
    reason="chunks go to forked workers",
)
def test_a_big_jsonl_file_is_read_a_chunk_at_a_time_with_the_same_report(
    tmp_path: Path, geoparser, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dashboard.articles import formats

    feed = _feed(tmp_path / "feed.jsonl", 300)
    one = jobs.ingest(Pipeline(Store(str(tmp_path / "one.db")), geoparser), [feed], jobs=1)

    read_lines: list[int] = []  # lines the parent has read when each batch is written
    real_lines, real_save = formats._lines, Store.save_many

    def counted(fh):  # type: ignore[no-untyped-def]
        for line in real_lines(fh):
            read_lines.append(1)
            yield line

    at_write: list[int] = []

    def save(self: Store, items, *a, **k):  # type: ignore[no-untyped-def]
        at_write.append(len(read_lines))
        return real_save(self, items, *a, **k)

    monkeypatch.setattr(formats, "_lines", counted)
    monkeypatch.setattr(Store, "save_many", save)
    monkeypatch.setattr(jobs, "MAX_BYTES", 1000)  # the file counts as big: read line by line
    monkeypatch.setattr(jobs, "CHUNK", 40)
    two = jobs.ingest(Pipeline(Store(str(tmp_path / "two.db")), geoparser), [feed], jobs=2)
    assert two == one  # the same counts and refused lines, with their numbers
    assert len(read_lines) == 302  # every line, the two bad ones too
    assert at_write[0] < 302  # the first batch went in before the file was read to its end
