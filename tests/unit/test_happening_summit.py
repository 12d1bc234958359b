"""A summit told as "sat down with" is a consultation (CAMEO 040) like "held talks" and
"hosted", so its report joins the others; the next day's talks of one of its parties in the
same city stay apart. Sentences written for these tests."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dashboard.events.cameo import WEAK, triggers
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store


def _main_code(sentence: str) -> str | None:
    strong = [t for t in triggers(sentence) if t.weight > WEAK]
    return strong[0].code if strong else None


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The Kenyan president sat down with his Ugandan counterpart in Nairobi on Friday.", "040"),
        ("The prime minister sits down with the king every Tuesday.", "040"),
        # the phrase outranks a later verb of the same weight: the talks are the news
        ("The two ministers sat down with each other but announced no ceasefire.", "040"),
    ],
)
def test_sitting_down_with_a_counterpart_is_a_consultation(sentence: str, code: str) -> None:
    assert _main_code(sentence) == code[:2]


@pytest.mark.parametrize(
    "sentence",
    [
        "The president sat down for an interview on Friday.",  # no counterpart: no talks
        "Protesters sat down in the road outside parliament.",
    ],
)
def test_sitting_down_without_a_counterpart_is_no_consultation(sentence: str) -> None:
    assert _main_code(sentence) != "04"


SUMMIT = [
    {
        "title": "Lusaka hosts Lilongwe",
        "date": "2025-03-14",
        "source": "Copperbelt Wire",
        "url": "https://copperbelt.example/host",
        "text": "Zambia's president hosted Malawi's president in Lusaka on Friday for talks on "
        "their shared railway.",
    },
    {
        "title": "Railway talks",
        "date": "2025-03-15",
        "source": "Lakeside Post",
        "url": "https://lakeside.example/talks",
        "text": "Malawi's president sat down with Zambia's president in Lusaka on Friday to "
        "discuss the railway.",
    },
    {
        "title": "Next day in Lusaka",
        "date": "2025-03-15",
        "source": "Lakeside Post",
        "url": "https://lakeside.example/next",
        "text": "Malawi's president sat down with Tanzania's president in Lusaka on Saturday.",
    },
]


def test_a_summit_told_as_sat_down_with_joins_the_hosted_one_but_not_the_next_day_s(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "summit.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in SUMMIT), encoding="utf-8")
    pipe.ingest([path])
    of = {
        r["url"]: r["happening_id"] for r in pipe.store.event_rows() if r["event_code"][:2] == "04"
    }
    hosted, sat, next_day = (of.get(r["url"]) for r in SUMMIT)
    assert sat is not None
    assert hosted == sat
    assert next_day is not None
    assert next_day != hosted


LUSAKA = Spot("gn:909137", "Lusaka", "city", -15.41, 28.28, "ZM", "ZM-09", 1)


def _talks(n: int, countries: tuple[str, ...], day: int = 14) -> Report:
    on = date(2025, 3, day)
    return Report(f"e{n}", f"a{n}", "04", on, on, 1, LUSAKA, countries=frozenset(countries))


def test_meetings_of_other_parties_are_refused_but_a_bilateral_within_a_summit_is_not() -> None:
    assert match(_talks(1, ("ZM", "MW")), _talks(2, ("MW", "TZ"), day=15)) is None
    assert match(_talks(1, ("ZM", "MW")), _talks(2, ("MW", "TZ"))) is None  # one day, two talks
    assert match(_talks(1, ("ZM", "MW", "TZ")), _talks(2, ("MW", "ZM"))) is not None
    assert match(_talks(1, ("ZM", "MW")), _talks(2, ("MW",))) is not None  # one party named
