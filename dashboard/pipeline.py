"""Articles -> places and events -> store, one article per transaction, with a report."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from dashboard.articles.formats import SUFFIXES, FileRead, read_file
from dashboard.articles.reader import article_id as content_id
from dashboard.errors import ArticleError, DashboardError, StoreError
from dashboard.events.extract import EventExtractor
from dashboard.model import Article, Event, Mention
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store


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


class Pipeline:
    """Holds the heavy collaborators once: ``Pipeline(store).ingest(paths)``."""

    def __init__(self, store: Store, geoparser: Geoparser | None = None) -> None:
        self.store = store
        self.geoparser = geoparser or Geoparser()
        self.extractor = EventExtractor(self.geoparser)

    def analyse(self, article: Article) -> tuple[list[Mention], list[Event]]:
        found = self.geoparser.parse(article.text, article.published)
        return found, self.extractor.extract(article, found)

    def add(self, article: Article, key: str | None = None) -> FileResult:
        found, evs = self.analyse(article)
        res = self.store.save(article, found, evs, self.geoparser.gaz.geometries, key)
        detail = f"{res.events} event(s), {len(found)} place mention(s)"
        if res.status == "duplicate":
            detail = f"already stored as {res.article_id}"
        return FileResult(article.path, res.status, detail, res.events)

    def set_date(self, article_id: str, published: date) -> FileResult:
        """Give a stored article its publication date; its events are re-read and replace
        the old ones in one transaction."""
        row = self.store.article(article_id)
        if row is None:
            raise StoreError(f"no article {article_id!r} in the store")
        flags = tuple(f for f in json.loads(row["flags"]) if f != "no_publication_date")
        article = Article(content_id(row["text"], published), row["title"], row["text"], published,
                          row["source"], row["url"], "", flags)  # fmt: skip
        return replace(self.add(article, key=row["key"]), path=row["title"])

    def add_file(self, read: FileRead) -> FileResult:
        """Store every article of one file (each in its own transaction) and sum them up."""
        results = [self.add(a) for a in read.articles]
        notes = [f"{a.title or read.path}: decoded as Windows-1252 (not valid UTF-8)"
                 for a in read.articles if "decoded_cp1252" in a.flags]  # fmt: skip
        notes += [f"{a.title or read.path}: no publication date; only explicit dates used"
                  for a in read.articles if "no_publication_date" in a.flags]  # fmt: skip
        if len(results) == 1 and not read.problems:
            one = results[0]
            return replace(one, path=read.path, detail="; ".join([one.detail, *notes]))
        statuses = [r.status for r in results]
        status = next((s for s in ("added", "replaced") if s in statuses), "duplicate")
        counts = ", ".join(
            f"{statuses.count(s)} {s}" for s in ("added", "replaced", "duplicate") if s in statuses
        )
        events = sum(r.events for r in results)
        detail = f"{len(results)} article(s): {counts}; {events} event(s)"
        if read.problems:
            detail += "; refused " + "; ".join(read.problems)
        return FileResult(read.path, status, detail, events, tuple(read.problems))

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


def expand(targets: Iterable[str]) -> Iterator[Path]:
    """Files, folders (recursively, supported suffixes only) and globs, in a stable order."""
    for target in targets:
        path = Path(target)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                              and not p.name.lower().startswith("readme"))  # fmt: skip
        elif any(ch in target for ch in "*?["):
            yield from sorted(p for p in Path().glob(target) if p.is_file())
        else:
            yield path
