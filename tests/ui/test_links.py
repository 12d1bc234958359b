"""Only http and https URLs from article metadata become links in the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.articles.reader import parse_article
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.conftest import ROOT


def test_the_articles_table_links_only_http_urls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, geoparser: Geoparser
) -> None:
    db = tmp_path / "links.db"
    pipe = Pipeline(Store(str(db)), geoparser)
    for n, url in enumerate(["javascript:alert(document.cookie)", "https://example.org/ok"]):
        pipe.add(
            parse_article(f"date 2024-03-0{n + 1}\nOSLO — Nurses marched in Oslo, {n}.", url=url)
        )
    monkeypatch.setenv("GEONEWS_DB", str(db))
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("app_pages/articles.py").run()
    assert not at.exception
    urls = set(at.dataframe[-1].value["url"])
    assert urls == {"", "https://example.org/ok"}


def test_the_article_view_links_its_url_as_written_and_only_http(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, geoparser: Geoparser
) -> None:
    # the caption's URL was Markdown-escaped and then auto-linked by the renderer, so every
    # source link went to "https://example%5C.org/a": a host that does not exist
    db = tmp_path / "view.db"
    pipe = Pipeline(Store(str(db)), geoparser)
    for n, url in enumerate(["https://example.org/a_b*c", "javascript:alert(1)"]):
        pipe.add(
            parse_article(f"date 2024-03-0{n + 1}\nOSLO — Nurses marched in Oslo, {n}.", url=url)
        )
    monkeypatch.setenv("GEONEWS_DB", str(db))
    shown = []
    for row in sorted(Store(str(db)).article_rows(), key=lambda r: r["published"]):
        at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
        at.query_params["article"] = row["id"]
        at.run()
        at.switch_page("app_pages/article.py").run()
        assert not at.exception
        shown.append(at.caption[0].value)
    assert "](<https://example.org/a_b*c>)" in shown[0]  # the target exactly as stored
    assert "](" not in shown[1]  # a javascript: URL is text, never a link
