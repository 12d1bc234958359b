"""Confident wrong codes a fresh user found (test 80), mended by general rules; the sentences
are written for these tests. An election's "beat" is a vote won (WordNet 3.0 beat v. 1), a
barrier that gave way blocked no one (CAMEO 1.1b3 §144), a natural hazard's alert and relief
deployed are no force posture (§151/§152, §154)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2026, 3, 10)  # a Tuesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


def with_root(events: list[Event], roots: tuple[str, ...]) -> list[str]:
    return [c for c in codes(events) if c and c.startswith(roots)]


@pytest.mark.parametrize(
    ("sentence", "roots"),
    [
        # an election's "beat" and "defeat"
        (
            "The Civic Coalition won Poland's parliamentary election on Sunday, beating the "
            "ruling nationalist party of Prime Minister Jan Nowak.",
            ("18", "19"),
        ),
        (
            "The mayor was re-elected on Sunday after beating her rival in a runoff vote.",
            ("18", "19"),
        ),
        # a barrier that gave way
        (
            "A fire officer told journalists that barricades had collapsed under the weight of "
            "the pilgrims.",
            ("14",),
        ),
        (
            "Police said the barricades gave way as the crowd surged toward the river.",
            ("14",),
        ),
        ("The barricade broke when thousands of fans pushed forward, the mayor said.", ("14",)),
        # a natural hazard's alert
        (
            "Mount Sinabung erupted on Sunday. Officials raised the volcano's alert status to "
            "the highest level.",
            ("15",),
        ),
        (
            "The geological agency put the volcano on its highest alert after the eruption on "
            "Monday.",
            ("15",),
        ),
        (
            "Authorities raised the tsunami alert to the top level after the quake on Monday.",
            ("15",),
        ),
        # relief deployed
        (
            "The governor directed every available resource to be deployed to areas hit by "
            "the earthquake on Monday.",
            ("15",),
        ),
        (
            "The minister on Monday ordered relief supplies to be deployed to the flood-hit "
            "valley.",
            ("15",),
        ),
    ],
)
def test_misread_act_gives_no_card_of_that_root(
    extract: Extract, sentence: str, roots: tuple[str, ...]
) -> None:
    assert with_root(extract(sentence), roots) == []


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("Police beat protesters outside parliament on Sunday.", "17"),
        ("Government forces defeated the rebels in fighting near the border on Sunday.", "19"),
        ("Soldiers beat a voter outside a polling station during Sunday's election.", "18"),
        ("Protesters blocked the main highway into the capital on Monday.", "14"),
        ("Police set up barricades around parliament on Monday.", "14"),
        ("Protesters erected barricades across the main road on Monday.", "14"),
        ("The army raised its alert level along the border on Monday.", "15"),
        (
            "Troops were put on high alert near the volcano after rebels attacked a base on "
            "Monday.",
            "15",
        ),
        ("The president on Monday ordered troops to be deployed to the border.", "15"),
        ("The defence minister mobilised reservists on Monday as tensions rose.", "15"),
    ],
)
def test_near_miss_keeps_its_root(extract: Extract, sentence: str, root: str) -> None:
    assert with_root(extract(sentence), (root,))
