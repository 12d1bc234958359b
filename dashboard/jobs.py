"""Parallel ingest: files read and analysed in worker processes, stored in batches.

``ingest(pipeline, paths, jobs=4)`` gives the same ``FileResult`` per file, in the same
order, as ``Pipeline.ingest``:

- Each worker holds one geoparser and one extractor (built once, by its initializer, with the
  store's place corrections) and turns a path into its articles' mentions and events.
- At most ``WINDOW`` pieces of work per worker are in flight, so a slow writer never lets
  analysed files pile up: a worker's memory is its reader plus the piece it is on.
- A JSON Lines file (one feed or export of thousands of articles is the common case) is read
  by the parent, exactly as ``read_file`` reads it, and its articles go to the workers in
  chunks of ``CHUNK``: one file keeps every worker busy. Its chunks are put back together
  in order into one ``Analysed``, so its report line is the one a single worker gives.
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

from dashboard.articles.formats import JSONL, FileRead, read_file
from dashboard.errors import ArticleError, DashboardError, StoreError
from dashboard.events.extract import EventExtractor
from dashboard.model import Article, Place
from dashboard.pipeline import FileResult, Pipeline, article_result, file_result
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import SaveItem, SaveResult

BATCH = 64  # articles per transaction: fewer commits (fsyncs) without holding the lock long
WINDOW = 2  # files (or chunks of one) in flight per worker
CHUNK = 100  # articles of one JSON Lines file per piece of work: ~2 s of one core each
ORPHAN_CHECK_S = 0.5  # how often a worker looks whether its parent is still alive


@dataclass(frozen=True, slots=True)
class Analysed:
    """One file, read and analysed: its articles ready to store, or why it was rejected."""

    path: str
    read: FileRead | None
    items: tuple[SaveItem, ...] = ()
    rejected: FileResult | None = None
    notes: tuple[tuple[str, ...], ...] = ()  # the reader's notes per item (work caps)


@dataclass(frozen=True, slots=True)
class Chunk:
    """Some articles of one file, analysed; ``error`` is why the file must be rejected
    (the message ``Reader.analyse_file`` would give), or None."""

    items: tuple[SaveItem, ...] = ()
    notes: tuple[tuple[str, ...], ...] = ()
    error: str | None = None


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

    def analyse_articles(self, articles: Iterable[Article]) -> Chunk:
        """Mentions and events of ``articles``, in their order. Raises ``DashboardError``."""
        items, notes = [], []
        for article in articles:
            # one analysis record, read one way: the extractor never calls the geoparser
            analysis = self.geoparser.analyse(article.text, article.published)
            events, read_notes = self.extractor.read(article, analysis)
            items.append(SaveItem(article, list(analysis.mentions), events))
            notes.append(read_notes)
        return Chunk(tuple(items), tuple(notes))

    def analyse_file(self, path: Path) -> Analysed:
        try:
            read = read_file(path)
            chunk = self.analyse_articles(read.articles)
        except ArticleError as exc:
            return Analysed(str(path), None, rejected=FileResult(str(path), "rejected", exc.reason))
        except DashboardError as exc:
            return Analysed(str(path), None, rejected=FileResult(str(path), "rejected", str(exc)))
        return Analysed(str(path), read, chunk.items, notes=chunk.notes)


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


def _analyse_chunk(articles: tuple[Article, ...]) -> Chunk:
    assert _reader is not None, "the worker's initializer did not run"
    try:
        return _reader.analyse_articles(articles)
    except ArticleError as exc:
        return Chunk(error=exc.reason)
    except DashboardError as exc:
        return Chunk(error=str(exc))


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


@dataclass(frozen=True, slots=True)
class _Open:
    """A file submitted to the pool: its whole-file future, or its parent-read articles'
    chunk futures (appended as they are submitted), or its refusal."""

    path: Path
    read: FileRead | None
    parts: list[Future[Analysed]] | list[Future[Chunk]]
    rejected: Analysed | None = None


def _in_order(pool: ProcessPoolExecutor, paths: Iterable[Path], window: int) -> Iterator[Analysed]:
    """Results in the order of ``paths``, with at most ``window`` pieces (files or chunks
    of one JSON Lines file) in flight at once."""
    files: deque[_Open] = deque()
    inflight: deque[Future[Analysed] | Future[Chunk]] = deque()
    for path in paths:
        if path.suffix.lower() not in JSONL:
            whole = [pool.submit(_analyse, path)]
            files.append(_Open(path, None, whole))
            inflight.append(whole[0])
        else:
            opened = _read_here(path)
            files.append(opened)
            chunks: list[Future[Chunk]] = opened.parts  # type: ignore[assignment]
            articles = opened.read.articles if opened.read else []
            for at in range(0, len(articles), CHUNK):
                while len(inflight) >= window:
                    inflight.popleft().result()
                    while len(files) > 1 and _done(files[0]):
                        yield _assemble(files.popleft())
                future = pool.submit(_analyse_chunk, tuple(articles[at : at + CHUNK]))
                chunks.append(future)
                inflight.append(future)
        while len(inflight) >= window:
            inflight.popleft().result()
            while files and _done(files[0]):
                yield _assemble(files.popleft())
    while files:
        yield _assemble(files.popleft())


def _read_here(path: Path) -> _Open:
    """A JSON Lines file read in this process, as ``Reader.analyse_file`` reads it."""
    try:
        return _Open(path, read_file(path), [])
    except ArticleError as exc:
        refused = FileResult(str(path), "rejected", exc.reason)
    except DashboardError as exc:
        refused = FileResult(str(path), "rejected", str(exc))
    return _Open(path, None, [], Analysed(str(path), None, rejected=refused))


def _done(opened: _Open) -> bool:
    return all(f.done() for f in opened.parts)


def _assemble(opened: _Open) -> Analysed:
    """One file's ``Analysed``, waiting for its parts; a chunk's failure rejects the file
    with the first failing chunk's message, as the first failing article does in one worker."""
    if opened.rejected is not None:
        return opened.rejected
    if opened.read is None:  # a whole file, analysed by one worker
        return opened.parts[0].result()  # type: ignore[return-value]
    chunks: list[Chunk] = [f.result() for f in opened.parts]  # type: ignore[misc]
    failed = next((c.error for c in chunks if c.error is not None), None)
    if failed is not None:
        return Analysed(
            str(opened.path), None, rejected=FileResult(str(opened.path), "rejected", failed)
        )
    items = tuple(it for c in chunks for it in c.items)
    notes = tuple(n for c in chunks for n in c.notes)
    return Analysed(str(opened.path), opened.read, items, notes=notes)


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
