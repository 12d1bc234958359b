"""Parallel ingest: files read and analysed in worker processes, stored in batches.

``ingest(pipeline, paths, jobs=4)`` gives the same ``FileResult`` per file, in the same
order, as ``Pipeline.ingest``:

- Each worker holds one geoparser and one extractor (built once, by its initializer, with the
  store's place corrections) and turns a path into its articles' mentions and events.
- At most ``WINDOW`` files per worker are in flight, so a slow writer never lets analysed
  files pile up: a worker's memory is its reader plus the file it is on.
- The parent writes whole files in batches of about ``BATCH`` articles per transaction, each
  article in its own savepoint (``Store.save_many``): an article the store refuses is
  rejected alone, and the rest of the batch goes in.

With ``jobs=1`` the same batches are written, analysed in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dashboard.articles.formats import FileRead, read_file
from dashboard.errors import ArticleError, DashboardError, StoreError
from dashboard.events.extract import EventExtractor
from dashboard.model import Article, Place
from dashboard.pipeline import FileResult, Pipeline, article_result, file_result
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import SaveItem, SaveResult

BATCH = 64  # articles per transaction: fewer commits (fsyncs) without holding the lock long
WINDOW = 2  # files in flight per worker
ORPHAN_CHECK_S = 0.5  # how often a worker looks whether its parent is still alive


@dataclass(frozen=True, slots=True)
class Analysed:
    """One file, read and analysed: its articles ready to store, or why it was rejected."""

    path: str
    read: FileRead | None
    items: tuple[SaveItem, ...] = ()
    rejected: FileResult | None = None
    notes: tuple[tuple[str, ...], ...] = ()  # the reader's notes per item (work caps)


class Reader:
    """A geoparser and an extractor, with the store's place corrections: one per process."""

    def __init__(self, geoparser: Geoparser, extractor: EventExtractor) -> None:
        self.geoparser = geoparser
        self.extractor = extractor

    @classmethod
    def build(cls, overrides: dict[str, Place], gaz: Gazetteer | None = None) -> Reader:
        geoparser = Geoparser(gaz)
        geoparser.overrides.update(overrides)
        return cls(geoparser, EventExtractor())

    def warm(self) -> None:
        """Load what the first article would load (lemminflect's tables, the lexicon, the
        date and hazard tables) by reading one short text: done in the parent before
        forking, the workers inherit it instead of each loading it again (about a second
        of CPU each on the 2-core machine)."""
        text = "Police arrested 12 protesters in Paris on Tuesday after floods hit the city."
        article = Article("warm", "warm", text, date(2024, 3, 14))
        self.extractor.read(article, self.geoparser.analyse(text, article.published))

    def analyse_file(self, path: Path) -> Analysed:
        try:
            read = read_file(path)
            items, notes = [], []
            for article in read.articles:
                # one analysis record, read one way: the extractor never calls the geoparser
                analysis = self.geoparser.analyse(article.text, article.published)
                events, read_notes = self.extractor.read(article, analysis)
                items.append(SaveItem(article, list(analysis.mentions), events))
                notes.append(read_notes)
        except ArticleError as exc:
            return Analysed(str(path), None, rejected=FileResult(str(path), "rejected", exc.reason))
        except DashboardError as exc:
            return Analysed(str(path), None, rejected=FileResult(str(path), "rejected", str(exc)))
        return Analysed(str(path), read, tuple(items), notes=tuple(notes))


# the worker's reader: under fork, the parent's own, inherited ready-made (building one
# costs seconds); under spawn, built once by the initializer
_reader: Reader | None = None


def _start_worker(overrides: dict[str, Place], parent: int) -> None:
    global _reader
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    if _reader is None:
        _reader = Reader.build(overrides)


def _exit_with(parent: int) -> None:
    """A killed ingest must not leave its workers behind: they wait on a queue whose other
    end they hold themselves, so they would never see it close."""
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK_S)
    os._exit(1)


def _analyse(path: Path) -> Analysed:
    assert _reader is not None, "the worker's initializer did not run"
    return _reader.analyse_file(path)


def default_jobs() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def ingest(pipeline: Pipeline, paths: Iterable[Path], jobs: int,
           progress: Callable[[FileResult], None] | None = None) -> list[FileResult]:  # fmt: skip
    """Read, analyse and store ``paths`` with ``jobs`` worker processes; one result per
    file, in the order of ``paths``, each passed to ``progress`` once its file is stored."""
    global _reader
    local = Reader(pipeline.geoparser, pipeline.extractor)
    if jobs <= 1:
        return _store_all(pipeline, (local.analyse_file(p) for p in paths), progress)
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    _reader = local if ctx.get_start_method() == "fork" else None
    if _reader is not None:
        _reader.warm()
    overrides = dict(pipeline.geoparser.overrides)
    try:
        with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_start_worker,
                                 initargs=(overrides, os.getpid())) as pool:  # fmt: skip
            return _store_all(pipeline, _in_order(pool, paths, jobs * WINDOW), progress)
    finally:
        _reader = None


def _in_order(pool: ProcessPoolExecutor, paths: Iterable[Path], window: int) -> Iterator[Analysed]:
    """Results in the order of ``paths``, with at most ``window`` files submitted at once."""
    pending: deque[Future[Analysed]] = deque()
    for path in paths:
        pending.append(pool.submit(_analyse, path))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _store_all(pipeline: Pipeline, analysed: Iterable[Analysed],
               progress: Callable[[FileResult], None] | None) -> list[FileResult]:  # fmt: skip
    results: list[FileResult] = []
    batch: list[Analysed] = []
    for a in analysed:
        batch.append(a)
        if sum(len(b.items) for b in batch) >= BATCH:
            results += _flush(pipeline, batch, progress)
            batch = []
    results += _flush(pipeline, batch, progress)
    return results


def _flush(pipeline: Pipeline, batch: list[Analysed],
           progress: Callable[[FileResult], None] | None) -> list[FileResult]:  # fmt: skip
    items = [it for a in batch for it in a.items]
    try:
        saved = pipeline.store.save_many(items, pipeline.geoparser.gaz.geometries,
                                         pipeline.fingerprint) if items else []  # fmt: skip
    except StoreError as exc:  # the store itself failed (not one article): the batch is rejected
        saved = [exc] * len(items)
    out, at = [], 0
    for a in batch:
        mine = saved[at : at + len(a.items)]
        at += len(a.items)
        result = a.rejected if a.rejected is not None else _file(a, mine)
        out.append(result)
        if progress:
            progress(result)
    return out


def _file(a: Analysed, saved: list[SaveResult | StoreError]) -> FileResult:
    assert a.read is not None
    per_article = []
    notes = a.notes or ((),) * len(a.items)
    for item, res, note in zip(a.items, saved, notes, strict=True):
        if isinstance(res, StoreError):
            if len(a.items) == 1:
                return FileResult(a.path, "rejected", str(res))  # what Pipeline.ingest says
            a.read.problems.append(f"{item.article.title or a.path}: {res}")
            continue
        per_article.append(article_result(item.article, len(item.found), res, note))
    if not per_article:
        return FileResult(a.path, "rejected", "; ".join(a.read.problems))
    return file_result(a.read, per_article)
