"""``bench/scale_split.py`` splits a browser step at the page's script runs it caused: to the
first run's start, from it to the last run's end, and after that end; runs before the
step, or still running when it ended, are not its own."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("playwright")

from bench.scale_split import TimedServer, split


def _server(tmp_path: Path, lines: list[str]) -> TimedServer:
    server = object.__new__(TimedServer)  # no process: only its log of runs is read
    server.runs = tmp_path / "runs.log"
    server.runs.write_text("".join(f"{line}\n" for line in lines))
    return server


def test_a_step_is_split_at_its_own_runs(tmp_path: Path) -> None:
    server = _server(
        tmp_path,
        [
            "90.0000 95.0000",  # the page before the step
            "100.1000 100.6000",  # the step's run
            "100.7000 101.0000",  # a second run it caused (a rerun)
            "101.9000 103.0000",  # started in the step, ended after it: not its own
            "104.0000 104.5000",  # after the step
        ],
    )
    parts = split(server, 100.0, 102.0)
    assert parts is not None
    assert parts["script_runs"] == 2
    assert parts["step_s"] == pytest.approx(2.0)
    assert parts["to_script_s"] == pytest.approx(0.1)
    assert parts["script_s"] == pytest.approx(0.9)
    assert parts["after_script_s"] == pytest.approx(1.0)
    total = parts["to_script_s"] + parts["script_s"] + parts["after_script_s"]
    assert total == pytest.approx(parts["step_s"])


def test_a_step_without_a_run_is_not_split(tmp_path: Path) -> None:
    server = _server(tmp_path, ["90.0000 95.0000"])
    assert split(server, 100.0, 102.0) is None
