"""An act of force named by a definite noun with its own place and day, as the object of an
appeal or a demand (rel59, ``told_nouns``): a happening of its own, and its place and day are
not the appeal's. Every sentence here was written for these tests; published on Thursday
2025-06-12."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article("date 2025-06-12\n\n" + body, path="t"))


def _place(e: Event) -> str:
    return e.location.place.name if e.location and e.location.place else ""


def test_a_shooting_appealed_about_is_a_happening_of_its_week_and_place(
    extract: Extract,
) -> None:
    events = extract(
        "The governor appealed for witnesses to the shooting at a beach resort near Sousse"
        " earlier this week."
    )
    (shooting,) = [e for e in events if e.event_code == "180"]
    assert _place(shooting) == "Sousse"
    assert shooting.date_start >= date(2025, 6, 9)
    (appeal,) = [e for e in events if e.event_code == "020"]
    assert _place(appeal) != "Sousse"


def test_an_attack_asked_about_keeps_its_own_day(extract: Extract) -> None:
    events = extract(
        "Police asked for information about the attack on a bus in Kandahar on Sunday."
    )
    (attack,) = [e for e in events if (e.event_code or "").startswith("19")]
    assert attack.date_start == attack.date_end == date(2025, 6, 8)
    (appeal,) = [e for e in events if (e.event_code or "").startswith("02")]
    assert appeal.date_start != appeal.date_end or appeal.date_start != date(2025, 6, 8)


@pytest.mark.parametrize(
    "text",
    [
        # no day of its own
        "Police appealed for witnesses to the shooting at the festival.",
        # asked to end: no act done here
        "The UN demanded an end to the shooting in the camp on Monday.",
        # a plural: no one happening
        "Police appealed for witnesses to the attacks in Leeds on Tuesday.",
    ],
)
def test_near_misses_give_no_second_happening(extract: Extract, text: str) -> None:
    assert len(extract(text)) <= 1


def test_a_cause_in_an_after_clause_is_read_once(extract: Extract) -> None:
    events = extract("Egypt appealed for calm after the attack in Arish on Friday.")
    assert len([e for e in events if (e.event_code or "")[:2] in ("18", "19", "20")]) == 1
