"""A folder's dangling symbolic link is named in the folder's skip line, not left out
without a word (a fresh user's article moved away from under its link seemed to vanish,
newuser14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.pipeline import skipped_in


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2025-01-02 ROME — Talks were held in Rome on Monday.")
    (folder / "gone.txt").symlink_to(tmp_path / "moved-away.txt")
    (folder / "kept.txt").symlink_to(folder / "a.txt")
    return folder


def test_a_broken_link_is_named(tmp_path: Path) -> None:
    assert skipped_in(_folder(tmp_path)) == "1 broken link(s) to no file: gone.txt"


def test_ingest_names_the_broken_link_and_reads_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path)
    code = main(["ingest", str(folder), "--db", str(tmp_path / "s.db"), "--jobs", "1"])
    out, err = capsys.readouterr()
    assert code == 0
    assert f"skipped   {folder}: 1 broken link(s) to no file: gone.txt" in err
    assert "a.txt" in out


def test_many_broken_links_are_counted_after_the_first_three(tmp_path: Path) -> None:
    for name in "bcdef":
        (tmp_path / f"{name}.txt").symlink_to(tmp_path / "nowhere" / name)
    assert skipped_in(tmp_path) == ("5 broken link(s) to no file: b.txt, c.txt, d.txt and 2 more")
