"""A disaster report tells its aftermath when it names EM-DAT's human impacts (the homeless,
the missing, the number of the dead), the burials and relief that follow, or what it says as
following the disaster ("after the earthquake"), and no new shock; a shock counted from
another ("two days after the first quake") is not an aftermath (``cues.aftermath``,
migration 0014). Sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.happenings.cues import aftermath
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Families made homeless by the cyclone queued for rice on Thursday.", True),
        ("Dozens of fishermen remain missing after the storm, the navy said.", True),
        ("The number of the dead from the landslide rose again overnight.", True),
        ("Funerals were held on Monday for the victims of the tremor.", True),
        ("Aid agencies said roads to the valley were still cut.", True),
        (
            "Villagers slept in their fields on Monday after the earthquake cracked their walls.",
            True,
        ),
        ("Schools stayed shut in the wake of the typhoon.", True),
        # near misses: a new shock, or one counted from another
        ("A strong quake shook the valley on Monday, two days after the first quake.", False),
        ("A tremor rattled the port 48 hours after the earthquake.", False),
        ("A second earthquake struck on Monday, leaving more families homeless.", False),
        ("A strong earthquake struck the coast on Monday, damaging homes.", False),
    ],
)
def test_what_tells_an_aftermath_by_impact_or_by_following_it(sentence: str, told: bool) -> None:
    assert aftermath([sentence]) is told


BOLIVIA = [
    {
        "title": "Quake in Bolivia",
        "date": "2024-05-12",
        "source": "Altiplano Wire",
        "url": "https://altiplano.example/quake",
        "text": "A strong earthquake struck the Bolivian department of Potosi on Sunday, "
        "toppling adobe walls, the civil defence office said.",
    },
    {
        "title": "Nights outdoors",
        "date": "2024-05-14",
        "source": "Lowland Daily",
        "url": "https://lowland.example/outdoors",
        "text": "Thousands of people in the Bolivian department of Potosi slept outdoors on "
        "Tuesday after the earthquake destroyed their homes.",
    },
    {
        "title": "New quake",
        "date": "2024-05-14",
        "source": "Mining Herald",
        "url": "https://mining.example/new-quake",
        "text": "A strong earthquake shook the Bolivian department of Potosi on Tuesday, "
        "two days after the first quake, cracking roads.",
    },
]


def _quakes(store: Store) -> dict[str, dict]:
    return {r["url"]: r for r in store.event_rows() if r["event_code"] == "DIS-QUAKE"}


@pytest.mark.parametrize(("later", "joined"), [(1, True), (2, False)])
def test_what_followed_a_quake_joins_it_but_a_shock_counted_from_it_does_not(
    store_url: str, geoparser: Geoparser, tmp_path: Path, later: int, joined: bool
) -> None:
    # (told together, the Tuesday report of what followed would rightly join the Tuesday
    # quake, the nearer: each pair is ingested on its own)
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "bolivia.jsonl"
    pair = [BOLIVIA[0], BOLIVIA[later]]
    path.write_text("".join(json.dumps(r) + "\n" for r in pair), encoding="utf-8")
    pipe.ingest([path])
    of = _quakes(pipe.store)
    first, second = (of[r["url"]] for r in pair)
    assert str(second["date_start"]) == "2024-05-14"  # dated by its own day, two days later
    assert (second["happening_id"] == first["happening_id"]) is joined


def test_a_store_grouped_before_is_regrouped_on_upgrade(
    store_url: str, geoparser: Geoparser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlalchemy as sa

    from dashboard.happenings import cues
    from dashboard.store import migrate
    from dashboard.store.happenings import refresh

    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "bolivia.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in BOLIVIA[:2]), encoding="utf-8")
    with monkeypatch.context() as old_rule:  # group as 0013's release did
        old_rule.setattr(cues, "_after_hazard", lambda text: False)
        pipe.ingest([path])
        with pipe.store.writer.begin() as conn:
            refresh(conn, [r["id"] for r in pipe.store.event_rows()])
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '0013'"))
    assert len({r["happening_id"] for r in _quakes(pipe.store).values()}) == 2
    pipe.store.engine.dispose()
    store = Store(store_url)  # upgrades through 0014, which regroups
    with store.engine.connect() as conn:
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    assert version == migrate.head() >= "0014"
    assert len({r["happening_id"] for r in _quakes(store).values()}) == 1
