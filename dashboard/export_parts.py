"""A whole store's export written by several processes, each one run of event ids.

``export_to_file(store, "geojson", path, jobs=2)`` writes what ``export.write`` writes of
``store.stream_event_rows()``, byte for byte:

- ``Store.event_id_splits`` cuts the events, in id order, into ``jobs`` runs of about equal
  size; the last ``jobs - 1`` runs are written by forked processes, each to its own file
  beside ``path``, while this process writes the first run into ``path`` itself.
- This process then appends each part in order (in the kernel, ``copy_file_range``) with the
  format's separator between non-empty parts, and the format's closing text.
- Each process streams its run in batches (``Store.stream_event_batches``), so memory stays
  flat at any size; a part file is removed as soon as it is appended, or on any failure.

A store under ``MIN_SPLIT`` events, one job, or a platform without ``fork`` (the children
inherit the store and, for CSV, the loaded gazetteer) is written by this process alone.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import shutil
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import TextIO

from dashboard.export import SEPARATOR, UNPLACED_KEYS, foot, head, placed, write_batches
from dashboard.export_cells import FORMATS, ROW_KEYS
from dashboard.export_geojson import TEXTS_KEPT
from dashboard.store.db import Store

# below this many events a second process costs more than it saves (a fork, a connection,
# a file copy: ~0.1 s, what ~10k GeoJSON features take to write)
MIN_SPLIT = 20_000
_Run = tuple[str | None, str | None]  # ids (after, upto]; None: from the first, to the last

_store: Store | None = None  # the store a forked child writes from (inherited, not pickled)


def export_to_file(
    store: Store,
    fmt: str,
    path: Path,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    jobs: int = 1,
    min_split: int = MIN_SPLIT,
) -> int:
    """Write the events overlapping [date_from, date_to] to ``path`` in ``fmt``; returns how
    many. Raises ``OSError`` when a file cannot be written, the store's error when a read
    fails; part files never outlive the call."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")
    runs = _runs(store, jobs, min_split)
    if fmt == "csv":  # loaded once here, so forked children inherit it
        from dashboard.places.gazetteer import load

        load()
    parts = [path.with_name(f"{path.name}.{k}") for k in range(len(runs))]
    global _store
    _store = store
    try:
        with _pool(len(runs) - 1) as pool:
            later = [
                pool.submit(_write_part, fmt, parts[k], run, date_from, date_to)
                for k, run in enumerate(runs[1:], start=1)
            ]
            with path.open("w", encoding="utf-8", newline="") as out:
                out.write(head(fmt))
                n = _write_run(store, fmt, out, runs[0], date_from, date_to)
            return _append(path, fmt, n, later, parts[1:])
    finally:
        _store = None
        for part in parts:
            part.unlink(missing_ok=True)


def cores() -> int:
    """The cores this process may use (the default number of jobs)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def export_to_stream(
    store: Store,
    fmt: str,
    out: TextIO,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
) -> int:
    """``export_to_file`` into an open text stream (standard output), by this process."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")
    out.write(head(fmt))
    n = _write_run(store, fmt, out, (None, None), date_from, date_to)
    out.write(foot(fmt))
    return n


def _runs(store: Store, jobs: int, min_split: int) -> list[_Run]:
    if jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [(None, None)]
    splits = store.event_id_splits(jobs, min_rows=min_split)
    if not splits:
        return [(None, None)]
    bounds: list[str | None] = [None, *splits, None]
    return [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]


def _pool(workers: int) -> ProcessPoolExecutor | _NoPool:
    if workers < 1:
        return _NoPool()
    return ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("fork"), initializer=_start_child
    )


class _NoPool:
    """What ``export_to_file`` needs of a pool when there is one run only."""

    def __enter__(self) -> _NoPool:
        return self

    def __exit__(self, *_: object) -> None:
        return None

    def submit(self, *_: object) -> Future[int]:  # pragma: no cover - never called
        raise AssertionError("no later runs without a pool")


def _start_child() -> None:
    # the parent's pooled connections are its own: a child opens new ones (SQLAlchemy's
    # advice for fork)
    if _store is not None:
        _store.engine.dispose(close=False)


def _write_run(
    store: Store, fmt: str, out: TextIO, run: _Run, date_from: date | None, date_to: date | None
) -> int:
    after, upto = run
    points = store.place_points(TEXTS_KEPT) if fmt == "geojson" else None
    if points is not None:  # the places read once, not joined to every event
        batches = store.stream_event_batches(
            UNPLACED_KEYS, date_from, date_to, after=after, upto=upto
        )
        return write_batches(placed(batches, points, store.place_point), fmt, out)
    batches = store.stream_event_batches(ROW_KEYS[fmt], date_from, date_to, after=after, upto=upto)
    return write_batches(batches, fmt, out)


def _write_part(
    fmt: str, path: Path, run: _Run, date_from: date | None, date_to: date | None
) -> int:
    """In a child: one run's rows, with no text before or after, to ``path``."""
    assert _store is not None, "a part is written by a forked child of export_to_file"
    with path.open("w", encoding="utf-8", newline="") as out:
        return _write_run(_store, fmt, out, run, date_from, date_to)


def _append(path: Path, fmt: str, n: int, later: list[Future[int]], parts: list[Path]) -> int:
    """Append each later part to ``path`` in order, then the closing text; the total."""
    with path.open("r+b") as out:
        out.seek(0, os.SEEK_END)
        for future, part in zip(later, parts, strict=True):
            count = future.result()
            if count:
                if n:
                    out.write(SEPARATOR[fmt].encode())
                _copy(part, out)
                n += count
            part.unlink()
        out.write(foot(fmt).encode())
    return n


def _copy(src: Path, out: io.BufferedRandom) -> None:
    """Append ``src`` to the open binary file ``out`` at its end, in the kernel where it can
    (no pass through Python's buffers), else, from where that stopped, by ``copyfileobj``."""
    out.flush()
    with src.open("rb") as fh:
        try:
            while os.copy_file_range(fh.fileno(), out.fileno(), 1 << 30):
                pass
        except (AttributeError, OSError):  # no such call, or not between these files
            fh.seek(os.lseek(fh.fileno(), 0, os.SEEK_CUR))
            out.seek(0, os.SEEK_END)
            shutil.copyfileobj(fh, out, 1 << 20)
        out.seek(0, os.SEEK_END)  # the kernel moved the descriptor, not Python's buffer
