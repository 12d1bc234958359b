"""Hostile files and names (newuser17's findings, stop 40): a name holding a newline or an
escape sequence prints as one line that shows it; a named pipe or a device is refused at
once, not read; a folder's pipes are named; an empty folder is named; a bad YAML header is
one line that says where."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.articles.formats import read_file
from dashboard.cli import main
from dashboard.errors import ArticleError
from dashboard.pipeline import skipped_in
from dashboard.terminal import one_line

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Storm\n\nLISBON — Fishermen stayed in port in Lisbon on Monday.\n"


def _ingest(tmp_path: Path, target: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    main(["ingest", str(target), "--db", str(tmp_path / "s.db"), "--jobs", "1"])
    return capsys.readouterr()


def test_a_name_with_a_newline_and_an_escape_prints_as_one_escaped_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a\nadded     forged.txt").write_text(TEXT)
    (folder / "b\x1b[31mred.txt").write_text(TEXT.replace("Monday", "Tuesday"))
    out, _ = _ingest(tmp_path, folder, capsys)
    lines = out.splitlines()
    assert len(lines) == 2, lines  # one line a file, none forged
    assert lines[0].startswith("added     ")
    assert "a\\nadded     forged.txt:" in lines[0]
    assert "b\\x1b[31mred.txt:" in lines[1]
    assert "\x1b" not in out


def test_plain_names_in_any_script_print_unchanged() -> None:
    for name in ("Київ café.txt", "東京 report.md", "tab-free name.txt"):
        assert one_line(name) == name
    assert one_line("a\u202etxt.exe") == "a\\u202etxt.exe"  # a right-to-left override


def test_a_named_pipe_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    # in a child process: reading a pipe with no writer waits for ever, and the test must
    # fail, not hang, where it does
    run = subprocess.run(
        [sys.executable, "-m", "dashboard", "ingest", str(fifo), "--db", str(tmp_path / "s.db")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert run.returncode == 1
    assert f"rejected  {fifo}: not a regular file (a named pipe)" in run.stdout


def test_a_link_to_a_device_is_refused_not_read(tmp_path: Path) -> None:
    link = tmp_path / "null.txt"
    link.symlink_to("/dev/null")  # /dev/zero would never end: the same check refuses both
    with pytest.raises(ArticleError, match=r"not a regular file \(a character device\)"):
        read_file(link)


def test_a_folders_pipe_is_named_in_its_skip_line(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "feed.txt")
    (tmp_path / "ok.txt").write_text(TEXT)
    assert skipped_in(tmp_path) == "1 not regular file(s) (pipes, devices, sockets): feed.txt"


def test_an_ordinary_folder_has_no_skip_line(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(TEXT)
    (tmp_path / "sub").mkdir()
    assert skipped_in(tmp_path) is None


def test_an_empty_folder_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code = main(["ingest", str(empty), "--db", str(tmp_path / "s.db")])
    _, err = capsys.readouterr()
    assert code == 2
    assert f"{empty}: no article files in this folder" in err


def test_bad_yaml_front_matter_is_one_line_that_says_where(tmp_path: Path) -> None:
    md = tmp_path / "a.md"
    md.write_text("---\ntitle: [unclosed\ndate: 2026-11-20\n---\nLISBON — Text on Monday.\n")
    with pytest.raises(ArticleError) as caught:
        read_file(md)
    reason = caught.value.reason
    assert "\n" not in reason
    assert reason.startswith("front matter is not valid YAML (line 3, column 5: ")


def test_a_device_with_no_suffix_is_named_as_a_device(tmp_path: Path) -> None:
    # "/dev/null" has no suffix: it was refused as an unsupported file type
    with pytest.raises(ArticleError, match=r"not a regular file \(a character device\)"):
        read_file(Path("/dev/null"))


def test_a_folder_of_pipes_alone_lists_no_supported_types(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "feed.txt")
    main(["ingest", str(folder), "--db", str(tmp_path / "s.db")])
    lines = capsys.readouterr().err.splitlines()
    assert lines[:2] == [
        f"skipped   {folder}: 1 not regular file(s) (pipes, devices, sockets): feed.txt",
        f"{folder}: no article files in this folder",
    ]
