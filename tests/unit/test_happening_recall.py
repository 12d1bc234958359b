"""Reports of one happening that the rule once kept apart (issue 16, recall): each test is
one rule, with reports written for it. Store tests run on both backends (``store_url``)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import OTHER_ROOT, family, match
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

MOSUL = Spot("gn:99072", "Mosul", "city", 36.34, 43.13, "IQ", "IQ-NI", 1)
DAY = date(2024, 5, 6)


def _report(event_id: str, article: str, root: str, actors: frozenset[str] = frozenset()) -> Report:
    return Report(event_id, article, root, DAY, DAY, 1, MOSUL, actors)


# ---------------------------------------------------------------- 18 and 19: one violent act


def test_an_assault_and_a_fight_at_one_town_on_one_day_match_below_one_root() -> None:
    assault, fight = _report("e1", "a1", "18"), _report("e2", "a2", "19")
    same = match(_report("e3", "a3", "19"), fight)
    crossed = match(assault, fight)
    assert crossed is not None
    assert same is not None
    assert crossed.score == pytest.approx(same.score * OTHER_ROOT, abs=1e-3)
    assert "roots 18 and 19" in crossed.reason


@pytest.mark.parametrize(("a", "b"), [("14", "19"), ("17", "18"), ("15", "19")])
def test_roots_outside_the_family_of_violence_stay_apart(a: str, b: str) -> None:
    assert family(a) != family(b)
    assert match(_report("e1", "a1", a), _report("e2", "a2", b)) is None


ATTACK = [
    {"title": "Checkpoint attacked in Mosul", "date": "2024-05-07", "source": "River Post",
     "url": "https://river.example/checkpoint",
     "text": "MOSUL — Gunmen attacked a police checkpoint in Mosul on Monday, killing three "
             "officers."},
    {"title": "Clashes in Mosul", "date": "2024-05-07", "source": "Plains Herald",
     "url": "https://plains.example/clashes",
     "text": "Fighting broke out in Mosul on Monday as security forces battled gunmen at a "
             "checkpoint."},
    {"title": "Power cuts protest", "date": "2024-05-07", "source": "Plains Herald",
     "url": "https://plains.example/power",
     "text": "Hundreds of people protested in Mosul on Monday against power cuts."},
]  # fmt: skip


@pytest.mark.parametrize("one_batch", [True, False])
def test_an_attack_told_as_assault_and_as_fighting_is_one_happening_in_the_store(
    store_url: str, geoparser: Geoparser, tmp_path: Path, one_batch: bool
) -> None:
    # in one batch the rebuild groups them; in two the second ingest's refresh must find
    # the first report although its root (18) is not the newcomer's (19)
    pipe = Pipeline(Store(store_url), geoparser)
    batches = [ATTACK] if one_batch else [ATTACK[:1], ATTACK[1:]]
    for n, batch in enumerate(batches):
        path = tmp_path / f"batch{n}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in batch), encoding="utf-8")
        pipe.ingest([path])
    of = {(r["url"], r["event_code"][:2]): r["happening_id"] for r in pipe.store.event_rows()}
    assault = of[ATTACK[0]["url"], "18"]
    assert of[ATTACK[1]["url"], "19"] == assault
    assert of[ATTACK[2]["url"], "14"] != assault  # a protest that day is another happening
