"""What a subject says it does not fear is no act of this sentence ("not afraid of American
threats" was a §130 by the United States), and what it fears has not happened ("afraid of
new attacks" was a real §190). Sentences written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAD = "Title: T\nDate: 2025-04-16\n\nBEIRUT — "


def _events(tmp_path: Path, sentence: str) -> list[dict[str, object]]:
    path = tmp_path / "a.txt"
    path.write_text(HEAD + sentence + "\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "dashboard", "events", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [json.loads(line) for line in out.splitlines()]


@pytest.mark.parametrize(
    "sentence",
    [
        "The militia was not afraid of Israeli threats, its commander said on Monday.",
        "The party said on Monday it was unafraid of government threats.",
        "The union is not scared of threats from the ministry, its leader said on Monday.",
    ],
)
def test_a_denied_fear_names_no_act(tmp_path: Path, sentence: str) -> None:
    assert _events(tmp_path, sentence) == []


def test_a_fear_of_attacks_tells_none(tmp_path: Path) -> None:
    (event,) = _events(tmp_path, "Farmers were afraid of new raids, officials said on Monday.")
    assert "hypothetical" in event["flags"]


def test_threats_made_are_still_threats(tmp_path: Path) -> None:
    events = _events(tmp_path, "The militia threatened on Monday to attack the port.")
    assert [e["event_code"][:2] for e in events] == ["13"]
    assert "hypothetical" not in events[0]["flags"]
