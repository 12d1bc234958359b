"""A meeting told from either side (``happenings.meetings``, issue 16 recall): reports and
sentences written for these tests; the store test runs on both backends."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from dashboard.happenings.grouping import cluster
from dashboard.happenings.meetings import parties, sides_match
from dashboard.happenings.model import Report, Spot
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

HANOI = Spot("gn:1581130", "Hanoi", "city", 21.03, 105.85, "VN", "VN-HN", 1)
SEOUL = Spot("gn:1835848", "Seoul", "city", 37.57, 126.98, "KR", "KR-11", 1)
KOREA = Spot("cc:KR", "South Korea", "country", 36.5, 127.9, "KR", None, 3)
MANILA = Spot("gn:1701668", "Manila", "city", 14.6, 120.98, "PH", "PH-00", 1)
DAY = date(2024, 9, 10)


def talks(
    n: int,
    place: Spot,
    countries: tuple[str, ...],
    *,
    days: int = 0,
    root: str = "04",
    actors: tuple[str, ...] = (),
) -> Report:
    day = DAY + timedelta(days=days)
    return Report(
        f"e{n}", f"a{n}", root, day, day, 1, place, frozenset(actors), frozenset(countries)
    )


def groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_a_meeting_placed_at_each_party_is_one_happening() -> None:
    hanoi, seoul = talks(1, HANOI, ("KR", "VN")), talks(2, KOREA, ("VN", "KR"))
    m = sides_match(hanoi, seoul, parties([hanoi]) & parties([seoul]))
    assert m is not None
    assert "two sides of one meeting" in m.reason
    assert groups([hanoi, seoul, talks(3, SEOUL, ("KR",))]) == [["e1", "e2", "e3"]]


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (talks(2, SEOUL, ("VN", "KR"), days=1), "the return visit, a day later"),
        (talks(2, MANILA, ("PH", "KR")), "the same day's talks of other parties"),
        (talks(2, SEOUL, ()), "a report that names no party"),
        # (one day's fighting between the two, told at each side, joins since session 92:
        # ``two_sides.clash_sides_match``, tests/unit/test_hap117_clash_sides.py)
        (talks(2, SEOUL, ("VN", "KR"), root="14"), "a protest is not a meeting"),
    ],
)
def test_reports_in_two_countries_that_are_not_one_meeting_stay_apart(
    other: Report, why: str
) -> None:
    hanoi = talks(1, HANOI, ("KR", "VN"), root=other.root)
    assert groups([hanoi, other]) == [["e1"], ["e2"]], why


def test_a_report_of_the_sides_that_shares_no_side_with_the_other_stays_apart() -> None:
    # "the Vietnamese side" named only by its city against a report naming only Korea
    hanoi, seoul = talks(1, HANOI, ("VN",)), talks(2, SEOUL, ("KR",))
    assert sides_match(hanoi, seoul, frozenset({"VN", "KR"})) is None


MEETINGS = [
    {
        "title": "Talks in Moscow",
        "date": "2025-05-06",
        "source": "Volga Post",
        "url": "https://volga.example/talks",
        # no venue named (since stop 59 "in the Kremlin" places talks in Moscow, which the
        # place test alone joins to the other report's Russia): the two reports are placed
        # in each host's country, which only the meetings rule joins
        "text": "MOSCOW — Russian President Vladimir Putin held talks with Chinese President Xi "
        "Jinping on Tuesday, the Russian presidency said.",
    },
    {
        "title": "Xi meets Putin",
        "date": "2025-05-07",
        "source": "Yangtze Daily",
        "url": "https://yangtze.example/meeting",
        "text": "BEIJING — Chinese President Xi Jinping met Russian President Vladimir Putin on "
        "Tuesday, the Chinese foreign ministry said.",
    },
    {
        "title": "Delhi talks",
        "date": "2025-05-06",
        "source": "Ganges Herald",
        "url": "https://ganges.example/lavrov",
        "text": "NEW DELHI — Indian Prime Minister Narendra Modi met Russian Foreign Minister "
        "Sergei Lavrov in New Delhi on Tuesday, the Indian government said.",
    },
]


@pytest.mark.parametrize("one_batch", [True, False])
def test_a_meeting_told_from_both_capitals_is_one_happening_in_the_store(
    store_url: str, geoparser: Geoparser, tmp_path: Path, one_batch: bool
) -> None:
    # in two batches the second ingest's refresh must look up the other party's cell; the
    # same day's talks of Russia with India are another meeting
    pipe = Pipeline(Store(store_url), geoparser)
    for n, batch in enumerate([MEETINGS] if one_batch else [MEETINGS[:1], MEETINGS[1:]]):
        path = tmp_path / f"batch{n}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in batch), encoding="utf-8")
        pipe.ingest([path])
    rows = [r for r in pipe.store.event_rows() if r["event_code"].startswith("04")]
    of = {r["url"]: r for r in rows}
    assert len(rows) == 3
    assert of[MEETINGS[0]["url"]]["location_id"] != of[MEETINGS[1]["url"]]["location_id"]
    assert of[MEETINGS[0]["url"]]["happening_id"] == of[MEETINGS[1]["url"]]["happening_id"]
    assert of[MEETINGS[2]["url"]]["happening_id"] != of[MEETINGS[0]["url"]]["happening_id"]


def test_a_store_grouped_before_the_meetings_rule_is_regrouped_on_upgrade(
    store_url: str, geoparser: Geoparser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlalchemy as sa

    from dashboard.happenings import grouping
    from dashboard.store.happenings import refresh

    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "talks.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in MEETINGS[:2]), encoding="utf-8")
    pipe.ingest([path])
    ids = [r["id"] for r in pipe.store.event_rows()]
    with monkeypatch.context() as old_rule:  # group as 0011's release did: no meetings pass
        old_rule.setattr(grouping, "_meetings", lambda built: None)
        with pipe.store.writer.begin() as conn:
            refresh(conn, ids)
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '0011'"))
    talks_ = [r for r in pipe.store.event_rows() if r["event_code"].startswith("04")]
    assert len({r["happening_id"] for r in talks_}) == 2
    pipe.store.engine.dispose()
    store = Store(store_url)  # upgrades to 0012, which regroups
    talks_ = [r for r in store.event_rows() if r["event_code"].startswith("04")]
    assert len({r["happening_id"] for r in talks_}) == 1
