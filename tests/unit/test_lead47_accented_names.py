"""A titled person's name with accented Latin letters is taken whole, not cut at the first
accented letter ("President Andrés…" was the actor "Andr"). Sentences written for these
tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = """Title: Talks
Date: 2026-03-03

President Andrés Manuel López Obrador met the visiting delegation in Zürich on Monday.
Chancellor Łukasz Żółkiewski visited Düsseldorf on Tuesday.
"""


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    path = Path(tmp_path_factory.mktemp("names")) / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "dashboard", "events", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [json.loads(line) for line in out.splitlines()]


def test_an_accented_name_is_whole(events: list[dict[str, object]]) -> None:
    assert events[0]["actors"] == ["Andrés Manuel López Obrador"]


def test_letters_of_latin_extended_a_are_name_letters(events: list[dict[str, object]]) -> None:
    assert events[1]["actors"] == ["Łukasz Żółkiewski"]
