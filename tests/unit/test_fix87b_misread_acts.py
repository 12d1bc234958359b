"""newuser87's classes of confident wrong cards, in our own sentences: an exchange of fire
read as coercion, a firefight as a meeting, an urged rejection as a rejection, a dam failure
as force, and the acts a condemnation or
an inquiry names with a day of their own left unread."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser

Read = list[tuple[str, date]]


@pytest.fixture(scope="module")
def read(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body: [
        (e.event_code or e.event_type.code, e.when.start)
        for e in extractor.extract(parse_article(f"date 2025-03-12\n{body}", path="t"))
    ]


def _codes(events: Read) -> list[str]:
    return [code for code, _ in events]


def test_soldiers_who_fired_first_fought_no_coercion(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ministry said Armenian soldiers fired first in the Sotk area of Gegharkunik "
        "province yesterday morning, forcing Azerbaijani troops to return fire."
    )
    assert _codes(read(text)) == ["193"]


def test_a_firefight_where_three_countries_meet_is_no_meeting(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The brief firefight last Tuesday in the Golden Triangle, where Laos, Myanmar and "
        "Thailand meet, has reopened an old quarrel."
    )
    assert [c[:2] for c in _codes(read(text))] == ["19"]


def test_near_miss_ministers_who_meet_still_meet(read) -> None:  # type: ignore[no-untyped-def]
    text = "The foreign ministers of Laos, Myanmar and Thailand met in Bangkok on Tuesday."
    assert [c[:2] for c in _codes(read(text))] == ["04"]


def test_a_rejection_urged_on_a_crowd_is_an_appeal(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Serbia's opposition leader addressed a huge crowd in the capital on Monday, urging "
        "European governments to reject the official count of the weekend's election."
    )
    assert [c[:2] for c in _codes(read(text))] == ["02"]


def test_near_miss_a_rejection_with_an_urging_after_stays(read) -> None:  # type: ignore[no-untyped-def]
    text = "The president rejected the plan on Monday, urging allies to stay calm."
    assert _codes(read(text))[0][:2] == "12"


@pytest.mark.parametrize(
    "text",
    [
        "The Arbaat dam near the eastern Sudanese city of Port Sudan collapsed early on "
        "Tuesday after days of heavy rain, flooding villages and forcing thousands from "
        "their homes, officials said.",
        "At least 40 people have died after the Arbaat Dam gave way on Sunday night and water "
        "swept into villages north of Port Sudan, the state government said.",
        "Aid agencies say some 50,000 people have been displaced in Red Sea state after a dam "
        "outside Port Sudan burst earlier this week, submerging farms.",
    ],
)
def test_a_dam_that_failed_is_a_flood(read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _codes(read(text)) == ["DIS-FLOOD"]


def test_near_miss_a_dam_that_failed_to_hold_a_vote_is_no_flood(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Dam Authority board failed to approve the budget on Monday."
    assert "DIS-FLOOD" not in _codes(read(text))


def test_an_attack_condemned_now_with_yesterday_is_told(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Secretary-General strongly condemns the attack yesterday against aid workers "
        "in the vicinity of Bunia, Ituri province, in which three aid workers were killed."
    )
    assert ("190", date(2025, 3, 11)) in read(text)


def test_near_miss_a_past_condemnation_keeps_its_day(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Secretary-General condemned the attack on Monday against aid workers."
    events = read(text)
    assert ("111", date(2025, 3, 10)) in events
    # the attack on aid workers is an act of its own since session 90 (``judged_force``),
    # dated to the week up to the condemnation, never to its Monday alone
    assert not [d for c, d in events if c.startswith("19") and d == date(2025, 3, 10)]


def test_a_crash_told_in_an_inquiry_is_a_transport_disaster(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Investigators in Nepal are examining whether engine failure brought down the "
        "airliner that crashed on Sunday, killing 72 people."
    )
    assert ("DIS-TRANSPORT", date(2025, 3, 9)) in read(text)


def test_near_miss_an_undated_crash_in_an_inquiry_stays_the_inquiry(read) -> None:  # type: ignore[no-untyped-def]
    text = "Investigators are examining the cargo plane that crashed near the airport."
    assert "DIS-TRANSPORT" not in _codes(read(text))
