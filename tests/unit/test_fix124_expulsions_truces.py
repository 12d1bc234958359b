"""Diplomats expelled after a partitive "of" (CAMEO 1.1b3 §166, §161 note) and a truce told by
the firing or fighting stopped, merged as the ceasefire (``merged_as.csv``, §0871).

Own sentences on other topics than the reports that showed the gaps."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.happenings.merged_as import merged_as
from dashboard.places.geoparser import Geoparser
from tests.unit.happening_reports import article, ingest
from tests.unit.reading import code, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "Lima expelled three of the neighbouring country's diplomats on Tuesday.",
        "Bolivia expelled two of the Chilean government's envoys over the water dispute.",
    ],
)
def test_diplomats_named_after_a_partitive_of_are_expelled_at_166(extract, body: str) -> None:
    assert [code(e) for e in real(extract(body), "16", "17")] == ["166"]


@pytest.mark.parametrize(
    "body",
    [
        # persons of no mission, expelled beside an embassy or a diplomat named elsewhere
        "Police expelled dozens of squatters camped outside the embassy.",
        "The school expelled two of the students who insulted the ambassador's son.",
    ],
)
def test_an_expulsion_of_persons_of_no_mission_is_no_166(extract, body: str) -> None:
    assert not [e for e in extract(body) if code(e).startswith("166")]


@pytest.mark.parametrize(
    ("code_", "clause", "merged"),
    [
        ("0356", "The two militias agreed to stop all firing along the river from dawn", "08"),
        ("0356", "The clans pledged to stop fighting over the wells", "08"),
        ("057", "The factions signed a deal to cease hostilities in the valley", "08"),
        # near misses: an attack given up that is no firing or fighting, a fight of no arms
        ("0356", "The sides agreed to stop targeting each other's power plants", None),
        ("0356", "The army vowed to withdraw two brigades from the border", None),
    ],
)
def test_a_truce_told_by_the_firing_stopped_is_merged_as_the_truce(
    code_: str, clause: str, merged: str | None
) -> None:
    assert merged_as(code_, [clause], frozenset({"SD"})) == merged


TRUCE = [
    article(
        "truce",
        "2025-04-08",
        "Rival militias in Tripoli declared a ceasefire on Tuesday after a week of clashes.",
        "Coast Wire",
    ),
    article(
        "stop",
        "2025-04-08",
        "The rival militias in Tripoli agreed on Tuesday to stop all firing in the capital.",
        "Desert Daily",
    ),
]


def test_the_firing_stopped_and_the_ceasefire_declared_are_one_happening(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = ingest(store_url, geoparser, tmp_path, TRUCE)
    assert of["stop"]["happening_id"] == of["truce"]["happening_id"]
