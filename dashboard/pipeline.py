"""Articles -> places and events -> store, one article per transaction, with a report."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from dashboard.articles.formats import SUFFIXES, FileRead, read_file, summarise
from dashboard.articles.reader import article_id as content_id
from dashboard.articles.reader import check_published
from dashboard.errors import ArticleError, DashboardError, StoreError
from dashboard.events.extract import EventExtractor
from dashboard.model import Article, Event, Mention, Place
from dashboard.places.geoparser import Geoparser
from dashboard.places.names import fold
from dashboard.store.db import SaveResult, Store
from dashboard.store.fingerprint import analysis_fingerprint


@dataclass(frozen=True, slots=True)
class FileResult:
    path: str
    status: str  # added | duplicate | replaced | rejected
    detail: str
    events: int = 0
    problems: tuple[str, ...] = ()  # lines or entries refused inside an accepted file

    @property
    def rejected_anything(self) -> bool:
        return self.status == "rejected" or bool(self.problems)


def _checked(point: tuple[str, float, float]) -> tuple[str, float, float]:
    """A user's point ``(name, lat, lon)`` in degrees; ``StoreError`` when off the globe."""
    _, lat, lon = point
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise StoreError(f"coordinates out of range: {lat}, {lon}")
    return point


class Pipeline:
    """Holds the heavy collaborators once: ``Pipeline(store).ingest(paths)``."""

    def __init__(self, store: Store, geoparser: Geoparser | None = None) -> None:
        self.store = store
        # our own geoparser over the shared gazetteer: this store's corrections stay ours
        self.geoparser = Geoparser(geoparser.gaz if geoparser else None)
        self.geoparser.overrides.update(self.place_corrections())
        self.extractor = EventExtractor()  # reads the geoparser's analysis, never calls it
        self.fingerprint = analysis_fingerprint()

    # ------------------------------------------------------------ corrections

    def place_corrections(self) -> dict[str, Place]:
        out = {}
        for c in self.store.correction_rows("place"):
            place = self.geoparser.gaz.get(c["place_id"]) if c["place_id"] else None
            if place is None and c["lat"] is not None:
                place = Place(
                    id=c["place_id"] or f"user:{c['key']}",
                    name=c["name"] or c["key"],
                    kind="landmark",
                    lat=c["lat"],
                    lon=c["lon"],
                    country_code=None,
                    geo_precision=1,
                )
            if place is not None:
                out[c["key"]] = place
        return out

    def correct_place(
        self,
        name: str,
        place_id: str | None = None,
        *,
        point: tuple[str, float, float] | None = None,
    ) -> int:
        """Resolve every mention of ``name`` to a gazetteer place or a user's point, now and
        in future ingests. Returns how many articles were re-read."""
        key = fold(name)
        if place_id and self.geoparser.gaz.get(place_id) is None:
            raise StoreError(f"no gazetteer place {place_id!r}")
        if point is not None:
            label, lat, lon = _checked(point)
            self.store.add_correction(
                "place", key, place_id=f"user:{key}", name=label, lat=lat, lon=lon
            )
        else:
            self.store.add_correction("place", key, place_id=place_id)
        self.geoparser.overrides.update(self.place_corrections())
        return self.reread(self.store.articles_mentioning(key))

    def correct_event_place(
        self,
        event_id: str,
        place_id: str | None = None,
        *,
        point: tuple[str, float, float] | None = None,
    ) -> None:
        """Move one event, not every mention of a name, to a gazetteer place or to a user's
        point ``(name, lat, lon)`` in degrees, now and after every re-read (the event that
        came from "the capital" belongs in a village the text names nowhere). Raises
        ``StoreError`` for an unknown place or event, or coordinates out of range."""
        if point is not None:
            label, lat, lon = _checked(point)
            name = label.strip() or f"{lat:.4f}, {lon:.4f}"
            place = Place(f"user:{fold(name)}", name, "landmark", lat, lon, None, 1)
        else:
            found = self.geoparser.gaz.get(place_id) if place_id else None
            if found is None:
                raise StoreError(f"no gazetteer place {place_id!r}")
            place = found
        geometry = self.geoparser.gaz.geometries.get(place.id) if place.is_area else None
        self.store.correct_event_place(event_id, place, geometry)

    def correct_date(self, event_id: str, start: date, end: date, precision: int) -> None:
        if start > end:
            raise StoreError(f"the start {start} is after the end {end}")
        self.store.add_correction(
            "date", event_id, date_start=start, date_end=end, time_precision=precision
        )

    def reread(
        self, article_ids: list[str], progress: Callable[[str, int], None] | None = None
    ) -> int:
        """Read stored articles again with this pipeline's reader and corrections; each
        article is replaced in its own transaction, so a killed run loses nothing and a
        rerun picks up where it stopped. ``progress(article_id, events)`` after each."""
        for aid in article_ids:
            row = self.store.article(aid)
            if row is None:
                continue
            article = Article(
                aid,
                row["title"],
                row["text"],
                row["published"],
                row["source"],
                row["url"],
                "",
                tuple(json.loads(row["flags"])),
            )
            found, evs, _ = self.analyse(article)
            self.store.save(
                article,
                found,
                evs,
                self.geoparser.gaz.geometries,
                key=row["key"],
                force=True,
                analysis=self.fingerprint,
            )
            if progress:
                progress(aid, len(evs))
        return len(article_ids)

    def reanalyse(self, progress: Callable[[str, int], None] | None = None) -> int:
        """Re-read every article that an older reader (another fingerprint) produced; user
        place corrections apply through the geoparser, date corrections by event id."""
        return self.reread(self.store.stale_articles(self.fingerprint), progress)

    def analyse(self, article: Article) -> tuple[list[Mention], list[Event], tuple[str, ...]]:
        """(mentions, events, notes on what was not read): returned, not kept on the
        pipeline, which the app shares between sessions."""
        return analyse(self.geoparser, self.extractor, article)

    def add(self, article: Article, key: str | None = None) -> FileResult:
        found, evs, notes = self.analyse(article)
        res = self.store.save(
            article, found, evs, self.geoparser.gaz.geometries, key, analysis=self.fingerprint
        )
        return article_result(article, len(found), res, notes)

    def set_date(self, article_id: str, published: date) -> FileResult:
        """Give a stored article its publication date; its events are re-read and replace
        the old ones in one transaction."""
        row = self.store.article(article_id)
        if row is None:
            raise StoreError(f"no article {article_id!r} in the store")
        check_published(published, row["title"] or article_id)  # as a file's date would be
        flags = tuple(f for f in json.loads(row["flags"]) if f != "no_publication_date")
        article = Article(
            content_id(row["text"], published),
            row["title"],
            row["text"],
            published,
            row["source"],
            row["url"],
            "",
            flags,
        )
        return replace(self.add(article, key=row["key"]), path=row["title"])

    def add_file(self, read: FileRead, replace_key: str | None = None) -> FileResult:
        """Store every article of one file (each in its own transaction) and sum them up.

        ``replace_key``: the user chose to replace the stored article with this key (an
        upload of the same name); a one-article file then takes its place."""
        if replace_key is not None and len(read.articles) == 1:
            kept = [self._kept(read, read.articles[0], replace_key)]
        else:
            kept = [self._kept(read, a) for a in read.articles]
        results = [r for r in kept if r is not None]
        if not results:
            return FileResult(read.path, "rejected", summarise(read.problems))
        return file_result(read, results)

    def _kept(self, read: FileRead, article: Article, key: str | None = None) -> FileResult | None:
        """``add``; a fault of ours in storing one article (not a ``DashboardError``) is
        noted among the file's problems and the file's other articles are still stored."""
        try:
            return self.add(article, key)
        except DashboardError:
            raise
        except Exception as exc:
            read.problems.append(f"{label(article, read.path)}: {store_fault(exc)}")
            return None

    def ingest(
        self, paths: Iterable[Path], progress: Callable[[FileResult], None] | None = None
    ) -> list[FileResult]:
        results = []
        for path in paths:
            try:
                result = self.add_file(read_file(path))
            except ArticleError as exc:
                result = FileResult(str(path), "rejected", exc.reason)
            except DashboardError as exc:
                result = FileResult(str(path), "rejected", str(exc))
            results.append(result)
            if progress:
                progress(result)
        return results


def analyse(
    geoparser: Geoparser, extractor: EventExtractor, article: Article
) -> tuple[list[Mention], list[Event], tuple[str, ...]]:
    """One article's (mentions, events, notes), read one way: the extractor reads the
    geoparser's analysis and never calls it back.

    A fault of the reader itself on one article (a bug some text triggers, never bad input,
    which the file readers refuse) does not end the run or lose the article: it is stored
    with what was read before the fault, and a note names the error, so that
    ``reanalyse`` reads it again once the reader is mended. A text flagged ``not_english``
    is not read: the reader's words are English, so whatever it found there would be chance
    (the file's report line says why it has nothing)."""
    if "not_english" in article.flags:
        return [], [], ()
    try:
        analysis = geoparser.analyse(article.text, article.published)
    except Exception as exc:  # one article's fault, named in its report line
        return [], [], (_fault("places and events", exc),)
    try:
        events, notes = extractor.read(article, analysis)
    except Exception as exc:  # as above; the places found are kept
        return list(analysis.mentions), [], (_fault("events", exc),)
    return list(analysis.mentions), events, notes


def _fault(what: str, exc: Exception) -> str:
    return f"{what} not read: internal error ({type(exc).__name__}: {exc}); please report it"


def store_fault(exc: Exception) -> str:
    """The report of an article that a fault of ours kept out of the store."""
    return f"not stored: internal error ({type(exc).__name__}: {exc}); please report it"


def article_result(
    article: Article, mentions: int, res: SaveResult, notes: tuple[str, ...] = ()
) -> FileResult:
    """The report of one stored article (``mentions``: how many place mentions it had;
    ``notes``: the reader's notes, such as sentences over a work cap)."""
    detail = f"{res.events} event(s), {mentions} place mention(s)"
    detail += "".join(f"; {note}" for note in notes)
    if res.status == "duplicate":
        detail = f"already stored as {res.article_id}"
    return FileResult(article.path, res.status, detail, res.events)


# what the reader says of an article it stored anyway, by flag (ACLED's time precision: an
# undated report keeps only the dates its text names)
_ARTICLE_NOTES = {
    "decoded_cp1252": "decoded as Windows-1252 (not valid UTF-8)",
    "decoded_mixed": "UTF-8 with stray bytes read as Windows-1252",
    # newuser48 n20: a Russian page in Windows-1251 was stored as "ÊÈÅÂ - Ðîññèéñêèå…"
    "decoded_legacy": "not valid UTF-8: read in the legacy code page its letters suggest"
    " (Cyrillic, Greek, Arabic, Hebrew…); save it as UTF-8 to be sure",
    "not_english": "not in English, so not analysed (GeoNews reads English news)",
    "decoded_utf16_no_bom": "read as UTF-16 saved without a byte-order mark",
    "no_publication_date": "no publication date; only explicit dates used",
    # dates14's header reader leaves "date 07/05/2025" unread when nothing settles the order
    "header_date_unread": "a header date left unread (day/month order or weekday unclear;"
    " write it as date YYYY-MM-DD)",
    # dates15: "Published: June 19" names no year, and a publication date needs one (TimeML)
    "header_date_no_year": "a header date with no year left unread (a publication date needs"
    " its year; write it as date YYYY-MM-DD)",
    "header_date_invalid": "a header date that is no calendar day left unread (month 1-12, a"
    " day the month has; write it as date YYYY-MM-DD)",
    "nul_removed": "NUL characters removed",
    "bytes_replaced": "bytes invalid in the encoding its byte-order mark names shown as �",
    "url_not_a_link": "URL not http(s), so shown as text, never as a link",
    # newuser22: HTML pasted into a .txt ran two sentences together and lost an event
    "invisible_removed": "invisible direction and zero-width characters removed",
    "html_markup_read": "HTML tags read as markup (a block element ends a paragraph)",
}


def flag_note(flag: str) -> str:
    """What the report says of an article flagged ``flag`` ("not_english": "not in English,
    so not analysed …"). Raises ``KeyError`` for a flag the reports do not name."""
    return _ARTICLE_NOTES[flag]


_LABEL_CHARS = 60  # an untitled article is named by its first sentence: its start is enough
_NAMED = 3  # articles named in a file's line per note; the rest are counted


def label(article: Article, path: str) -> str:
    """The article's title, cut to ``_LABEL_CHARS`` at a word with "…" (an untitled one's
    title is its whole first sentence), or ``path`` when it has none."""
    title = " ".join(article.title.split())
    if len(title) <= _LABEL_CHARS:
        return title or path
    return title[:_LABEL_CHARS].rsplit(" ", 1)[0] + "…"


def file_result(
    read: FileRead, results: list[FileResult], articles: Sequence[Article] | None = None
) -> FileResult:
    """One file's report line from its articles' results: the article's own for a file of
    one, otherwise the counts, with the decoding notes and the refused lines. ``articles``:
    the stored articles, when they are not in ``read.articles`` (a streamed file)."""
    stored = read.articles if articles is None else articles
    if len(results) == 1 and not read.problems:
        notes = [
            f"{label(a, read.path)}: {why}"
            for flag, why in _ARTICLE_NOTES.items()
            for a in stored
            if flag in a.flags
        ]
        notes += [summarise(read.notes)] if read.notes else []
        one = results[0]
        return replace(one, path=read.path, detail="; ".join([one.detail, *notes]))
    statuses = [r.status for r in results]
    status = next((s for s in ("added", "replaced") if s in statuses), "duplicate")
    counts = ", ".join(
        f"{statuses.count(s)} {s}" for s in ("added", "replaced", "duplicate") if s in statuses
    )
    events = sum(r.events for r in results)
    detail = f"{len(results)} article(s): {counts}; {events} event(s)"
    for flag, why in _ARTICLE_NOTES.items():
        named = [label(a, a.path) for a in stored if flag in a.flags]
        if named:
            shown = ", ".join(named[:_NAMED]) + (
                f" and {len(named) - _NAMED} more" if len(named) > _NAMED else ""
            )
            detail += f"; {len(named)} with {why.replace('; ', ', ')} ({shown})"
    if read.notes:
        detail += "; noted " + summarise(read.notes)
    if read.problems:
        detail += "; refused " + summarise(read.problems)
    return FileResult(read.path, status, detail, events, tuple(read.problems))


def expand(targets: Iterable[str]) -> Iterator[Path]:
    """Files, folders (recursively, supported suffixes only) and globs, in a stable order."""
    for target in targets:
        path = Path(target)
        if path.is_dir():
            yield from sorted(p for p in _visible_files(path) if _article_file(p))
        elif any(ch in target for ch in "*?["):
            yield from sorted(p for p in Path().glob(target) if p.is_file())
        else:
            yield path


def _visible_files(folder: Path) -> Iterator[Path]:
    """The files below ``folder`` outside hidden folders and not hidden themselves: ".git",
    ".cache" and ".DS_Store" hold no articles (a checkout's git objects were counted as
    skipped files and a cache's old copies read as articles)."""
    return (p for p in _visible(folder) if p.is_file())


def _visible(folder: Path) -> Iterator[Path]:
    """Every entry below ``folder`` outside hidden folders and not hidden itself."""
    for p in folder.rglob("*"):
        if not any(part.startswith(".") for part in p.relative_to(folder).parts):
            yield p


def _article_file(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES and not path.name.lower().startswith("readme")


def skipped_in(folder: Path) -> str | None:
    """What reading ``folder`` leaves out, as one report line's words: the files of types no
    reader takes, counted by suffix ("2 file(s) of types not read: .csv 1, .docx 1"), or
    None when there are none. README files and hidden files and folders (".DS_Store",
    ".git") are never articles and are not counted. A folder's skipped files were left out without a word, so a user's
    spreadsheet of articles seemed to vanish."""
    kinds = Counter(
        p.suffix.lower() or "(no suffix)"
        for p in _visible_files(folder)
        if not _article_file(p) and not p.name.lower().startswith("readme")
    )
    broken = _broken_links(folder)
    special = _not_regular(folder)
    parts = []
    if kinds:
        counts = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
        parts.append(f"{sum(kinds.values())} file(s) of types not read: {counts}")
    if broken:
        shown = ", ".join(broken[:_NAMED]) + (
            f" and {len(broken) - _NAMED} more" if len(broken) > _NAMED else ""
        )
        parts.append(f"{len(broken)} broken link(s) to no file: {shown}")
    if special:
        shown = ", ".join(special[:_NAMED]) + (
            f" and {len(special) - _NAMED} more" if len(special) > _NAMED else ""
        )
        parts.append(f"{len(special)} not regular file(s) (pipes, devices, sockets): {shown}")
    return "; ".join(parts) or None


def _not_regular(folder: Path) -> list[str]:
    """The visible entries below ``folder`` that are neither files nor folders, links
    followed: named pipes, devices, sockets. Never read (a pipe waits for a writer for ever,
    /dev/zero never ends), and named, as a fresh user's pipe was left out without a word."""
    return sorted(
        str(p.relative_to(folder))
        for p in _visible(folder)
        if p.exists() and not p.is_file() and not p.is_dir()
    )


def _broken_links(folder: Path) -> list[str]:
    """The visible symbolic links below ``folder`` whose target is gone, as paths relative to
    it: a folder's dangling link was left out without a word, so an article moved away from
    under its link seemed to vanish (a fresh user's finding, stop 38)."""
    return sorted(
        str(p.relative_to(folder)) for p in _visible(folder) if p.is_symlink() and not p.exists()
    )
