"""The regroup's reports kept across refreshes (``store.report_memo``, session 88): a report
is built once for equal inputs and again whenever its row or a looked-up value changes; the
kept reports of a store are the ones ``_report`` builds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import sqlalchemy as sa

from dashboard.happenings.model import Report, Spot
from dashboard.places.geoparser import Geoparser
from dashboard.store import happening_reports
from dashboard.store.db import Store
from dashboard.store.schema import events
from tests.unit.happening_reports import article, ingest

TOWN = Spot("gn:1", "Harbourton", "city", 10.0, 20.0, "XX", "XX-1", 1)
OTHER = Spot("gn:2", "Millford", "city", 11.0, 21.0, "XX", "XX-2", 1)


class Row(NamedTuple):
    id: str
    article_id: str
    location_id: str | None
    summary: str


@pytest.fixture
def report_memo() -> Iterator[Any]:
    """The module, its reports forgotten before and after (imported here: main has none)."""
    from dashboard.store import report_memo as memo

    memo._KEPT.clear()
    yield memo
    memo._KEPT.clear()


class Builder:
    """A stand-in for ``_report`` that counts its builds."""

    def __init__(self) -> None:
        self.built: list[str] = []

    def __call__(self, r: Any, spots: dict[str, Spot], *rest: Any) -> Report:
        self.built.append(r.id)
        place = spots.get(r.location_id) if r.location_id else None
        return Report(r.id, r.article_id, "19", None, None, 1, place)  # type: ignore[arg-type]


class Conn:
    """A stand-in for a store's connection: its engine keys the kept reports."""

    def __init__(self) -> None:
        self.engine = Engine()


class Engine:
    pass


ONE = Conn()


def _kept(
    memo: Any,
    build: Builder,
    row: Row,
    spots: dict[str, Spot],
    named: frozenset[str] = frozenset(),
    conn: Conn = ONE,
) -> Report:
    return memo.kept_report(conn, build, row, spots, {}, named, None, {}, {})


def test_equal_inputs_build_one_report(report_memo: Any) -> None:
    build, row = Builder(), Row("e1", "a1", TOWN.id, "Gunmen attacked a checkpoint.")
    first = _kept(report_memo, build, row, {TOWN.id: TOWN})
    again = _kept(report_memo, build, Row(*row), {TOWN.id: TOWN, OTHER.id: OTHER})
    assert build.built == ["e1"]
    assert again is first


def test_a_changed_row_is_built_again(report_memo: Any) -> None:
    build = Builder()
    _kept(
        report_memo,
        build,
        Row("e1", "a1", TOWN.id, "Gunmen attacked a checkpoint."),
        {TOWN.id: TOWN},
    )
    _kept(report_memo, build, Row("e1", "a1", TOWN.id, "Gunmen attacked a bus."), {TOWN.id: TOWN})
    assert build.built == ["e1", "e1"]


def test_a_changed_place_is_built_again(report_memo: Any) -> None:
    build, row = Builder(), Row("e1", "a1", TOWN.id, "Gunmen attacked a checkpoint.")
    _kept(report_memo, build, row, {TOWN.id: TOWN})
    moved = Spot(TOWN.id, TOWN.name, TOWN.kind, 10.5, 20.5, "XX", "XX-1", 1)
    assert _kept(report_memo, build, row, {TOWN.id: moved}).place == moved
    assert _kept(report_memo, build, row, {TOWN.id: TOWN}, frozenset({OTHER.id})).place == TOWN
    assert build.built == ["e1", "e1", "e1"]


def test_two_events_never_share_a_report(report_memo: Any) -> None:
    # negative: two rows alike but for their ids are two reports
    build = Builder()
    one = _kept(
        report_memo,
        build,
        Row("e1", "a1", TOWN.id, "Gunmen attacked a checkpoint."),
        {TOWN.id: TOWN},
    )
    two = _kept(
        report_memo,
        build,
        Row("e2", "a1", TOWN.id, "Gunmen attacked a checkpoint."),
        {TOWN.id: TOWN},
    )
    assert (one.event_id, two.event_id) == ("e1", "e2")


def test_two_stores_never_share_a_report(report_memo: Any) -> None:
    # a store opened anew (an upgrade under newer rules) builds its own reports
    build, row = Builder(), Row("e1", "a1", TOWN.id, "Gunmen attacked a checkpoint.")
    _kept(report_memo, build, row, {TOWN.id: TOWN})
    _kept(report_memo, build, row, {TOWN.id: TOWN}, conn=Conn())
    assert build.built == ["e1", "e1"]


def test_a_full_memo_is_emptied_and_still_answers(
    report_memo: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_memo, "_KEPT_MAX", 2)
    build = Builder()
    rows = [Row(f"e{n}", "a1", TOWN.id, "Gunmen attacked a checkpoint.") for n in range(3)]
    got = [_kept(report_memo, build, r, {TOWN.id: TOWN}).event_id for r in rows]
    assert got == ["e0", "e1", "e2"]
    assert len(report_memo._KEPT[ONE.engine]) == 1  # emptied when the third came
    assert _kept(report_memo, build, rows[0], {TOWN.id: TOWN}).event_id == "e0"
    assert build.built == ["e0", "e1", "e2", "e0"]


def _store(geoparser: Geoparser, tmp_path: Path) -> tuple[Store, list[str]]:
    url = f"sqlite:///{tmp_path / 'kept.db'}"
    ingest(
        url,
        geoparser,
        tmp_path,
        [
            article("raid", "2025-03-04", "Gunmen attacked a police post in Kano on Monday."),
            article("storm", "2025-03-05", "A cyclone struck Beira on Tuesday, killing 12 people."),
        ],
    )
    store = Store(url)
    with store.engine.begin() as conn:
        ids = sorted(r.id for r in conn.execute(sa.select(events.c.id)))
    assert len(ids) >= 2
    return store, ids


def test_a_store_s_reports_read_twice_are_the_same(geoparser: Geoparser, tmp_path: Path) -> None:
    # negative, on main too: reading a store's reports again changes none of them
    store, ids = _store(geoparser, tmp_path)
    with store.engine.begin() as conn:
        assert happening_reports._load(conn, ids) == happening_reports._load(conn, ids)


def test_the_kept_reports_of_a_store_are_the_ones_built_anew(
    report_memo: Any, geoparser: Geoparser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, ids = _store(geoparser, tmp_path)
    with store.engine.begin() as conn:
        kept = happening_reports._load(conn, ids)  # built and kept
        built: list[str] = []
        plain = happening_reports._report

        def counted(r: Any, *rest: Any) -> Report:
            built.append(r.id)
            return plain(r, *rest)

        monkeypatch.setattr(happening_reports, "_report", counted)
        assert happening_reports._load(conn, ids) == kept
        assert built == []  # nothing built again
        report_memo._KEPT.clear()
        assert happening_reports._load(conn, ids) == kept  # built anew: the same reports
        assert sorted(built) == ids
