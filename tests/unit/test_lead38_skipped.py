"""A folder's files of types no reader takes are said in one line, not left out without a
word (a fresh user's spreadsheet of articles in a folder seemed to vanish, newuser13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.pipeline import skipped_in


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("date 2025-01-02 ROME — Talks were held in Rome on Monday.")
    (folder / "sub" / "b.csv").write_text("title,text\n")
    (folder / "c.docx").write_bytes(b"PK")
    (folder / ".DS_Store").write_bytes(b"\0")
    (folder / "README.md").write_text("notes")
    (folder / ".git" / "objects").mkdir(parents=True)
    (folder / ".git" / "objects" / "ab12").write_bytes(b"x")
    (folder / ".cache").mkdir()
    (folder / ".cache" / "old.txt").write_text("date 2025-01-01 OSLO — Old talks in Oslo.")
    return folder


def test_skipped_files_are_counted_by_type(tmp_path: Path) -> None:
    assert skipped_in(_folder(tmp_path)) == "2 file(s) of types not read: .csv 1, .docx 1"


def test_a_folder_of_articles_only_skips_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date 2025-01-02 Talks in Rome.")
    assert skipped_in(tmp_path) is None


def test_ingest_says_what_it_skipped_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path)
    code = main(["ingest", str(folder), "--db", str(tmp_path / "s.db"), "--jobs", "1"])
    out, err = capsys.readouterr()
    assert code == 0
    assert f"skipped   {folder}: 2 file(s) of types not read: .csv 1, .docx 1" in err
    assert "added" in out
    assert "a.txt" in out
    assert "old.txt" not in out  # a hidden folder's copy is no article
