"""The Add page asks before an upload replaces an article stored under the same file name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.store.db import Store
from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")


def upload(at: AppTest, name: str, text: str) -> AppTest:
    at.file_uploader[0].upload(name, text.encode(), "text/plain")
    at.button[0].click().run()  # the upload form's submit
    assert not at.exception
    return at


def test_a_known_upload_name_asks_replace_or_new_and_says_which(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "same.db"
    monkeypatch.setenv("GEONEWS_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/add.py").run()
    upload(at, "report.txt", "date 2024-05-01\nOSLO — Nurses marched in Oslo on Monday.\n")
    assert any("1 added as new" in s.value for s in at.success)
    upload(at, "report.txt", "date 2024-05-02\nLIMA — Miners marched in Lima on Monday.\n")
    assert at.radio[0].label == "report.txt"  # asked, nothing written yet
    assert Store(str(db)).article_count() == 1
    at.radio[0].set_value("Replace the stored article")
    at.button(key="FormSubmitter:same_name-Ingest these files").click().run()
    assert any("0 added as new, 1 replaced" in s.value for s in at.success)
    (row,) = Store(str(db)).article_rows()
    assert row["title"].startswith("LIMA") or "Miners" in row["title"]
    upload(at, "report.txt", "date 2024-05-03\nQUITO — Drivers marched in Quito on Monday.\n")
    at.radio[0].set_value("Add as a new article")
    at.button(key="FormSubmitter:same_name-Ingest these files").click().run()
    assert any("1 added as new, 0 replaced" in s.value for s in at.success)
    assert Store(str(db)).article_count() == 2


def test_a_paste_with_no_date_says_why_it_gave_no_events(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # newuser6: "1 added as new … the map shows their events now" and nothing on the map
    monkeypatch.setenv("GEONEWS_DB", str(tmp_path / "paste.db"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/add.py").run()
    at.text_area[0].set_value("OSLO — Nurses marched in Oslo on Thursday.")
    at.button(key="FormSubmitter:paste-Add article").click().run()
    assert not at.exception
    assert any("0 event(s)" in s.value for s in at.success)
    assert any("gave no events" in i.value for i in at.info)


def test_a_dated_paste_counts_its_events(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # near miss: with a date, the Thursday march is read and counted, and no note is shown
    monkeypatch.setenv("GEONEWS_DB", str(tmp_path / "paste2.db"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/add.py").run()
    at.date_input[0].set_value(date(2024, 5, 3))
    at.text_area[0].set_value("OSLO — Nurses marched in Oslo on Thursday.")
    at.button(key="FormSubmitter:paste-Add article").click().run()
    assert any("1 event(s)" in s.value for s in at.success)
    assert not any("gave no events" in i.value for i in at.info)
