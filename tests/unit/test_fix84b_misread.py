"""Confident wrong cards a fresh user found (test 84), mended by general rules; the sentences
are written for these tests. A capitalised month in a date phrase is no protest march (TimeML
TIMEX3; CAMEO 1.1b3 §082), a vessel escorted to an anchorage is brought in, not protected
(§074), an airline's cancelled flights stay outside politics when the only material trigger is
another clause's, and a port closed by no one named is no §172 sanction (CAMEO 1.1b3 §1)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2025, 8, 4)  # a Monday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code or "" for e in events]


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("BAGHDAD — Grain shipments from the northern province were stopped in March 2024.", "08"),
        (
            "OSLO — The detained tanker was escorted by a navy frigate to an anchorage near Bergen.",
            "07",
        ),
        (
            "MANILA — Two airlines cancelled flights to Cebu on Friday, and the port of Ormoc was closed for the day.",
            "16",
        ),
        ("MANILA — The airport in Davao was closed on Sunday.", "17"),
        ("MANILA — The main highway to the north was closed on Sunday.", "17"),
    ],
)
def test_no_card_of_that_root(extract: Extract, sentence: str, root: str) -> None:
    assert not [c for c in codes(extract(sentence)) if c.startswith(root)]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # the protest noun in lower case, and a month that is no object
        ("BAGHDAD — Police halted a march through the capital in April.", "175"),
        ("BAGHDAD — Organisers called off the march on Sunday.", "082"),
        # an escort through waters is still protection
        ("OSLO — Navy frigates escorted the convoy through the strait near Bergen.", "074"),
        # a closure whose agent is named keeps its sanction
        ("MANILA — The main road to the capital was closed by soldiers on Sunday.", "172"),
        ("MANILA — The opposition newspaper was closed on Sunday.", "172"),
        # a state's flights cut are still reduced relations
        ("MANILA — The government suspended flights to Beijing on Sunday.", "160"),
        ("MANILA — Authorities closed the airport in Davao on Sunday.", "172"),
        # a border is closed by a state alone, agent named or not
        ("MANILA — The border with Malaysia was closed on Sunday.", "172"),
    ],
)
def test_near_misses_keep_their_card(extract: Extract, sentence: str, code: str) -> None:
    assert code in codes(extract(sentence))
