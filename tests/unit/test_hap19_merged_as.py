"""An act read at another root than its happening's joins it when it is a facet of it
(``happenings.merged_as``, ``data/lexicon/merged_as.csv``): police force against a crowd
(CAMEO 1.1b3 §175) is merged as the crowd's protest (14), a pact of two or more countries
(§057) as their meeting (04). Reports and sentences written for these tests."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from dashboard.happenings.merged_as import facets, merged_as
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.unit.happening_reports import article, ingest

LEXICON = Path(__file__).resolve().parents[2] / "data" / "lexicon" / "merged_as.csv"
UG, KZ, UZ = frozenset({"UG"}), frozenset({"KZ"}), frozenset({"KZ", "UZ"})


@pytest.mark.parametrize(
    ("code", "texts", "countries", "merged"),
    [
        ("175", ["Police fired tear gas at protesters in the square"], UG, "14"),
        ("175", ["Riot police beat back the crowd outside the court"], frozenset(), "14"),
        # the crowd named in the report's sentence, not its clause
        ("175", ["Police beat the drivers", "Police beat the drivers on the march."], UG, None),
        ("175", ["Police beat the men", "They broke up a demonstration."], UG, "14"),
        ("057", ["Kazakhstan and Uzbekistan signed a defence treaty"], UZ, "04"),
        # near misses: force on no crowd, a deal of one country, an act of no row
        ("175", ["The army crushed a rebellion in the hills"], UG, None),
        ("175", ["Soldiers crowded into the barracks"], UG, None),
        ("057", ["The energy ministry signed a supply contract"], KZ, None),
        ("141", ["Teachers marched through the capital"], UG, None),
        ("173", ["Police arrested protesters"], UG, None),
    ],
)
def test_a_facet_is_merged_as_its_happenings_root(
    code: str, texts: list[str], countries: frozenset[str], merged: str | None
) -> None:
    assert merged_as(code, texts, countries) == merged


def test_every_row_cites_the_cameo_manual_and_reads_a_known_condition() -> None:
    with LEXICON.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows
    assert all("CAMEO 1.1b3 §" + r["code"] in r["source"] for r in rows)
    assert len(facets()) == len(rows)  # every condition parsed (an unknown one raises)


PROTEST = [
    article(
        "march",
        "2025-03-11",
        "Thousands of teachers marched through Kampala on Tuesday to demand higher pay, "
        "blocking the main avenue for hours.",
        "Lake Post",
    ),
    article(
        "teargas",
        "2025-03-11",
        "Police fired tear gas at protesters in Kampala on Tuesday as striking teachers tried "
        "to reach parliament.",
    ),
    # near misses: the same force two days later; force on rebels the same day
    article(
        "thursday", "2025-03-13", "Police fired tear gas at protesters in Kampala on Thursday."
    ),
    article("rebels", "2025-03-11", "The army crushed a rebellion near Kampala on Tuesday."),
]


def test_police_force_on_a_crowd_joins_the_crowds_protest(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = ingest(store_url, geoparser, tmp_path, PROTEST)
    assert of["teargas"]["happening_id"] == of["march"]["happening_id"]
    assert of["thursday"]["happening_id"] != of["march"]["happening_id"]
    assert of["rebels"]["happening_id"] != of["march"]["happening_id"]


def test_a_happening_keeps_the_readers_root_unless_a_report_was_read_at_the_merged_one(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    import sqlalchemy as sa

    from dashboard.store.schema import happenings

    of = ingest(store_url, geoparser, tmp_path, PROTEST)
    with Store(store_url).engine.connect() as conn:
        roots = dict(conn.execute(sa.select(happenings.c.id, happenings.c.root)).all())
    assert roots[of["march"]["happening_id"]] == "14"  # the protest and its repression
    assert roots[of["thursday"]["happening_id"]] == "17"  # a crackdown told alone


SUMMIT = [
    article(
        "pact",
        "2025-05-07",
        "ASTANA — Kazakhstan and Uzbekistan signed a defence treaty in Astana on Wednesday.",
        "Steppe News",
    ),
    article(
        "talks",
        "2025-05-07",
        "Uzbek President Shavkat Mirziyoyev held talks with Kazakh President Kassym-Jomart "
        "Tokayev in Astana on Wednesday.",
        "Silk Road Daily",
    ),
    # near miss: one country's deal the same day in the same city is no summit's outcome
    article(
        "contract",
        "2025-05-07",
        "Kazakhstan's energy ministry signed a supply agreement in Astana on Wednesday.",
        "Steppe News",
    ),
]


def test_a_pact_of_two_countries_joins_their_meeting(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = ingest(store_url, geoparser, tmp_path, SUMMIT)
    assert of["pact"]["happening_id"] == of["talks"]["happening_id"]
    assert of["contract"]["happening_id"] != of["talks"]["happening_id"]


def test_a_store_grouped_before_is_regrouped_on_upgrade(
    store_url: str, geoparser: Geoparser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlalchemy as sa

    from dashboard.happenings import merged_as as lexicon
    from dashboard.store import migrate
    from dashboard.store.happenings import refresh

    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "summit.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in SUMMIT[:2]), encoding="utf-8")
    # group as 0021's release did: the pact stayed an agreement (05), apart from the talks
    with monkeypatch.context() as old_rule:
        old_rule.setattr(lexicon, "facets", lambda: ())
        pipe.ingest([path])
        with pipe.store.writer.begin() as conn:
            refresh(conn, [r["id"] for r in pipe.store.event_rows()])
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '0021'"))
    assert len({r["happening_id"] for r in pipe.store.event_rows()}) == 2
    pipe.store.engine.dispose()
    store = Store(store_url)  # upgrades through 0022, which regroups
    with store.engine.connect() as conn:
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    assert version == migrate.head() >= "0022"
    assert len({r["happening_id"] for r in store.event_rows()}) == 1
