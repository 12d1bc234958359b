"""A week-dated aftermath report in a week holding a main shock and its sequel (issue 16,
recall): "this week's earthquake" names the main shock when every report of the other quake
tells it as a later, no larger sequel ("a second quake", "an aftershock"); the cue
(``cues.sequel``) and the grouping (``grouping._main_shock``). Reports and sentences written
for these tests."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from dashboard.happenings.cues import sequel
from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

VAN = Spot("a1:TR-65", "Van", "admin1", 38.5, 43.4, "TR", "TR-65", 3)
SUNDAY = date(2024, 6, 2)


def shock(
    n: int,
    days: int,
    *,
    mag: float | None = None,
    after: bool = False,
    then: bool = False,
    week: bool = False,
) -> Report:
    day = SUNDAY + timedelta(days=days)
    start, prec = (day - timedelta(days=4), 2) if week else (day, 1)
    return Report(
        f"e{n}",
        f"a{n}",
        "DIS-QUAKE",
        start,
        day,
        prec,
        VAN,
        magnitude=mag,
        aftermath=after,
        sequel=then,
    )


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("A second strong earthquake shook the province on Tuesday evening.", True),
        ("An aftershock of magnitude 5.2 struck the valley on Tuesday night.", True),
        ("Another quake rattled the region on Tuesday.", True),
        # near misses: a larger later shock, a main shock named, a first report
        ("A second, stronger earthquake struck the province on Tuesday.", False),
        ("The main shock came a day after a magnitude 5.1 foreshock.", False),
        ("A strong earthquake struck the province on Sunday night.", False),
    ],
)
def test_what_tells_a_sequel(sentence: str, told: bool) -> None:
    assert sequel([sentence]) is told


def _groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_this_week_s_quake_homeless_join_the_main_shock_not_its_aftershock() -> None:
    main = [shock(1, 0, mag=6.0), shock(2, 1)]
    after = [shock(3, 2, mag=5.5, then=True), shock(4, 3, mag=5.5, then=True)]
    homeless = shock(5, 3, after=True, week=True)
    assert _groups([*main, *after, homeless]) == [["e1", "e2", "e5"], ["e3", "e4"]]


@pytest.mark.parametrize(
    ("later", "why"),
    [
        ([shock(3, 2, mag=5.5), shock(4, 3, mag=5.5, then=True)], "one report tells no sequel"),
        ([shock(3, 2, mag=6.4, then=True)], "the later shock is the larger"),
    ],
)
def test_the_week_still_cannot_say_which(later: list[Report], why: str) -> None:
    main = [shock(1, 0, mag=6.0), shock(2, 1)]
    homeless = shock(5, 3, after=True, week=True)
    assert ["e5"] in _groups([*main, *later, homeless]), why


def test_a_week_report_without_an_aftermath_joins_neither() -> None:
    # "this week's earthquake was the region's strongest in a decade": no toll, no relief
    main = [shock(1, 0, mag=6.0), shock(2, 1)]
    after = [shock(3, 2, mag=5.5, then=True)]
    assert ["e5"] in _groups([*main, *after, shock(5, 3, week=True)])


def test_a_week_report_that_names_the_aftershock_joins_neither() -> None:
    # "families made homeless by this week's aftershock": it may tell the sequel
    from dataclasses import replace

    main = [shock(1, 0, mag=6.0), shock(2, 1)]
    after = [shock(3, 2, mag=5.5, then=True)]
    homeless = replace(shock(5, 3, after=True, week=True), later_shock=True)
    assert ["e5"] in _groups([*main, *after, homeless])


VAN_WEEK = [
    (
        "s1",
        "2024-06-03",
        "A magnitude 6.1 earthquake struck Van province in eastern Turkey on "
        "Monday, the disaster agency said.",
    ),
    (
        "s2",
        "2024-06-04",
        "An earthquake that struck Van province on Monday killed 90 people, "
        "officials said on Tuesday.",
    ),
    (
        "s3",
        "2024-06-05",
        "A second strong earthquake, of magnitude 5.4, shook Van province on Wednesday evening.",
    ),
    (
        "s4",
        "2024-06-06",
        "An aftershock of magnitude 5.4 struck Van province on Wednesday "
        "night, local officials said.",
    ),
    (
        "s5",
        "2024-06-06",
        "Aid agencies said on Thursday that thousands of families made "
        "homeless by this week's earthquake in Van province were sleeping in the open.",
    ),
]


def test_the_store_gives_the_week_s_homeless_to_the_main_shock(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "van.jsonl"
    rows = [
        {"title": n, "date": d, "text": t, "source": f"Outlet {n}", "url": f"https://{n}.example/q"}
        for n, d, t in VAN_WEEK
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    pipe.ingest([path])
    of = {
        r["url"].split("//")[1].split(".")[0]: r["happening_id"]
        for r in pipe.store.event_rows()
        if r["event_code"] == "DIS-QUAKE"
    }
    assert of["s1"] == of["s2"] == of["s5"]
    assert of["s3"] == of["s4"] != of["s1"]
