"""A state's officials expelled are a cut in relations (CAMEO 1.1b3 §166), not §174's
individuals deported (``mission_staff.staff_expelled``): one outlet's "decision to expel nine
Italian officials" was read §174 and merged with another outlet's earlier detention (§173) in
one happening. Reports written for these tests, with near misses that stay §174."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.unit.happening_reports import article

REPORTS = [
    article(
        "ban",
        "2025-06-10",
        "VIENNA - Austria on Monday declared nine staff of the Italian defence ministry persona "
        "non grata, its foreign ministry said. It said the step answered the detention of an "
        "Austrian consular agent in Italy.",
        "Wire A",
    ),
    article(
        "row",
        "2025-06-11",
        "Vienna's decision yesterday to expel nine Italian officials followed the detention in "
        "Italy of an Austrian consular agent. Ties had improved after a ministerial visit to "
        "Vienna in May.",
        "Paper B",
    ),
]


def test_officials_expelled_are_no_deportation_and_stay_apart_from_the_arrest(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    pipe.ingest([path])
    rows = pipe.store.event_rows()
    expelled = next(r for r in rows if r["url"].endswith("/row") and "expel" in r["summary"])
    detained = next(r for r in rows if r["url"].endswith("/ban") and r["event_code"][:2] == "17")
    assert expelled["event_code"][:2] == "16"
    assert expelled["happening_id"] != detained["happening_id"]


@pytest.fixture(scope="module")
def code(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)

    def first_code(body: str) -> str:
        return extractor.extract(parse_article(f"date 2025-05-10\n{body}", path="t"))[0].event_code

    return first_code


@pytest.mark.parametrize(
    "sentence",
    [
        "Italy expelled nine Austrian workers on Friday.",  # no mission's staff
        "The party expelled two officials on Friday.",  # its own members, no state's
        "Hungary expelled a Dutch journalist on Friday.",
    ],
)
def test_other_expulsions_stay_deportations(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert code(sentence) == "174"


@pytest.fixture(scope="module")
def where(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)

    def first_place(body: str) -> str | None:
        ev = extractor.extract(parse_article(f"date 2025-05-10\n{body}", path="t"))[0]
        return ev.location.place.name if ev.location and ev.location.place else None

    return first_place


def test_the_place_of_the_act_answered_is_not_the_answers(where) -> None:  # type: ignore[no-untyped-def]
    # ``place_cues.EARLIER_ACT_IN``: the detention was in Italy; the expulsion was not
    text = (
        "Vienna's decision on Friday to expel nine Italian officials followed the detention in "
        "Italy of an Austrian consular agent."
    )
    assert where(text) != "Italy"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # near misses: the place is the act's own
        ("Police detained two men in Lyon on Friday following the attack.", "Lyon"),
        ("Crowds rallied in Lyon on Friday after the attack in the city.", "Lyon"),
    ],
)
def test_the_acts_own_place_stays(where, sentence: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert where(sentence) == place
