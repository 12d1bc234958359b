"""A disaster's toll and rescue, told days after it struck (issue 16, recall): the cue
(``cues.aftermath``), the rule's date slack for it (``rules.AFTERMATH_DAYS``), the grouping
and the store. Reports and sentences written for these tests; store tests on both backends."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from dashboard.happenings.cues import aftermath
from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import AFTERMATH_DAYS, match, reach
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

PERU = Spot("cc:PE", "Peru", "country", -9.2, -75.0, "PE", None, 3)
DAY = date(2022, 8, 14)


def quake(
    n: int, days: int = 0, *, after: bool = False, mag: float | None = None, root: str = "DIS-QUAKE"
) -> Report:
    day = DAY + timedelta(days=days)
    return Report(f"e{n}", f"a{n}", root, day, day, 1, PERU, magnitude=mag, aftermath=after)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Rescuers searched collapsed schools for a third day on Tuesday.", True),
        ("The death toll from the tremor climbed to 312, the health ministry said.", True),
        ("The floods have killed at least 40 people, officials said on Monday.", True),
        ("Survivors queued for water in the ruined hill towns.", True),
        ("A strong earthquake struck the southern coast early on Sunday.", False),
        ("Another magnitude 5.9 quake jolted the region on Tuesday, frightening survivors.", False),
        ("A powerful aftershock struck the valley, sending rescuers running.", False),
        ("A second deadly earthquake hit the province two days later.", False),
        ("A stronger quake struck before dawn as rescuers searched for survivors.", False),
        ("Rescuers said the main shock had flattened houses the foreshock had cracked.", False),
        # an aftershock's size between the noun and its verb: still a new shock
        (
            "An aftershock of magnitude 5.3 hit the valley on Monday, scaring survivors in tents.",
            False,
        ),
        ("An aftershock measuring 5.1 jolted the province, sending rescuers running.", False),
        # near miss: aftershocks that only hinder the rescue are the aftermath
        ("Aftershocks of magnitude 4 and above have hampered rescuers since Sunday.", True),
    ],
)
def test_what_tells_a_disaster_s_aftermath(sentence: str, told: bool) -> None:
    assert aftermath([sentence]) is told


@pytest.mark.parametrize("days", range(2, AFTERMATH_DAYS + 1))
def test_a_quake_and_its_toll_told_days_later_are_one_happening(days: int) -> None:
    m = match(quake(1), quake(2, days, after=True))
    assert m is not None
    assert "aftermath" in m.reason


@pytest.mark.parametrize(
    ("late", "why"),
    [
        (quake(2, 2), "the later report tells no aftermath"),
        (quake(2, AFTERMATH_DAYS + 1, after=True), "past the aftermath window"),
        (quake(2, 2, after=True, root="19"), "only a disaster has an aftermath"),
        (quake(2, 2, after=True, mag=5.0), "two magnitudes a shock apart"),
    ],
)
def test_reports_days_apart_stay_apart_without_an_aftermath(late: Report, why: str) -> None:
    early = quake(1, mag=6.6, root=late.root)
    assert match(early, late) is None, why


def test_an_aftershock_told_with_its_size_does_not_join_the_main_shock_days_before() -> None:
    # the aftershock (M5.5, within a unit of the main shock's 6.0, so magnitude cannot refuse)
    # told two days later with the homeless of the first: a new shock, not its aftermath
    told = "An aftershock of magnitude 5.5 struck the valley, sending the homeless from tents."
    assert match(quake(1, mag=6.0), quake(2, 2, after=aftermath([told]), mag=5.5)) is None
    toll = "The quake has left 5,000 families homeless, officials said on Tuesday."
    assert match(quake(1, mag=6.0), quake(2, 2, after=aftermath([toll]))) is not None


def test_an_early_report_of_the_aftermath_does_not_reach_forward() -> None:
    # the slack is for the later report's aftermath: an aftermath report two days before a
    # shock is no witness to it
    assert match(quake(1, after=True), quake(2, 2)) is None


def test_the_aftermath_joins_the_main_shock_not_its_foreshock() -> None:
    # a foreshock (M5.6) and its main shock (M6.9) a day later; a toll report the day after
    # the main shock, with no magnitude, could be either's: the nearer wins
    fore, main = quake(1, 0, mag=5.6), quake(2, 1, mag=6.9)
    toll = quake(3, 2, after=True)
    groups = sorted(sorted(g.event_ids) for g in cluster([fore, main, toll]))
    assert groups == [["e1"], ["e2", "e3"]]


def test_the_store_and_the_grouping_look_as_far_as_the_rule() -> None:
    assert reach("DIS-FLOOD") == AFTERMATH_DAYS
    assert reach("14") == 1


QUAKE = [
    {
        "title": "Quake hits Peru",
        "date": "2022-08-14",
        "source": "Andes Wire",
        "url": "https://andes.example/quake",
        "text": "A strong earthquake struck southern Peru on Sunday, toppling adobe houses, "
        "the civil defence office said.",
    },
    {
        "title": "Toll rises",
        "date": "2022-08-16",
        "source": "Pacific Daily",
        "url": "https://pacific.example/toll",
        # dated by the count's own day ("as of"), not by the saying's, which only bounds it
        # (``hazard_said.said_bound``): the aftermath rule is what joins a day-dated toll
        "text": "The earthquake in Peru has killed 41 people as of Tuesday, officials said, as "
        "rescuers dug through the rubble.",
    },
    {
        "title": "New quake",
        "date": "2022-08-17",
        "source": "Coast Herald",
        "url": "https://coast.example/new-quake",
        "text": "Another strong earthquake shook southern Peru on Wednesday, cracking roads.",
    },
]


@pytest.mark.parametrize("one_batch", [True, False])
def test_a_quake_and_its_toll_two_days_later_are_one_happening_in_the_store(
    store_url: str, geoparser: Geoparser, tmp_path: Path, one_batch: bool
) -> None:
    # in two batches the second ingest's refresh must look three days back, not one; the new
    # quake told the day after the toll meets the toll's day but not the first quake's, so
    # the complete link keeps it a happening of its own
    pipe = Pipeline(Store(store_url), geoparser)
    for n, batch in enumerate([QUAKE] if one_batch else [QUAKE[:1], QUAKE[1:]]):
        path = tmp_path / f"batch{n}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in batch), encoding="utf-8")
        pipe.ingest([path])
    of = {r["url"]: r for r in pipe.store.event_rows() if r["event_code"] == "DIS-QUAKE"}
    assert {u: of[u]["date_start"] for u in of} == {
        QUAKE[0]["url"]: date(2022, 8, 14),
        QUAKE[1]["url"]: date(2022, 8, 16),
        QUAKE[2]["url"]: date(2022, 8, 17),
    }
    assert of[QUAKE[1]["url"]]["happening_id"] == of[QUAKE[0]["url"]]["happening_id"]
    assert of[QUAKE[2]["url"]]["happening_id"] != of[QUAKE[0]["url"]]["happening_id"]


def test_a_store_grouped_before_the_aftermath_rule_is_regrouped_on_upgrade(
    store_url: str, geoparser: Geoparser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlalchemy as sa

    from dashboard.happenings import rules
    from dashboard.store import migrate
    from dashboard.store.happenings import refresh

    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "quake.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in QUAKE[:2]), encoding="utf-8")
    pipe.ingest([path])
    ids = [r["id"] for r in pipe.store.event_rows()]
    with monkeypatch.context() as old_rule:  # group as 0011's release did: no aftermath
        old_rule.setattr(rules, "AFTERMATH_DAYS", 1)
        with pipe.store.writer.begin() as conn:
            refresh(conn, ids)
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '0011'"))
    quakes = [r for r in pipe.store.event_rows() if r["event_code"] == "DIS-QUAKE"]
    assert len({r["happening_id"] for r in quakes}) == 2
    pipe.store.engine.dispose()
    store = Store(store_url)  # upgrades through 0012, which regroups
    with store.engine.connect() as conn:
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    assert version == migrate.head() >= "0012"
    quakes = [r for r in store.event_rows() if r["event_code"] == "DIS-QUAKE"]
    assert len({r["happening_id"] for r in quakes}) == 1


AFTERSHOCK = [
    {
        "title": "Quake in Malatya",
        "date": "2024-05-12",
        "source": "Anatolia Wire",
        "url": "https://anatolia.example/malatya-quake",
        "text": "A magnitude 6.0 earthquake struck Malatya province in eastern Turkey on Sunday, "
        "the disaster agency said.",
    },
    {
        "title": "Aftershock in Malatya",
        "date": "2024-05-14",
        "source": "Bosphorus Daily",
        "url": "https://bosphorus.example/malatya-aftershock",
        "text": "An aftershock of magnitude 5.5 struck Malatya province on Tuesday, sending "
        "families who had lost their homes running from their tents.",
    },
]


def test_a_store_that_joined_a_sized_aftershock_is_regrouped_on_upgrade(
    store_url: str, geoparser: Geoparser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    import sqlalchemy as sa

    from dashboard.happenings import cues
    from dashboard.store import migrate
    from dashboard.store.happenings import refresh

    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "malatya.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in AFTERSHOCK), encoding="utf-8")
    # group as 0014's release did: an aftershock was a new shock only right before its verb
    old = re.compile(r"\baftershocks?\s+(?:struck|hit|shook|rattled|jolted|rocked)\b", re.I)
    with monkeypatch.context() as old_rule:
        old_rule.setattr(cues, "_NEW_SHOCK", old)
        old_rule.setattr(cues, "LESSER_GAP", 99.0)  # nor did it refuse a lesser shock (hap48)
        pipe.ingest([path])
        with pipe.store.writer.begin() as conn:
            refresh(conn, [r["id"] for r in pipe.store.event_rows()])
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '0014'"))
    assert len({r["happening_id"] for r in _quake_rows(pipe.store)}) == 1
    pipe.store.engine.dispose()
    store = Store(store_url)  # upgrades through 0015, which regroups
    with store.engine.connect() as conn:
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    assert version == migrate.head() >= "0015"
    assert len({r["happening_id"] for r in _quake_rows(store)}) == 2


def _quake_rows(store: Store) -> list[dict]:
    return [r for r in store.event_rows() if r["event_code"] == "DIS-QUAKE"]
