"""One act led at another root by another outlet's wording joins its happening when the two
roots are compatible (``happenings.merged_as``, ``data/lexicon/merged_as.csv``): a
condemnation of a drill or a warning given with one (CAMEO 1.1b3 §11, §13) is merged as the
show of force (§15), and aid sent to a disaster's victims (§07, §033) as the hazard it
answers; distinct acts stay apart (a condemnation of arrests, aid sent a week later).
Reports and sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.happenings.merged_as import merged_as
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.unit.happening_reports import article

RU, EG, PH, NONE = frozenset({"RU"}), frozenset({"EG", "LY"}), frozenset({"PH"}), frozenset()


@pytest.mark.parametrize(
    ("code", "texts", "countries", "merged"),
    [
        ("111", ["NATO condemned the Russian military drills near the border"], RU, "15"),
        ("111", ["Tokyo denounced the joint naval exercises in the Sea of Japan"], RU, "15"),
        ("130", ["Moscow warned the West as its troops rehearsed nuclear strikes"], RU, "15"),
        # a protest lodged in the clause, the drill it answers named in its sentence
        ("112", ["Japan lodged a protest", "Japan lodged a protest over the war games."], RU, "15"),
        ("070", ["Egypt sent rescue teams to help victims of the floods"], EG, "DIS-FLOOD"),
        (
            "073",
            ["Turkey flew tents to survivors of the earthquake"],
            frozenset({"TR"}),
            "DIS-QUAKE",
        ),
        ("033", ["Manila offered help to the crew after the collision"], PH, "DIS-COLLISION"),
        # a crowd's own disapproval stays its protest's (the row before these)
        ("111", ["Thousands of protesters condemned the drills"], NONE, "14"),
    ],
)
def test_an_act_told_at_a_compatible_root_is_merged_as_it(
    code: str, texts: list[str], countries: frozenset[str], merged: str
) -> None:
    assert merged_as(code, texts, countries) == merged


@pytest.mark.parametrize(
    ("code", "texts"),
    [
        # near misses: a disapproval of no show of force, the verb "exercise" of restraint
        ("111", ["NATO condemned the arrests of election monitors"]),
        ("111", ["The UN criticised the strike and urged both sides to exercise restraint"]),
        ("130", ["Moscow warned it would cut gas supplies"]),
        # aid naming no hazard, and a hazard named by no aid row's act
        ("070", ["Egypt sent food and fuel to Gaza"]),
        # a clause with no giver is no act of aid, whatever the reader coded
        ("070", ["Some 9,000 people who lost their homes in the floods were living in camps"]),
        ("042", ["The president visited the flooded town"]),
    ],
)
def test_an_act_of_another_kind_keeps_its_root(code: str, texts: list[str]) -> None:
    assert merged_as(code, texts, NONE) is None


def test_aid_is_merged_as_a_hazard_only_when_its_own_clause_names_it() -> None:
    clause = "Kenya sent relief supplies to Kasese"
    beside = [clause, clause + ", where floods hit last month."]
    assert merged_as("070", beside, frozenset({"KE"})) is None
    assert merged_as("070", [clause + " for flood victims"], frozenset({"KE"})) == "DIS-FLOOD"


def _happenings(store_url: str, geoparser: Geoparser, tmp_path: Path, reports: list[dict]):
    """Ingest ``reports``; each (URL slug, CAMEO root) -> the happening of that event."""
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    pipe.ingest([path])
    return {
        (r["url"].rsplit("/", 1)[1], r["event_code"]): r["happening_id"]
        for r in pipe.store.event_rows()
    }


DRILL = [
    article(
        "drill",
        "2025-03-04",
        "Russian troops began tactical nuclear drills in the Leningrad region on Tuesday, the "
        "defence ministry said.",
        "Neva Wire",
    ),
    article(
        "condemned",
        "2025-03-04",
        "BRUSSELS — NATO on Tuesday condemned the Russian tactical nuclear weapons exercises "
        "that began in the Leningrad region as reckless.",
        "Brussels Daily",
    ),
    # near miss: the same words three days on are another day's condemnation
    article(
        "friday",
        "2025-03-07",
        "BRUSSELS — NATO on Friday condemned the Russian tactical nuclear weapons exercises "
        "that began in the Leningrad region as reckless.",
        "Brussels Daily",
    ),
]


def test_a_condemnation_of_a_drill_joins_the_drill(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = _happenings(store_url, geoparser, tmp_path, DRILL)
    assert of["condemned", "11"] == of["drill", "15"]
    assert of["friday", "11"] != of["drill", "15"]


FLOOD = [
    article(
        "flood",
        "2025-06-10",
        "Flash floods swept through the town of Kasese in western Uganda on Tuesday, killing "
        "at least 20 people.",
        "Rwenzori Post",
    ),
    article(
        "aid",
        "2025-06-11",
        "KAMPALA — Kenya sent rescue teams and relief supplies to Kasese on Wednesday to help "
        "victims of the floods.",
        "Lake Wire",
    ),
    # near miss: relief sent a week later is its own act
    article(
        "later",
        "2025-06-18",
        "KAMPALA — Kenya sent relief supplies to Kasese on Wednesday for people left "
        "homeless by the floods.",
        "Lake Wire",
    ),
]


def test_aid_for_a_floods_victims_joins_the_flood_but_not_a_week_later(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = _happenings(store_url, geoparser, tmp_path, FLOOD)
    assert of["aid", "07"] == of["flood", "DIS-FLOOD"]
    assert of["later", "07"] != of["flood", "DIS-FLOOD"]
