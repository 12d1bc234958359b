"""A foreign force's strike on an armed group of the dateline's country, told with no
place, is in that country even when the story also names allies ("SANAA - ... Canada and
the Netherlands provided support. U.S. forces struck a Houthi radar site" lost Yemen).
Articles written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAD = "Title: Strikes\nDate: 2024-01-13\n\n"
ALLIES = "Australia, Bahrain and Canada provided support. "


def _events(tmp_path: Path, body: str) -> list[dict[str, object]]:
    path = tmp_path / "a.txt"
    path.write_text(HEAD + body, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "dashboard", "events", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [json.loads(line) for line in out.splitlines()]


def _last_place(events: list[dict[str, object]]) -> dict[str, object] | None:
    loc = events[-1]["location"]
    assert loc is None or isinstance(loc, dict)
    return loc


def test_a_strike_on_a_group_of_the_dateline_country_is_there(tmp_path: Path) -> None:
    body = (
        "SANAA — American and British jets bombed Houthi bases across Yemen on Friday.\n\n"
        f"{ALLIES}Early on Saturday, U.S. forces hit a Houthi missile launcher.\n"
    )
    loc = _last_place(_events(tmp_path, body))
    assert loc is not None
    assert (loc["country_code"], loc["geo_precision"]) == ("YE", 3)
    assert "armed group of its country" in str(loc["reason"])


@pytest.mark.parametrize(
    "body",
    [
        # the group is another country's: the dateline's country is not its ground
        "SANAA — Yemen's government said on Friday it was watching the Gaza war.\n\n"
        f"{ALLIES}Early on Saturday, Israeli jets hit a Hamas rocket launcher.\n",
        # a state's people are not a group: struck abroad, they are no clue to the ground
        "SANAA — Yemen's government said on Friday it was watching the region.\n\n"
        f"{ALLIES}Early on Saturday, gunmen attacked Yemeni soldiers.\n",
    ],
)
def test_near_misses_are_not_placed_by_the_rule(tmp_path: Path, body: str) -> None:
    loc = _last_place(_events(tmp_path, body))
    assert loc is None or "armed group of its country" not in str(loc["reason"])
