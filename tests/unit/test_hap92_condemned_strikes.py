"""A condemnation or an accusation of a strike (CAMEO 1.1b3 §111, §112) by someone of a
country, whose own clause names the attack, a bombing or an aggression, joins the strike's
happening (``data/lexicon/merged_as.csv``, row 11 -> 19), only when its article does not tell
the strike itself (the row's ``alone`` condition): there the strike's own event carries the
article, and a second fight of one article would stand as a second happening of one act
(hap90's row, taken out for set X). Reports and sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.happenings.merged_as import merged_as
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.unit.happening_reports import article

SY, KH, RU = frozenset({"SY", "IL"}), frozenset({"KH", "TH"}), frozenset({"RU"})


@pytest.mark.parametrize(
    ("code", "texts", "countries"),
    [
        ("111", ["Damascus condemned the Israeli air strike on a depot near Homs"], SY),
        ("112", ["Cambodia accused Thai troops of an unprovoked aggression"], KH),
        ("111", ["Syria denounced the bombing of its port by Israeli jets"], SY),
    ],
)
def test_a_condemned_strike_is_merged_as_the_strike(
    code: str, texts: list[str], countries: frozenset[str]
) -> None:
    assert merged_as(code, texts, countries) == "19"


@pytest.mark.parametrize("told", [{"11", "19"}, {"11", "18"}, {"11", "20"}])
def test_not_when_its_article_tells_an_act_of_force_itself(told: set[str]) -> None:
    text = ["Damascus condemned the Israeli air strike on a depot near Homs"]
    assert merged_as("111", text, SY, frozenset(told)) is None


@pytest.mark.parametrize(
    ("code", "texts", "countries", "merged"),
    [
        # a drill condemned stays the show of force, a crowd's denunciation its protest
        ("111", ["NATO condemned the Russian exercises near the border"], RU, "15"),
        ("111", ["Thousands of protesters denounced the attack on the mosque"], RU, "14"),
        # near misses: a criticism of anything else, a launch (a show of force, §150), a
        # strike condemned by no one named, a labour strike (no attack named)
        ("111", ["The minister criticised the budget cuts"], RU, None),
        ("111", ["Tokyo condemned the launch of a ballistic missile"], RU, None),
        ("111", ["Critics condemned the attack on the depot"], frozenset(), None),
        ("111", ["The minister condemned the dockers' strike"], RU, None),
    ],
)
def test_other_disapprovals_keep_their_rows(
    code: str, texts: list[str], countries: frozenset[str], merged: str | None
) -> None:
    assert merged_as(code, texts, countries) == merged


def _happenings(store_url: str, geoparser: Geoparser, tmp_path: Path, reports: list[dict]):
    """Ingest ``reports``; each (URL slug, CAMEO root) -> the happening of that event."""
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    pipe.ingest([path])
    return {
        (r["url"].rsplit("/", 1)[1], r["event_code"][:2]): r["happening_id"]
        for r in pipe.store.event_rows()
    }


STRUCK = article(
    "struck",
    "2025-03-04",
    "Israeli jets struck a weapons depot near the Syrian city of Homs on Tuesday, a war "
    "monitor said.",
    "Levant Wire",
)
CONDEMNED = article(
    "condemned",
    "2025-03-04",
    "DAMASCUS — Syria's foreign ministry on Tuesday condemned the Israeli air strike on a "
    "depot near Homs as a violation of its sovereignty.",
    "Orontes Daily",
)
# near miss: a condemnation two days on is said on its own day, not the strike's
LATER = article(
    "later",
    "2025-03-06",
    "DAMASCUS — Syria's foreign ministry on Thursday condemned an Israeli air strike on "
    "a depot near Homs.",
    "Orontes Daily",
)


def test_a_condemnation_of_the_day_joins_the_strike(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = _happenings(store_url, geoparser, tmp_path, [STRUCK, CONDEMNED, LATER])
    # the condemned strike is read as an act of its own (``judged_force``, session 90), dated
    # to the condemnation's week, and joins the strike; the statement keeps its own card
    assert of["condemned", "19"] == of["struck", "19"]
    assert ("condemned", "11") in of
    assert of["later", "11"] != of["struck", "19"]
