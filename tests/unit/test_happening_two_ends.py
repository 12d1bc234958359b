"""A missile launch placed at its launcher by one outlet and where it came down by another
(issue 16, recall): filed at the launcher's country (``Report.cell``) and matched as the two
ends of one launch (``ends.two_ends``). Reports written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from dashboard.happenings import grouping
from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match

NORTH_KOREA = Spot("cc:KP", "North Korea", "country", 40.0, 127.0, "KP", None, 3)
JAPAN = Spot("cc:JP", "Japan", "country", 36.0, 138.0, "JP", None, 3)
SOUTH_KOREA = Spot("cc:KR", "South Korea", "country", 36.5, 127.8, "KR", None, 3)
CHINA = Spot("cc:CN", "China", "country", 35.0, 103.0, "CN", None, 3)
MONDAY = date(2023, 7, 10)


def show(n: int, place: Spot, side: str, kind: str | None = "launch", on: int = 0) -> Report:
    """A show of force (CAMEO 15) by ``side``, told by article ``a{n}`` as ``kind``."""
    d = MONDAY + timedelta(days=on)
    r = Report(f"e{n}", f"a{n}", "15", d, d, 1, place, frozenset(), frozenset({side}), side)
    return replace(r, kind=kind)


def _groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_a_launch_told_where_it_came_down_is_filed_at_its_launcher() -> None:
    # "a North Korean missile fell inside Japan's waters" placed in Japan
    assert show(1, JAPAN, "KP").cell == "KP"
    assert show(2, JAPAN, "JP").cell == "JP"  # a launch at home keeps its place's cell


def test_a_drill_abroad_keeps_its_place() -> None:
    # near miss: "US and Japanese jets held a drill" placed in Japan: a drill has one end
    assert show(1, JAPAN, "US", kind="exercise").cell == "JP"


def test_the_two_ends_of_one_launch_match() -> None:
    m = match(show(1, NORTH_KOREA, "KP"), show(2, JAPAN, "KP"))
    assert m is not None
    assert "two ends of one launch by KP" in m.reason


def test_the_launcher_and_its_neighbour_s_reply_stay_two() -> None:
    # near miss: North Korea's launch told from Seoul, and Seoul's own reply the same day
    reports = [show(1, NORTH_KOREA, "KP"), show(2, SOUTH_KOREA, "KP"), show(3, SOUTH_KOREA, "KR")]
    assert _groups(reports) == [["e1", "e2"], ["e3"]]


def test_two_launchers_of_one_day_stay_two() -> None:
    # near miss: a North Korean missile told in Japan, a Chinese launch at home that day
    assert match(show(1, CHINA, "CN"), show(2, JAPAN, "KP")) is None
    assert _groups([show(1, CHINA, "CN"), show(2, JAPAN, "KP")]) == [["e1"], ["e2"]]


def test_the_two_ends_two_days_apart_stay_two() -> None:
    assert match(show(1, NORTH_KOREA, "KP"), show(2, JAPAN, "KP", on=2)) is None


@pytest.mark.parametrize("crowd", [0, 10**9])
def test_a_crowded_block_finds_the_other_end_too(
    crowd: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # looked up by key (always crowded) or by the date sweep: the same happenings
    monkeypatch.setattr(grouping, "CROWD", crowd)
    reports = [show(1, NORTH_KOREA, "KP"), show(2, JAPAN, "KP"), show(3, NORTH_KOREA, "KP")]
    assert _groups(reports) == [["e1", "e2", "e3"]]


def test_two_far_ends_without_the_launcher_s_stay_two() -> None:
    # near miss: told in Japan and in South Korea, no report at the launcher's end: each end
    # must meet the launcher's (two missiles of one day may come down in two countries)
    assert match(show(1, JAPAN, "KP"), show(2, SOUTH_KOREA, "KP")) is None
