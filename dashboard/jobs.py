"""Parallel ingest: files read and analysed in worker processes, stored in batches.

``ingest(pipeline, paths, jobs=4)`` gives the same ``FileResult`` per file, in the same
order, as ``Pipeline.ingest``:

- Each worker holds one geoparser and one extractor (built once, by its initializer, with the
  store's place corrections) and turns a path into its articles' mentions and events.
- At most ``WINDOW`` pieces of work per worker are in flight, so a slow writer never lets
  analysed files pile up: a worker's memory is its reader plus the piece it is on.
- A JSON Lines file (one feed or export of thousands of articles is the common case) is read
  by the parent, exactly as ``read_file`` reads it, and its articles go to the workers in
  chunks of ``CHUNK``: one file keeps every worker busy. A file over ``MAX_BYTES`` is read a
  line at a time as the queue takes its chunks, and the parent keeps only each article's
  title, flags and key for the report: memory does not grow with the file's texts.
- The parent writes what comes back as it comes back, in order (a chunk is written while the
  workers read the next ones), in batches of ``BATCH`` articles per transaction whichever
  files they belong to (``Store.save_many``: the batch in one go, or each article in its
  own savepoint when one is refused, so that it is rejected alone). A file's report line is
  made once its last article is written, from its articles' outcomes, so it is the line
  one worker and ``Pipeline.ingest`` give.

With ``jobs=1`` the same batches are written, analysed in this process.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from dashboard.articles.formats import (
    JSONL,
    READ_ERRORS,
    FileRead,
    no_articles,
    open_jsonl,
    read_file,
    summarise,
)
from dashboard.articles.reader import MAX_BYTES
from dashboard.errors import ArticleError, DashboardError, StoreError
from dashboard.events.extract import EventExtractor
from dashboard.model import Article, Place
from dashboard.pipeline import (
    FileResult,
    Pipeline,
    analyse,
    article_result,
    file_result,
    store_fault,
)
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import SaveItem, SaveResult

_LOG = logging.getLogger(__name__)
BATCH = 128  # articles per transaction: fewer commits, one regroup of happenings for more
# articles (3.7 ms of CPU per article at 64, 3.1 at 128), the lock held about half a second
WINDOW = 2  # files (or chunks of one) in flight per worker
CHUNK = 100  # articles of one JSON Lines file per piece of work: ~2 s of one core each
MIN_CHUNK = 25  # the smallest piece of a file's tail (``chunk_size``): ~0.5 s of one core, two
# in flight per worker, so a worker does not run dry while the parent writes a batch
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
            mentions, events, read_notes = analyse(self.geoparser, self.extractor, article)
            items.append(SaveItem(article, mentions, events))
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


def ingest(
    pipeline: Pipeline,
    paths: Iterable[Path],
    jobs: int,
    progress: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
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
        gc.freeze()  # what the workers inherit is never garbage: their collections skip it
    overrides = dict(pipeline.geoparser.overrides)
    try:
        with ProcessPoolExecutor(
            jobs, mp_context=ctx, initializer=_start_worker, initargs=(overrides, os.getpid())
        ) as pool:
            return _store_all(pipeline, _in_order(pool, paths, jobs), progress)
    finally:
        _reader = None


@dataclass(frozen=True, slots=True)
class Part:
    """Some articles of one file, analysed, in the file's order: the whole file (one
    worker's ``Analysed``), or one chunk of a JSON Lines file; ``last`` closes the file.
    ``analysed.rejected`` rejects the file (its earlier parts are then dropped)."""

    number: int  # the file's place in the paths given
    analysed: Analysed
    last: bool = True


_Queued = tuple[int, Path, FileRead | None, "Future[Analysed] | Future[Chunk] | Analysed", bool]


def _in_order(pool: ProcessPoolExecutor, paths: Iterable[Path], jobs: int) -> Iterator[Part]:
    """Parts in the order of ``paths`` and of each file's articles, each as soon as it and
    every part before it are analysed, with at most ``WINDOW`` parts per worker (files, or
    chunks of one JSON Lines file) submitted and not yet given out."""
    window = jobs * WINDOW
    queue: deque[_Queued] = deque()
    for number, path in enumerate(paths):
        if path.suffix.lower() not in JSONL:
            queue.append((number, path, None, pool.submit(_analyse, path), True))
        else:
            for queued in _chunks_of(pool, number, path, jobs):
                queue.append(queued)
                while len(queue) >= window:
                    yield _part(*queue.popleft())
        while len(queue) >= window:
            yield _part(*queue.popleft())
    while queue:
        yield _part(*queue.popleft())


def chunk_size(left: int | None, jobs: int) -> int:
    """How many of a file's ``left`` articles (None: not known, the file is streamed) go
    into its next chunk: ``CHUNK``, and towards the end of a file whose length is known a
    share of what is left (down to ``MIN_CHUNK``), as OpenMP's guided schedule cuts a loop.
    Why: a chunk is ~2 s of one core, so when the last whole chunks fell to one worker the
    other core stood idle that long, and the parent wrote the last chunk's articles alone
    after both had finished; small last chunks end the workers together.

    >>> [chunk_size(n, 2) for n in (None, 1000, 400, 120, 30)]
    [100, 100, 100, 30, 25]
    """
    if left is None:
        return CHUNK
    return max(MIN_CHUNK, min(CHUNK, -(-left // (2 * jobs))))


def _chunks_of(pool: ProcessPoolExecutor, number: int, path: Path, jobs: int) -> Iterator[_Queued]:
    """A JSON Lines file's chunks (``chunk_size``), each submitted as it is read, the last
    one closing the file (or its refusal). A file over ``MAX_BYTES`` is read a line at a
    time as the queue takes its chunks, so the parent never holds its articles' texts: only
    each article's title, flags and key, for the report."""
    name = str(path)
    try:
        left: int | None = None
        if _size(path) <= MAX_BYTES:
            read = read_file(path)
            articles: Iterator[Article] = iter(read.articles)
            left, read.articles = len(read.articles), []
        else:
            read, articles = open_jsonl(path, name)
        chunk: list[Article] = []
        size = chunk_size(left, jobs)
        for article in articles:
            read.articles.append(replace(article, text=""))  # what the report reads
            chunk.append(article)
            if len(chunk) == size:
                if left is not None:
                    left -= size
                size = chunk_size(left, jobs)
                yield number, path, read, pool.submit(_analyse_chunk, tuple(chunk)), False
                chunk = []
        if not read.articles:
            raise no_articles(read)
    except ArticleError as exc:
        yield number, path, None, _refusal(name, exc.reason), True
        return
    except DashboardError as exc:
        yield number, path, None, _refusal(name, str(exc)), True
        return
    except READ_ERRORS as exc:
        # as read_file says it; chunks already given out are stored (a reader bug only)
        yield number, path, None, _refusal(name, f"unreadable ({type(exc).__name__}: {exc})"), True
        return
    last = pool.submit(_analyse_chunk, tuple(chunk)) if chunk else Analysed(name, read)
    yield number, path, read, last, True


def _refusal(name: str, reason: str) -> Analysed:
    return Analysed(name, None, rejected=FileResult(name, "rejected", reason))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # read_file names what is wrong with it


def _part(
    number: int,
    path: Path,
    read: FileRead | None,
    pending: Future[Analysed] | Future[Chunk] | Analysed,
    last: bool,
) -> Part:
    """One queued part, waiting for its analysis; a chunk's failure rejects the file with
    its message, as the first failing article does in one worker."""
    done = pending.result() if isinstance(pending, Future) else pending
    if isinstance(done, Analysed):  # a whole file, analysed by one worker, or refused
        return Part(number, done)
    if done.error is not None:
        refused = FileResult(str(path), "rejected", done.error)
        return Part(number, Analysed(str(path), None, rejected=refused))
    return Part(number, Analysed(str(path), read, done.items, notes=done.notes), last)


@dataclass
class _Filing:
    """One file being stored, part by part: what its report line needs of each article
    (the article, its number of place mentions, the reader's notes) and what the store
    said (``saved``, filled in as its batches are written)."""

    number: int
    path: str
    read: FileRead | None
    rejected: FileResult | None = None
    entries: list[tuple[Article, int, tuple[str, ...]]] = field(default_factory=list)
    saved: list[SaveResult | StoreError] = field(default_factory=list)
    closed: bool = False  # its last part has come
    unwritten: int = 0  # its articles waiting in the batch

    @property
    def done(self) -> bool:
        return self.closed and self.unwritten == 0

    def result(self) -> FileResult:
        if self.rejected is not None:
            return self.rejected
        assert self.read is not None
        return _file(self.path, self.read, self.entries, self.saved)


def _store_all(
    pipeline: Pipeline,
    parts: Iterable[Part | Analysed],
    progress: Callable[[FileResult], None] | None,
) -> list[FileResult]:
    """Store parts as they come, ``BATCH`` articles per transaction whichever files they
    belong to, so the writer works while the workers read; each file's report line is made
    (and passed to ``progress``) once its last article is written, in the order of the
    files. The batches are the same however the files were cut into parts."""
    results: list[FileResult] = []
    files: deque[_Filing] = deque()
    batch: list[tuple[_Filing, SaveItem]] = []
    for n, part in enumerate(parts):
        if isinstance(part, Analysed):
            part = Part(n, part)
        a = part.analysed
        if not files or files[-1].number != part.number:
            files.append(_Filing(part.number, a.path, a.read))
        filing = files[-1]
        if filing.closed:
            continue  # a part after the one that rejected its file
        if a.rejected is not None:
            # a chunk the reader refused rejects the file; its earlier chunks are already
            # written (the whole-file path wrote none), which only a reader bug can cause
            filing.rejected, filing.closed = a.rejected, True
            batch = [(f, it) for f, it in batch if f is not filing]
            filing.unwritten = 0
        else:
            notes = a.notes or ((),) * len(a.items)
            for it, note in zip(a.items, notes, strict=True):
                # the report reads its title and key: the text is let go once written
                filing.entries.append((replace(it.article, text=""), len(it.found), note))
                batch.append((filing, it))
            filing.unwritten += len(a.items)
            filing.closed = part.last
        while len(batch) >= BATCH:
            _write(pipeline, batch[:BATCH])
            batch = batch[BATCH:]
        results += _finished(files, progress)
    _write(pipeline, batch)
    results += _finished(files, progress)
    return results


def _write(pipeline: Pipeline, batch: list[tuple[_Filing, SaveItem]]) -> None:
    """One transaction (``Store.save_many``); each article's outcome goes to its file."""
    items = [it for _, it in batch]
    if not items:
        return
    saved = _save(pipeline, items)
    for (filing, _), res in zip(batch, saved, strict=True):
        filing.saved.append(res)
        filing.unwritten -= 1


def _save(pipeline: Pipeline, items: list[SaveItem]) -> list[SaveResult | StoreError]:
    """``Store.save_many`` on ``items``: one outcome per item, in order.

    A ``StoreError`` (the store itself failed) rejects the batch. Any other error is a fault
    of ours in one article's writing or in the batch's one regroup of happenings, and it has
    rolled the whole transaction back: the batch is then written an article at a time, so
    only the article that causes it is rejected, with the error named, and the rest are kept
    (the house rule: bad input costs one line, nothing good is lost).
    """
    try:
        return pipeline.store.save_many(
            items, pipeline.geoparser.gaz.geometries, pipeline.fingerprint
        )
    except StoreError as exc:  # the store itself failed (not one article): the batch is rejected
        return [exc] * len(items)
    except Exception as exc:
        if len(items) > 1:
            return [res for it in items for res in _save(pipeline, [it])]
        _LOG.debug("article not stored", exc_info=True)
        return [StoreError(store_fault(exc))]


def _finished(
    files: deque[_Filing], progress: Callable[[FileResult], None] | None
) -> list[FileResult]:
    out = []
    while files and files[0].done:
        result = files.popleft().result()
        out.append(result)
        if progress:
            progress(result)
    return out


def _file(
    path: str,
    read: FileRead,
    entries: list[tuple[Article, int, tuple[str, ...]]],
    saved: list[SaveResult | StoreError],
) -> FileResult:
    per_article, stored = [], []
    for (article, mentions, note), res in zip(entries, saved, strict=True):
        if isinstance(res, StoreError):
            if len(entries) == 1:
                return FileResult(path, "rejected", str(res))  # what Pipeline.ingest says
            read.problems.append(f"{article.title or path}: {res}")
            continue
        per_article.append(article_result(article, mentions, res, note))
        stored.append(article)
    if not per_article:
        return FileResult(path, "rejected", summarise(read.problems))
    return file_result(read, per_article, stored)
