"""A store made by the first release upgrades in place; one from a newer release is refused."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from dashboard.errors import StoreError
from dashboard.store import migrate
from dashboard.store.db import Store, to_url
from tests import old_schema as old


def make_old_store(url: str) -> None:
    """An article, a place, an event and a date correction, in the first release's tables."""
    engine = sa.create_engine(to_url(url))
    old.meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(
            old.articles.insert().values(
                id="a1",
                key="/news/oslo.txt",
                title="Oslo march",
                text="OSLO — Nurses marched in Oslo.",
                published=date(2024, 5, 6),
                source="Wire",
                url="",
                flags="[]",
                ingested_at=datetime(2024, 5, 6, 12),
            )
        )
        conn.execute(
            old.places.insert().values(
                id="gn:3143244",
                name="Oslo",
                kind="city",
                lat=59.91273,
                lon=10.74609,
                country_code="NO",
                geo_precision=1,
                geonameid=3143244,
            )
        )
        conn.execute(
            old.events.insert().values(
                id="e1",
                article_id="a1",
                summary="Nurses marched · Oslo",
                date_start=date(2024, 5, 6),
                date_end=date(2024, 5, 6),
                time_precision=1,
                date_text="Monday",
                date_reason="weekday",
                event_code="14",
                event_name="Protest",
                actors="[]",
                actor_countries="[]",
                reference_date=date(2024, 5, 6),
                location_id="gn:3143244",
                geo_precision=1,
                location_reason="dateline",
                location_text="OSLO",
                evidence="[]",
                flags="[]",
                alt_dates="[]",
                detail=json.dumps({"id": "e1"}),
            )
        )
        conn.execute(
            old.corrections.insert().values(
                kind="date",
                key="e1",
                date_start=date(2024, 5, 7),
                date_end=date(2024, 5, 7),
                time_precision=1,
                created_at=datetime(2024, 5, 8),
            )
        )
    engine.dispose()


def revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def test_a_first_release_store_upgrades_in_place_and_keeps_everything(store_url: str) -> None:
    make_old_store(store_url)
    store = Store(store_url)
    assert revision(store) == migrate.head()
    (row,) = store.event_rows()
    assert (row["id"], row["location_name"], row["title"]) == ("e1", "Oslo", "Oslo march")
    assert store.correction_rows("date")[0]["key"] == "e1"
    assert store.article("a1")["analysis"] is None  # type: ignore[index]  # unknown: re-read it
    with store.writer.begin() as conn:  # 0002: non-CAMEO codes fit now (PostgreSQL checks length)
        conn.execute(sa.update(old.events).values(event_code="DIS-FLOOD"))
    assert Store(store_url).event_rows()[0]["event_code"] == "DIS-FLOOD"  # a second open: no-op


def test_an_sqlite_store_is_copied_before_it_is_upgraded(tmp_path: Path) -> None:
    db = tmp_path / "geonews.db"
    make_old_store(str(db))
    store = Store(str(db))
    assert store.backup == f"{db}.bak-unversioned"
    backup = sa.create_engine(f"sqlite:///{store.backup}")
    with backup.connect() as conn:
        assert not sa.inspect(conn).has_table("alembic_version")
        assert conn.execute(sa.text("SELECT count(*) FROM articles")).scalar() == 1
    assert Store(str(db)).backup is None  # current: nothing to copy


def test_a_store_from_a_newer_release_is_refused_with_one_line(store_url: str) -> None:
    store = Store(store_url)
    with store.writer.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    store.engine.dispose()
    with pytest.raises(StoreError) as caught:
        Store(store_url)
    message = str(caught.value)
    assert "schema revision 9999 is newer than this GeoNews knows" in message
    assert "\n" not in message


def upgrade_to(url: str, target: str) -> None:
    """Upgrade a store made by ``make_old_store`` to ``target`` only: a store of that release."""
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    script = migrate.scripts()
    engine = sa.create_engine(to_url(url))
    with engine.begin() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"script": script, "fn": lambda rev, _ctx: script._upgrade_revs(target, rev)}
        )
        ctx.stamp(script, migrate.FIRST)
        with Operations.context(ctx):
            ctx.run_migrations()
    engine.dispose()


def test_a_store_at_0005_marks_its_negated_and_hypothetical_events_unreal(store_url: str) -> None:
    make_old_store(store_url)
    upgrade_to(store_url, "0005")
    engine = sa.create_engine(to_url(store_url))
    with engine.begin() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == "0005"
        row = conn.execute(sa.select(old.events).where(old.events.c.id == "e1")).mappings().one()
        for eid, flags in [
            ("e2", ["negated"]),
            ("e3", ["planned", "hypothetical"]),
            ("e4", ["planned"]),
        ]:
            conn.execute(old.events.insert().values({**row, "id": eid, "flags": json.dumps(flags)}))
    engine.dispose()
    store = Store(store_url)
    assert revision(store) == migrate.head()
    with store.engine.connect() as conn:
        got = {r.id: r.unreal for r in conn.execute(sa.text("SELECT id, unreal FROM events"))}
    assert {k: bool(v) for k, v in got.items()} == {
        "e1": False,
        "e2": True,
        "e3": True,
        "e4": False,
    }


def test_a_store_at_0006_gains_article_copies_and_keeps_a_second_outlets_copy(
    store_url: str,
) -> None:
    from dashboard.model import Article

    make_old_store(store_url)
    upgrade_to(store_url, "0006")
    store = Store(store_url)
    assert revision(store) == migrate.head()
    with store.engine.connect() as conn:
        assert sa.inspect(conn).has_table("article_copies")
        assert conn.execute(sa.text("SELECT count(*) FROM article_copies")).scalar() == 0
    # the stored article's very text, carried by another outlet in another file
    row = store.article("a1")
    assert row is not None
    copy = Article(
        "a1",
        row["title"],
        row["text"],
        row["published"],
        "Fjord Daily",
        "https://fjord.example/7",
        "",
    )
    assert store.save(copy, [], [], key="/news/fjord.txt").status == "duplicate"
    with store.engine.connect() as conn:
        got = conn.execute(sa.text("SELECT article_id, key, source FROM article_copies")).all()
        detail = conn.execute(sa.text("SELECT detail, sources FROM happenings")).one()
    assert [tuple(r) for r in got] == [("a1", "/news/fjord.txt", "Fjord Daily")]
    assert (json.loads(detail.detail)["outlets"], detail.sources) == (["Fjord Daily", "Wire"], 1)


def _indexes(store: Store) -> dict[str, list[str | None]]:
    with store.engine.connect() as conn:
        insp = sa.inspect(conn)
        return {
            ix["name"]: list(ix["column_names"])
            for table in ("events", "event_happenings")
            for ix in insp.get_indexes(table)
            if ix["name"]
        }


def test_a_store_at_0006_gets_the_covering_indexes_of_the_counts_per_place(store_url: str) -> None:
    from dashboard.store import queries as sq

    make_old_store(store_url)
    upgrade_to(store_url, "0006")
    store = Store(store_url)
    assert revision(store) == migrate.head()
    got = _indexes(store)
    # 0023 widened 0008's (location_id, event_code, unreal) to hold the dates and precision
    assert "ix_events_place_cover" not in got
    assert got["ix_events_place_dates"][:2] == ["location_id", "event_code"]
    assert got["ix_events_end_cover"][:5] == [
        "date_end",
        "date_start",
        "unreal",
        "event_code",
        "location_id",
    ]
    assert got["ix_event_happenings_event"] == ["event_id", "happening_id"]
    assert "ix_events_end_unreal" not in got  # the new date index begins with its columns
    counts = sq.place_counts(store, sq.EventQuery(start=date(2024, 5, 1), end=date(2024, 5, 31)))
    assert counts[["id", "n_events", "top_code"]].values.tolist() == [["gn:3143244", 1, "14"]]


def test_a_store_at_0008_fills_merged_reports_from_its_happenings(store_url: str) -> None:
    from dashboard.store import happening_queries as hq
    from dashboard.store import queries as sq

    make_old_store(store_url)
    upgrade_to(store_url, "0008")
    engine = sa.create_engine(to_url(store_url))
    with engine.begin() as conn:  # three reports at Oslo: e1 and e2 one happening, e3 another
        row = conn.execute(sa.select(old.events).where(old.events.c.id == "e1")).mappings().one()
        for eid in ("e2", "e3"):
            conn.execute(old.events.insert().values({**row, "id": eid}))
        conn.execute(sa.text("DELETE FROM event_happenings"))
        for eid, hid in [("e1", "h1"), ("e2", "h1"), ("e3", "h3")]:
            conn.execute(
                sa.text(
                    "INSERT INTO event_happenings (event_id, happening_id, root, cell, date_start,"
                    " date_end, score, reason) VALUES (:e, :h, '14', '', :d, :d, 1.0, 'test')"
                ),
                {"e": eid, "h": hid, "d": row["date_start"]},
            )
    engine.dispose()
    store = Store(store_url)
    assert revision(store) == migrate.head()
    with store.engine.connect() as conn:
        got = conn.execute(
            sa.text(
                "SELECT event_id, happening_id, location_id, event_code, unreal "
                "FROM merged_reports ORDER BY event_id"
            )
        ).all()
    assert [tuple(r) for r in got] == [
        ("e1", "h1", "gn:3143244", "14", False),
        ("e2", "h1", "gn:3143244", "14", False),
    ]
    (oslo,) = hq.place_counts(store, sq.EventQuery()).itertuples()
    assert (oslo.n_events, oslo.n_happenings) == (3, 2)
    assert hq.happening_count(store, sq.EventQuery()) == 2


def test_a_store_at_0009_takes_a_negated_report_out_of_its_happening(store_url: str) -> None:
    make_old_store(store_url)
    upgrade_to(store_url, "0009")
    engine = sa.create_engine(to_url(store_url))
    with engine.begin() as conn:  # e1 and its denial e2, grouped as one by an older release
        row = conn.execute(sa.select(old.events).where(old.events.c.id == "e1")).mappings().one()
        conn.execute(old.events.insert().values({**row, "id": "e2", "flags": '["negated"]'}))
        conn.execute(sa.text("UPDATE events SET unreal = (id = 'e2')"))
        conn.execute(sa.text("DELETE FROM event_happenings"))
        for eid in ("e1", "e2"):
            conn.execute(
                sa.text(
                    "INSERT INTO event_happenings (event_id, happening_id, root, cell, date_start,"
                    " date_end, score, reason) VALUES (:e, 'h1', '14', 'NO', :d, :d, 1.0, 'test')"
                ),
                {"e": eid, "d": row["date_start"]},
            )
            conn.execute(
                sa.text(
                    "INSERT INTO merged_reports (event_id, happening_id, location_id, date_start,"
                    " date_end, event_code, geo_precision, unreal) VALUES (:e, 'h1', :p, :d, :d,"
                    " '14', 1, :u)"
                ),
                {"e": eid, "p": row["location_id"], "d": row["date_start"], "u": eid == "e2"},
            )
    engine.dispose()
    store = Store(store_url)
    assert revision(store) == migrate.head()
    with store.engine.connect() as conn:
        found = conn.execute(sa.text("SELECT event_id, happening_id FROM event_happenings"))
        links = {r.event_id: r.happening_id for r in found}
        merged = conn.execute(sa.text("SELECT count(*) FROM merged_reports")).scalar()
    assert links["e1"] != links["e2"]
    assert merged == 0  # two happenings of one report each
