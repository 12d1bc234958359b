"""A place inside another act that talks are about is that act's, not the talks'
(``talks_topic.topic_act_place``, issue 16 recall: "Saudi Arabia hosted talks on the war in
Ukraine" was placed in Ukraine and missed the Riyadh report). Sentences written for these
tests (CAMEO 1.1b3 §040 codes the consulted, not the topic; ACLED codes the place where the
event took place)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2025, 9, 17)  # a Wednesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def talks_places(events: list[Event]) -> set[str | None]:
    """The place names of the consultations (CAMEO root 04) read."""
    return {
        e.location.place.name if e.location and e.location.place else None
        for e in events
        if e.event_type.code.startswith("04")
    }


@pytest.mark.parametrize(
    ("body", "war_zone", "host"),
    [
        (
            "Qatar hosted talks between Israel and Hamas on a ceasefire in Gaza on Tuesday.",
            "Gaza Strip",
            "Qatar",
        ),
        ("Turkey hosted talks on Tuesday to end the war in Ukraine.", "Ukraine", "Turkey"),
        (
            "Norway hosted talks between the two sides on Tuesday on ending the fighting in Yemen.",
            "Yemen",
            "Norway",
        ),
    ],
)
def test_hosted_talks_about_a_war_are_in_the_hosts_country(
    extract: Extract, body: str, war_zone: str, host: str
) -> None:
    places = talks_places(extract(body))
    assert places, body
    assert war_zone not in places
    assert host in places


def test_talks_about_a_war_with_no_venue_place_nothing_there(extract: Extract) -> None:
    places = talks_places(extract("France and Germany held talks on the war in Sudan on Tuesday."))
    assert places
    assert "Sudan" not in places


@pytest.mark.parametrize(
    ("body", "venue"),
    [
        # the venue told before the topic
        ("The envoys met in Geneva on Tuesday to discuss the fighting in Sudan.", "Geneva"),
        # a topic with no place of its own
        ("The two leaders held talks on Tuesday in Ankara about the ceasefire.", "Ankara"),
        ("Zelensky met Macron in Kyiv on Tuesday to discuss the war.", "Kyiv"),
        # a date after "on" opens no topic: the venue follows it
        ("The foreign ministers held talks on Tuesday in Riyadh.", "Riyadh"),
    ],
)
def test_a_venue_stays_the_talks_place(extract: Extract, body: str, venue: str) -> None:
    assert venue in talks_places(extract(body))


def test_a_material_act_keeps_its_place(extract: Extract) -> None:
    events = extract("Israeli jets struck a fuel depot in Hodeidah on Tuesday.")
    assert any(
        e.location and e.location.place and e.location.place.country_code == "YE"
        for e in events
        if e.event_type.code.startswith("19")
    )
