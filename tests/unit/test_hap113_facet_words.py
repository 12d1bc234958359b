"""Two facet rows of ``data/lexicon/merged_as.csv`` read more of the words that tell their act
(``happenings.merged_as``): a repression (CAMEO 1.1b3 §175) told by a crowd-control means,
tear gas or a water cannon, is its crowd's protest (14) though the crowd is named only by its
trade; a condemnation or accusation (§11) whose clause tells the strike by its verb
("accused the militia of attacking", "condemned the firing by its troops on") is the strike
(19), as the row already read it by its noun. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.happenings.merged_as import merged_as
from dashboard.places.geoparser import Geoparser
from tests.unit.happening_reports import article, ingest

GH, ML, KE = frozenset({"GH"}), frozenset({"ML"}), frozenset({"KE", "SO"})


@pytest.mark.parametrize(
    ("code", "texts", "countries", "merged"),
    [
        ("175", ["Riot police fired tear gas at nurses outside the health ministry"], GH, "14"),
        ("175", ["Police turned a water cannon on lorry drivers near the port"], GH, "14"),
        ("175", ["Officers fired rubber bullets at miners in the square"], GH, "14"),
        ("1123", ["Mali's army accused the rebels of attacking a convoy near Kidal"], ML, "19"),
        ("111", ["Kenya condemned the firing by Somali militants on a police post"], KE, "19"),
        ("112", ["Chad accused Sudanese troops of targeting a border post with drones"], ML, "19"),
    ],
)
def test_the_acts_words_make_the_facet(
    code: str, texts: list[str], countries: frozenset[str], merged: str
) -> None:
    assert merged_as(code, texts, countries) == merged


@pytest.mark.parametrize(
    ("code", "texts", "countries", "told"),
    [
        # a dismissal is a firing that hits no one; a speaker of no country; force on rebels
        ("111", ["The union condemned the firing of the central bank governor"], GH, ()),
        ("112", ["Critics accused the rebels of attacking a convoy"], frozenset(), ()),
        ("175", ["The army crushed a rebellion in the hills"], GH, ()),
        # the article tells the attack itself: its own event carries it
        ("1123", ["Mali's army accused the rebels of attacking a convoy"], ML, ("11", "19")),
        # a word of neither row: a march by its verb alone may be troops'
        ("175", ["Soldiers fired on men who marched into the town"], GH, ()),
    ],
)
def test_other_words_keep_the_readers_root(
    code: str, texts: list[str], countries: frozenset[str], told: tuple[str, ...]
) -> None:
    assert merged_as(code, texts, countries, frozenset(told)) is None


CROWD = [
    article(
        "strike",
        "2025-06-10",
        "ACCRA — Thousands of striking nurses marched on the health ministry in Accra on "
        "Tuesday, demanding unpaid allowances.",
        "Coast Courier",
    ),
    article(
        "gas",
        "2025-06-10",
        "Riot police fired tear gas at nurses outside the health ministry in Accra on Tuesday.",
        "Volta Post",
    ),
    # near miss: the same force on the same street three days on
    article(
        "friday",
        "2025-06-13",
        "Riot police fired tear gas at nurses outside the health ministry in Accra on Friday.",
        "Volta Post",
    ),
]


def test_force_told_by_its_means_joins_the_protest_of_its_day(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = ingest(store_url, geoparser, tmp_path, CROWD)
    assert of["gas"]["happening_id"] == of["strike"]["happening_id"]
    assert of["friday"]["happening_id"] != of["strike"]["happening_id"]
