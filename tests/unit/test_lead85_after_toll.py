"""Session 85, lead85 (issue 16, precision: set AY's two blasts). A disaster told as days
after another's dead is not that earlier disaster (``happenings/after_toll``). Reports
written for these tests, with other names and places than the set's."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from dashboard.happenings.after_toll import follows_toll
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store


def _art(n: int, date: str, text: str) -> dict[str, str]:
    return {
        "title": f"t{n}",
        "date": date,
        "source": f"Outlet {n}",
        "url": f"https://o{n}.example/{n}",
        "text": text,
    }


def _happenings(geoparser: Geoparser, tmp_path: Path, *arts: dict[str, str]) -> list[str]:
    """The happening of each article's first event, in the order given."""
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in arts), encoding="utf-8")
    store = Store(str(tmp_path / "store.db"))
    Pipeline(store, geoparser).ingest([path])
    by_url: dict[str, str] = {}
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT a.url, h.happening_id FROM events e JOIN articles a ON a.id = e.article_id "
                "JOIN event_happenings h ON h.event_id = e.id ORDER BY e.id"
            )
        )
        for url, hid in rows:
            by_url.setdefault(url, hid)
    return [by_url.get(a["url"], "") for a in arts]


FIRST = _art(
    1,
    "2024-03-13",
    "An explosion at a chemical plant in Gujarat's Bharuch district killed 12 workers on "
    "Tuesday afternoon, police said.",
)
FIRST_AGAIN = _art(
    2,
    "2024-03-13",
    "A reactor blew up at a chemical factory in Bharuch on Tuesday, killing 12 workers.",
)
SECOND = _art(
    3,
    "2024-03-14",
    "Three workers were hurt in a gas leak and explosion at a dye unit in Ankleshwar, Bharuch "
    "district, on Wednesday night, a day after 12 died at the chemical plant.",
)


def test_the_cue_reads_days_after_a_toll() -> None:
    assert follows_toll(["Two were hurt on Friday, two days after at least 9 people died."])
    assert not follows_toll(["The toll rose to 12 a day after the blast."])


def test_a_disaster_told_after_another_toll_stays_apart(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    first, again, second = _happenings(geoparser, tmp_path, FIRST, FIRST_AGAIN, SECOND)
    assert first
    assert first == again
    assert second
    assert second != first
