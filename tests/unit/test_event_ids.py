"""One id per event of an article: two events read from one verb shared an id and the store
refused the whole article ("UNIQUE constraint failed: events.id"), a fresh user's find
(newuser115, session 93). Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from dashboard.events.event_ids import unique_ids
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract
from tests.unit.test_cli import run

# one verb told with a day and, in a clause about its warrant, two years
TWIN = (
    "Prosecutors said the raid carried out on Sunday was ordered by a Lagos court in 2019 and 2022."
)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_twin_id_gets_its_own_and_the_first_keeps_its(extract: Extract) -> None:
    events = extract("Police arrested ten men in Kano on Monday. Troops shelled a camp on Tuesday.")
    assert len(events) >= 2
    twins = [events[0], replace(events[1], id=events[0].id)]
    once, again = unique_ids(twins), unique_ids(twins)
    assert once[0].id == events[0].id
    assert once[1].id != once[0].id
    assert [e.id for e in once] == [e.id for e in again]  # corrections keyed by it hold


def test_an_article_whose_verb_gives_two_events_is_stored_whole(tmp_path: Path) -> None:
    article = tmp_path / "twin.md"
    article.write_text(f'---\ntitle: "Raid"\ndate: 2025-04-15\nsource: "Wire"\n---\n{TWIN}\n')
    out = run("ingest", str(article), "--db", str(tmp_path / "s.db"))
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.startswith("added")
