"""Articles -> places and events -> store, one article per transaction, with a report."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dashboard.articles.reader import SUFFIXES, read_article
from dashboard.errors import ArticleError, DashboardError
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


class Pipeline:
    """Holds the heavy collaborators once: ``Pipeline(store).ingest(paths)``."""

    def __init__(self, store: Store, geoparser: Geoparser | None = None) -> None:
        self.store = store
        self.geoparser = geoparser or Geoparser()
        self.extractor = EventExtractor(self.geoparser)

    def analyse(self, article: Article) -> tuple[list[Mention], list[Event]]:
        found = self.geoparser.parse(article.text, article.published)
        return found, self.extractor.extract(article, found)

    def add(self, article: Article) -> FileResult:
        found, evs = self.analyse(article)
        res = self.store.save(article, found, evs, self.geoparser.gaz.geometries)
        detail = f"{res.events} event(s), {len(found)} place mention(s)"
        if res.status == "duplicate":
            detail = f"already stored as {res.article_id}"
        return FileResult(article.path, res.status, detail, res.events)

    def ingest(
        self, paths: Iterable[Path], progress: Callable[[FileResult], None] | None = None
    ) -> list[FileResult]:
        results = []
        for path in paths:
            try:
                result = self.add(read_article(path))
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
