"""``python -m dashboard``: the data layer's command line.

    ingest PATH... [--db PATH_OR_URL]   files, folders and globs into the store (--jobs N)
    geoparse                            JSON lines in, JSON lines of places out
    dates                               JSON lines {id, text, date?} in, their dates out
    events FILE...                      one JSON line per event
    export --format csv|geojson|jsonl   events, optionally --from/--to, --db, --out,
                                        --level happening (one row per happening), --jobs N
    build-store [--if-missing]          the default store from data/articles
    reanalyse [--db PATH_OR_URL]        re-read articles that an older reader produced
    vendor-assets                       Leaflet and the offline basemap into dashboard/static

Exit status: 0 all went in, 1 something was rejected (the rest is stored), 2 usage error.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from dashboard.articles.formats import read_file
from dashboard.contract import event_record, place_record
from dashboard.errors import DashboardError
from dashboard.paths import data_dir, default_db
from dashboard.terminal import one_line

if TYPE_CHECKING:
    from dashboard.store.db import Store


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except DashboardError as exc:
        _say(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


def _say(line: str, file: TextIO | None = None, flush: bool = False) -> None:
    """Print one human-readable line (never a JSON record) with the untrusted parts made
    safe for a terminal: a file name or a title holding a newline or an escape sequence
    could otherwise forge a report line or recolour the terminal (``terminal.one_line``)."""
    print(one_line(line), file=file or sys.stdout, flush=flush)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(required=True, metavar="COMMAND")
    ing = sub.add_parser("ingest", help="add article files, folders or globs to the store")
    ing.add_argument("paths", nargs="+", metavar="PATH")
    ing.add_argument(
        "--db",
        default=None,
        help="store path or SQLAlchemy URL (default: $GEONEWS_DB or data/geonews.db)",
    )
    ing.add_argument(
        "--jobs",
        type=_positive,
        default=None,
        help="worker processes that read and analyse articles (default: the number of cores)",
    )
    ing.set_defaults(run=_ingest)
    geo = sub.add_parser(
        "geoparse",
        help="JSON lines {id, text, date?} on stdin -> places on stdout",
        description='Reads JSON lines {"id", "text", "date"?: "YYYY-MM-DD"} on stdin; writes one '
        'line {"id", "places": [{"start", "end", "text", "name", "lat", "lon", "kind", '
        '"geo_precision", "country_code", "geonameid", "score", "reason"}]} per input line; '
        "a malformed line is named on stderr and skipped.",
    )
    geo.add_argument(
        "--demonyms",
        action="store_true",
        help='also report country adjectives ("Russian") as mentions, with "demonym": true',
    )
    geo.set_defaults(run=_geoparse)
    dt = sub.add_parser(
        "dates",
        help="JSON lines {id, text, date?, country?, lat?} on stdin -> dates on stdout",
        description='Reads JSON lines {"id", "text", "date"?: ISO date or timestamp (the '
        'publication date), "country"?: ISO2, "lat"?: degrees} on stdin; writes one line '
        '{"id", "dates": [{"text", "start", "end", "date_start", "date_end", "precision", '
        '"reason", "mod"}]} per input line (mod: TimeML START, MID, END or null); a malformed '
        "line is named on stderr and the exit is 1.",
    )
    dt.set_defaults(run=_dates)
    ev = sub.add_parser("events", help="print one JSON line per event found in the files")
    ev.add_argument("paths", nargs="+", metavar="FILE")
    ev.set_defaults(run=_events)
    ex = sub.add_parser("export", help="write events as csv, geojson or jsonl")
    ex.add_argument("--format", required=True, choices=("csv", "geojson", "jsonl"))
    ex.add_argument("--from", dest="date_from", type=_date, default=None, metavar="YYYY-MM-DD")
    ex.add_argument("--to", dest="date_to", type=_date, default=None, metavar="YYYY-MM-DD")
    ex.add_argument("--db", default=None)
    ex.add_argument("--out", default=None, help="file to write (default: standard output)")
    ex.add_argument(
        "--jobs",
        type=_positive,
        default=None,
        help="processes writing parts of an event export to --out (default: the number of cores)",
    )
    ex.add_argument(
        "--level",
        choices=("event", "happening"),
        default="event",
        help="one row per event (default) or per happening: the reports of one happening merged",
    )
    ex.set_defaults(run=_export)
    bs = sub.add_parser("build-store", help="ingest data/articles into the default store")
    bs.add_argument(
        "--if-missing", action="store_true", help="do nothing when the store already has articles"
    )
    bs.add_argument("--db", default=None)
    bs.set_defaults(run=_build_store)
    ra = sub.add_parser(
        "reanalyse", help="re-read every article whose events an older reader produced"
    )
    ra.add_argument("--db", default=None)
    ra.set_defaults(run=_reanalyse)
    va = sub.add_parser(
        "vendor-assets", help="copy Leaflet and build the offline basemap under dashboard/static"
    )
    va.set_defaults(run=_vendor_assets)
    return p


def _expand(targets: list[str]) -> list[Path]:
    from dashboard.articles.formats import SUFFIXES
    from dashboard.pipeline import expand, skipped_in

    out: list[Path] = []
    for t in targets:
        if any(ch in t for ch in "*?[") and not Path(t).exists():
            found = sorted(Path(p) for p in glob.glob(t, recursive=True) if Path(p).is_file())
            if not found:
                _say(f"{t}: no files matched", file=sys.stderr)  # one line, the run goes on
            out += found
        else:
            found = list(expand([t]))
            out += found
            skipped = skipped_in(Path(t)) if Path(t).is_dir() else None
            if skipped:
                # the supported types only where files of other types were left out
                supported = " ".join(sorted(SUFFIXES))
                tail = f" (supported: {supported})" if "types not read" in skipped else ""
                _say(f"skipped   {t}: {skipped}{tail}", file=sys.stderr)
            if Path(t).is_dir() and not found:
                _say(f"{t}: no article files in this folder", file=sys.stderr)
    return out


def _ingest(args: argparse.Namespace) -> int:
    from dashboard.pipeline import FileResult, Pipeline
    from dashboard.store.db import Store

    paths = _expand(args.paths)
    if not paths:
        _say("error: no files matched", file=sys.stderr)
        return 2
    pipeline = Pipeline(Store(args.db or default_db()))
    bar = _Progress(len(paths), sys.stderr)

    def report(r: FileResult) -> None:
        bar.clear()
        _say(f"{r.status:<9} {r.path}: {r.detail}", flush=True)
        bar.step()

    from dashboard import jobs

    results = jobs.ingest(pipeline, paths, args.jobs or jobs.default_jobs(), report)
    bar.clear()
    counts = {
        s: sum(r.status == s for r in results)
        for s in ("added", "replaced", "duplicate", "rejected")
    }
    # counts of files (each file's own line above counts its articles)
    files = ", ".join(f"{n} {s}" for s, n in counts.items())
    _say(f"{len(results)} file(s): {files}", file=sys.stderr)
    # a file stored with refused lines or items also rejected something (the README's exit 1)
    return 1 if counts["rejected"] or any(r.rejected_anything for r in results) else 0


def _geoparse(args: argparse.Namespace) -> int:
    from dashboard.places.geoparser import Geoparser

    parser = Geoparser(demonyms=args.demonyms)
    try:
        lines = sys.stdin
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            record = _geoparse_line(parser, line, number)
            if record is not None:
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    except (OSError, UnicodeDecodeError) as exc:
        _say(f"error: cannot read standard input: {exc}", file=sys.stderr)
        return 1
    return 0


def _geoparse_line(parser: object, line: str, number: int) -> dict | None:
    try:
        doc = json.loads(line)
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise ValueError("expected an object with a string 'text'")
    except (ValueError, TypeError) as exc:
        _say(f"line {number}: skipped: {exc}", file=sys.stderr)
        return None
    when, _ = _line_date(doc, number)
    found = parser.parse(doc["text"], when)  # type: ignore[attr-defined]
    return {"id": doc.get("id"), "places": [place_record(m) for m in found]}


def _dates(args: argparse.Namespace) -> int:
    """One output line per input line: every date expression in the text, resolved."""
    status = 0
    try:
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            record = _dates_line(line, number)
            if record is None:
                status = 1
                continue
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    except (OSError, UnicodeDecodeError) as exc:
        _say(f"error: cannot read standard input: {exc}", file=sys.stderr)
        return 1
    return status


def _line_date(doc: dict, number: int) -> tuple[date | None, int | None]:
    """A line's ``date`` as (day, UTC offset in minutes), or (None, None) with one warning
    on stderr when it is no ISO date or timestamp: the text is still read, relative dates
    only from what the text itself dates (a bad date must not lose the line's places)."""
    from dashboard.events.dates_document import parse_when

    try:
        return parse_when(doc.get("date"))
    except (ValueError, TypeError) as exc:
        _say(f"line {number}: 'date' not read ({exc}); read without one", file=sys.stderr)
        return None, None


def _dates_line(line: str, number: int) -> dict | None:
    from dashboard.events.dates_document import document_dates

    try:
        doc = json.loads(line)
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise ValueError("expected an object with a string 'text'")
        when, offset = _line_date(doc, number)
        country = doc.get("country") if isinstance(doc.get("country"), str) else None
        lat = doc.get("lat")
        lat = float(lat) if isinstance(lat, (int, float)) and not isinstance(lat, bool) else None
    except (ValueError, TypeError) as exc:
        _say(f"line {number}: skipped: {exc}", file=sys.stderr)
        return None
    found = document_dates(doc["text"], when, country=country, latitude=lat, utc_offset=offset)
    return {"id": doc.get("id"), "dates": [f.record() for f in found]}


def _events(args: argparse.Namespace) -> int:
    from dashboard.events.extract import EventExtractor
    from dashboard.pipeline import flag_note
    from dashboard.places.geoparser import Geoparser

    geoparser, extractor = Geoparser(), EventExtractor()
    status = 0
    for path in _expand(args.paths):
        try:
            read = read_file(path)
        except DashboardError as exc:
            _say(f"rejected  {exc}", file=sys.stderr)
            status = 1
            continue
        for problem in read.problems:
            _say(f"rejected  {read.path}: {problem}", file=sys.stderr)
            status = 1
        for article in read.articles:
            if "not_english" in article.flags:
                _say(
                    f"note      {article.title or read.path}: {flag_note('not_english')}",
                    file=sys.stderr,
                )
                continue
            events, notes = extractor.read(
                article, geoparser.analyse(article.text, article.published)
            )
            for ev in events:
                sys.stdout.write(json.dumps(event_record(ev), ensure_ascii=False) + "\n")
            for note in notes:
                _say(f"note      {article.title or read.path}: {note}", file=sys.stderr)
    return status


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from exc


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return int(value)


def _export(args: argparse.Namespace) -> int:
    from dashboard.export_happenings import write_happenings
    from dashboard.export_parts import cores, export_to_file, export_to_stream

    if args.date_from and args.date_to and args.date_from > args.date_to:
        # a reversed range matches nothing: say so instead of writing an empty export
        _say(f"error: --from {args.date_from} is after --to {args.date_to}", file=sys.stderr)
        return 2
    # streamed in id order from a server-side cursor: constant memory at any size
    store = _existing_store(args.db)
    happenings = args.level == "happening"
    if happenings:  # imported here: the happening queries bring pandas, the event export not
        from dashboard.store.happening_queries import stream_happening_rows

        rows = stream_happening_rows(store.engine, args.date_from, args.date_to)
    dates = {"date_from": args.date_from, "date_to": args.date_to}

    def emit(out: TextIO) -> int:
        if happenings:
            return write_happenings(rows, args.format, out)
        return export_to_stream(store, args.format, out, **dates)

    def emit_file(path: Path) -> int:
        if happenings:
            with path.open("w", encoding="utf-8", newline="") as fh:
                return emit(fh)
        # in id-ordered parts, one process each, concatenated: what emit writes
        return export_to_file(store, args.format, path, jobs=args.jobs or cores(), **dates)

    if args.out:
        tmp = Path(args.out).with_suffix(Path(args.out).suffix + ".part")
        try:
            n = emit_file(tmp)
            tmp.replace(args.out)  # never a half-written export
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            _say(f"error: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        finally:
            tmp.unlink(missing_ok=True)  # a store error mid-stream leaves no .part behind
    else:
        n = emit(sys.stdout)
    _say(f"exported {n} {args.level}(s)", file=sys.stderr)
    return 0


def _existing_store(db: str | None) -> Store:
    """The store a read-only command reads. A missing SQLite file is refused (``StoreError``,
    one line) rather than created empty: a typo in ``--db`` must not export nothing, exit 0."""
    from dashboard.errors import StoreError
    from dashboard.store.db import Store
    from dashboard.store.engine import to_url

    target = db or default_db()
    url = to_url(target)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).is_file():
        raise StoreError(
            f"no store at {target}; create one with: python -m dashboard ingest PATH --db {target}"
        )
    return Store(target)


def _build_store(args: argparse.Namespace) -> int:
    from dashboard.pipeline import Pipeline
    from dashboard.store.db import Store

    store = Store(args.db or default_db())
    if args.if_missing and store.article_count() > 0:
        _say(
            f"store {store.url} has {store.article_count()} article(s); leaving it as it is",
            file=sys.stderr,
        )
        _say_if_stale(store, args.db)
        return 0
    results = Pipeline(store).ingest(_expand([str(data_dir() / "articles")]))
    for r in results:
        if r.status == "rejected":
            _say(f"rejected  {r.path}: {r.detail}", file=sys.stderr)
    added = sum(r.status in ("added", "replaced") for r in results)
    _say(
        f"built {store.url}: {added} article(s) added, {sum(r.events for r in results)} event(s)",
        file=sys.stderr,
    )
    _say_if_stale(store, args.db)
    return 0


def _say_if_stale(store: Store, db: str | None) -> None:
    from dashboard.store.fingerprint import analysis_fingerprint

    stale, total = store.freshness(analysis_fingerprint())
    if stale:
        where = f" --db {db!r}" if db else ""
        _say(
            f"out of date: {stale} of {total} article(s) were read by an older reader; "
            f"re-read them with: python -m dashboard reanalyse{where}",
            file=sys.stderr,
        )


def _reanalyse(args: argparse.Namespace) -> int:
    from dashboard.pipeline import Pipeline

    pipeline = Pipeline(_existing_store(args.db))  # re-reads what is stored: creates nothing
    todo = pipeline.store.stale_articles(pipeline.fingerprint)
    bar = _Progress(len(todo), sys.stderr)

    def report(article_id: str, events: int) -> None:
        bar.clear()
        _say(f"reread    {article_id}: {events} event(s)", flush=True)
        bar.step()

    done = pipeline.reread(todo, report)
    bar.clear()
    _say(
        f"re-read {done} article(s) with reader {pipeline.fingerprint}; "
        f"{pipeline.store.article_count() - done} already current",
        file=sys.stderr,
    )
    return 0


def _vendor_assets(args: argparse.Namespace) -> int:
    from dashboard.assets import vendor

    for line in vendor():
        _say(line, file=sys.stderr)
    return 0


class _Progress:
    """A one-line progress bar on a terminal; silent when output is piped."""

    def __init__(self, total: int, out: TextIO) -> None:
        self.total, self.done, self.out = total, 0, out
        self.live = out.isatty() and total > 1

    def step(self) -> None:
        self.done += 1
        if self.live:
            filled = int(30 * self.done / self.total)
            self.out.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total}")
            self.out.flush()

    def clear(self) -> None:
        if self.live:
            self.out.write("\r" + " " * 50 + "\r")
