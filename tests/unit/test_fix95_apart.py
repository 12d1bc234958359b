"""Session 86, fix95 (issue 16, precision: newuser95's wrong merges 02-03). A second bomb and
the first, and a crowd's motive placed where what it protested happened, are kept apart (``happenings/act_facts``, ``answered``). Reports written
for these tests, with other names and places than the user's."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.unit.happening_sets import article, happenings_of


def _events(geoparser: Geoparser, tmp_path: Path, *arts: dict[str, str]) -> list[set[str]]:
    """The happenings of each article's events, in the order given."""
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in arts), encoding="utf-8")
    store = Store(str(tmp_path / "store.db"))
    Pipeline(store, geoparser).ingest([path])
    found: dict[str, set[str]] = {}
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT a.url, h.happening_id FROM events e JOIN articles a ON a.id = e.article_id "
                "JOIN event_happenings h ON h.event_id = e.id"
            )
        )
        for url, hid in rows:
            found.setdefault(url, set()).add(hid)
    return [found.get(a["url"], set()) for a in arts]


FIRST_BOMB = article(
    4, "2025-03-02", "PASTO - A bomb exploded outside a pharmacy in Pasto late on Saturday."
)
SECOND_BOMB = article(
    5,
    "2025-03-02",
    "PASTO - A second bomb exploded near a bakery in Pasto on Saturday night, hours after the "
    "first attack.",
)


def test_a_second_bomb_of_the_night_is_not_the_first(geoparser: Geoparser, tmp_path: Path) -> None:
    a, b = happenings_of(geoparser, tmp_path, FIRST_BOMB, SECOND_BOMB)
    assert a
    assert b
    assert a != b


STORMED = article(
    6,
    "2024-10-07",
    "SILCHAR - Protesters forced their way into the Nepali consulate in Silchar on Monday. The "
    "crowd was protesting the jailing of a priest in Nepal.",
)
MARCH = article(
    7,
    "2024-10-08",
    "KATHMANDU - Students marched towards the Indian embassy in Kathmandu on Tuesday to protest "
    "against the attack on the consulate.",
)


def test_a_crowds_motive_is_no_protest_where_its_cause_was(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    stormed, march = _events(geoparser, tmp_path, STORMED, MARCH)
    assert march
    assert not stormed & march
