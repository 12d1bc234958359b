"""Issue 16 (hap64): a collision and a shipwreck of one sea and day are one happening in the
store, and a store grouped before (two blocks) is regrouped on upgrade (migration 0024).
Reports written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.unit.happening_reports import article, ingest

WRECK = [
    article(
        "collided",
        "2023-10-24",
        "Two cargo ships collided in the North Sea off Heligoland early on Tuesday, German "
        "rescuers said.",
        "Harbour Times",
    ),
    article(
        "sank",
        "2023-10-24",
        "A freighter sank in the North Sea off Heligoland early on Tuesday after colliding "
        "with a larger ship.",
        "Coast Wire",
    ),
    # near miss: a ferry that ran aground in another sea the same day
    article(
        "aground",
        "2023-10-24",
        "A ferry ran aground in the Baltic Sea off Gotland early on Tuesday.",
        "Island Post",
    ),
]


def test_a_collision_and_a_shipwreck_of_one_sea_and_day_are_one_happening(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = ingest(store_url, geoparser, tmp_path, WRECK)
    assert of["collided"]["happening_id"] == of["sank"]["happening_id"]
    assert of["aground"]["happening_id"] != of["sank"]["happening_id"]


def test_a_store_grouped_before_is_regrouped_on_upgrade(
    store_url: str, geoparser: Geoparser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlalchemy as sa

    from dashboard.happenings import rules
    from dashboard.store import migrate
    from dashboard.store.happenings import refresh

    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "wreck.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in WRECK[:2]), encoding="utf-8")
    # group as 0023's release did: a collision and a shipwreck were two types
    with monkeypatch.context() as old_rule:
        old_rule.setattr(rules, "FAMILIES", {"18": "18-20", "19": "18-20", "20": "18-20"})
        pipe.ingest([path])
        with pipe.store.writer.begin() as conn:
            refresh(conn, [r["id"] for r in pipe.store.event_rows()])
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '0023'"))
    assert len({r["happening_id"] for r in pipe.store.event_rows()}) == 2
    pipe.store.engine.dispose()
    store = Store(store_url)  # upgrades through 0024, which regroups
    with store.engine.connect() as conn:
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    assert version == migrate.head() >= "0024"
    assert len({r["happening_id"] for r in store.event_rows()}) == 1
