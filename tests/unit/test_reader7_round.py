"""Place rules of reader7's round (Dec 2), each tested on sentences written for these tests
(none from an evaluation set), with near misses that must keep their old reading. Publication
is a Thursday, 2026-06-18."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, where

MONDAY = date(2026, 6, 15)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def told_in(events: list, words: str) -> list:
    """The events whose evidence sentence contains ``words``."""
    return [e for e in events if any(words in ev.text for ev in e.evidence)]


# ------------------------------------------------ the doers of an attack told before
RAID = "MOGADISHU (Reuters) — Gunmen killed nine people at a market in Baidoa on Monday.\n\n"


def test_the_assailants_carry_on_the_attacks_place_and_day(extract: Extract) -> None:
    events = told_in(extract(RAID + "The assailants set fire to several shops."), "shops")
    assert [where(e) for e in events] == [("Baidoa", "SO")]
    assert (events[0].date_start, events[0].date_end) == (MONDAY, MONDAY)


def test_other_gunmen_are_not_the_attacks_doers_near_miss(extract: Extract) -> None:
    events = told_in(extract(RAID + "Other gunmen set fire to several shops."), "shops")
    assert [where(e)[0] for e in events] == ["Mogadishu"]


def test_the_assailants_own_place_wins_near_miss(extract: Extract) -> None:
    body = RAID + "The assailants also set fire to shops in Kismayo."
    assert [where(e)[0] for e in told_in(extract(body), "shops")] == ["Kismayo"]


def test_attackers_after_a_protest_do_not_continue_it_near_miss(extract: Extract) -> None:
    body = (
        "MOGADISHU (Reuters) — Protesters marched in Baidoa on Monday.\n\n"
        "The attackers set fire to several shops."
    )
    events = told_in(extract(body), "shops")
    assert [code(e)[:2] for e in events] == ["18"]
    assert where(events[0])[0] == "Mogadishu"
