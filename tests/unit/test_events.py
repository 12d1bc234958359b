"""Event extraction on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body, pub="2024-03-14": extractor.extract(
        parse_article(f"date {pub}\n{body}", path="t")
    )


def test_days_after_resolves_through_the_anchor_event(extract) -> None:  # type: ignore[no-untyped-def]
    (visit, attack) = extract(
        "OSLO — The minister visited Bergen on Tuesday. She spoke three days after rebels attacked a convoy in Mali."
    )
    assert visit.when.start == date(2024, 3, 12)
    assert attack.event_type.code == "19"
    assert attack.when.start == date(2024, 3, 9)
    assert "three days after" in attack.when.reason


def test_future_events_are_planned(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract("PARIS — The two presidents will hold talks in Berlin next week.")
    assert "planned" in ev.flags
    assert (ev.when.start, ev.when.end, ev.when.precision) == (
        date(2024, 3, 18),
        date(2024, 3, 24),
        2,
    )


def test_missile_launch_is_force_posture_located_at_the_sea(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract(
        "SEOUL — North Korea fired two ballistic missiles into the sea off its east coast on Monday."
    )
    assert ev.event_type.code == "15"
    assert ev.when.start == date(2024, 3, 11)
    assert "North Korea" in ev.actors


def test_earthquake_that_struck_is_not_a_fight(extract) -> None:  # type: ignore[no-untyped-def]
    # an earthquake is its own happening (a DIS- type beside CAMEO), never a fight
    assert [
        e.event_type.code
        for e in extract("ANKARA — A strong earthquake struck eastern Turkey on Monday.")
    ] == ["DIS-QUAKE"]


def test_a_magnitude_with_a_decimal_point_does_not_hide_the_quake(extract) -> None:  # type: ignore[no-untyped-def]
    # the hazard patterns stopped at any '.', so "magnitude 6.8" cut the sentence in two
    codes = [e.event_type.code for e in extract("A quake of magnitude 5.9 rocked Izmir on Monday.")]
    assert codes == ["DIS-QUAKE"]


def test_a_dateline_month_beside_its_day_is_no_protest_march(extract) -> None:  # type: ignore[no-untyped-def]
    codes = [
        e.event_type.code
        for e in extract("Lima, March 11 - A landslide buried homes near Cusco on Sunday.")
    ]
    assert codes == ["DIS-LANDSLIDE"]
    (march,) = extract("Hundreds of nurses march in Lima on Monday over unpaid wages.")
    assert march.event_type.code == "14"


def test_no_publication_date_keeps_only_explicit_dates(geoparser: Geoparser) -> None:
    article = parse_article(
        "---\ntitle: t\n---\nLIMA — Protesters marched in Lima on 3 May 2022. Police detained dozens on Friday.",
        path="t",
    )
    events = EventExtractor(geoparser).extract(article)
    assert [e.when.start for e in events] == [date(2022, 5, 3)]
    assert all("no_publication_date" in e.flags for e in events)


def test_same_happening_in_two_sentences_is_one_event(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(
        "TOKYO — Prime Minister Taro Aso visited Osaka on Monday. Aso toured the port of Osaka with officials on Monday."
    )
    assert len(events) == 1
    assert len(events[0].evidence) == 2
