"""hap52 (issue 16): a place named only as a ship's flag is no place of the act, and the week-
and day-dated near misses the merge must keep apart. Every sentence below was written for these
tests; none is taken from an evaluation set. Publication is a Tuesday, 2026-03-10."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.named_places import flag_only
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from dashboard.store.happening_reports import _load


def _article(key: str, text: str) -> dict[str, str]:
    return {
        "title": f"Tanker report {key}",
        "date": "2026-03-10",
        "source": f"Outlet {key}",
        "url": f"https://outlet{key}.example/tanker",
        "text": text,
    }


def _places(store_url: str, geoparser: Geoparser, tmp_path: Path, text: str) -> list[str | None]:
    """The place the happening rule reads for each seizure (17/18) the text tells."""
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(_article("a", text)) + "\n", encoding="utf-8")
    pipe.ingest([path])
    ids = [r["id"] for r in pipe.store.event_rows() if r["event_code"][:2] in ("17", "18")]
    assert ids, "the act is read"
    with pipe.store.engine.connect() as conn:
        reports = _load(conn, ids)
    return [r.place.name if r.place else None for r in reports]


def test_the_flag_state_is_no_place_of_a_hijacking(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    # the tanker flies Liberia's flag; nothing says where it was taken: no place, not Liberia
    text = "Pirates hijacked the Liberia-flagged tanker Orla Star on Monday, its manager said."
    assert "Liberia" not in _places(store_url, geoparser, tmp_path, text)


def test_a_place_the_sentence_names_beside_the_flag_is_taken(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    text = (
        "Pirates hijacked the Liberia-flagged tanker Orla Star on Monday as it sailed from "
        "Mombasa, its manager said."
    )
    places = _places(store_url, geoparser, tmp_path, text)
    assert "Liberia" not in places
    assert "Mombasa" in places


def test_a_coast_named_as_a_place_stays_the_place(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    # near-miss: Liberia is where it happened, not a flag
    text = "Pirates hijacked a tanker off Liberia on Monday, its manager said."
    assert "Liberia" in _places(store_url, geoparser, tmp_path, text)


def test_flag_only() -> None:
    assert flag_only("Panama", ["Pirates seized the Panama-registered freighter Kora."])
    # near-misses: named as a place too, or not a flag
    assert not flag_only("Panama", ["The Panama-flagged Kora was seized off Panama."])
    assert not flag_only("Panama", ["Panama flagged its concern over the seizure."])
    assert not flag_only("Panama", ["Pirates seized a freighter."])


# --- near misses the merge keeps apart (own places, made up for these tests) ---

CITY = Spot("gn:h52", "Halden Town", "city", 48.5, 35.0, "UA", "UA-12", 1)
MON, THU = date(2026, 3, 2), date(2026, 3, 5)
WEEK = (date(2026, 3, 2), date(2026, 3, 8))


def _strike(eid: str, art: str, start: date, end: date | None = None, prec: int = 1) -> Report:
    return Report(
        eid,
        art,
        "19",
        start,
        end or start,
        prec,
        CITY,
        frozenset({"russia"}),
        frozenset({"RU"}),
        source_country="RU",
    )


def test_two_strikes_on_one_city_on_other_days_stay_two() -> None:
    groups = cluster([_strike("e1", "a1", MON), _strike("e2", "a2", MON), _strike("e3", "a3", THU)])
    assert sorted(len(g.event_ids) for g in groups) == [1, 2]


def test_a_week_dated_report_joins_the_one_day_happening_of_its_week() -> None:
    groups = cluster(
        [_strike("e1", "a1", MON), _strike("e2", "a2", MON), _strike("w", "a3", *WEEK, prec=2)]
    )
    assert len(groups) == 1


def test_a_week_dated_report_with_two_day_happenings_in_its_week_joins_neither() -> None:
    groups = cluster(
        [
            _strike("e1", "a1", MON),
            _strike("e2", "a2", THU),
            _strike("w", "a3", *WEEK, prec=2),
        ]
    )
    alone = [g for g in groups if g.event_ids == ("w",)]
    assert len(groups) == 3
    assert alone
