"""Where an act's doers are based is not where they struck (``agent_base.agent_base_place``,
issue 16 recall: "Militants hiding in Afghanistan attacked a Pakistani army post" was placed
in Afghanistan and missed the report of the post attacked in Pakistan). Sentences written for
these tests (Quirk et al. 1985 §17.30-31: a participle after a noun postmodifies it; ACLED
codes an event where it took place)."""

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


def force_countries(events: list[Event], roots: tuple[str, ...] = ("18", "19")) -> set[str | None]:
    """The countries of the places read for the acts of force (CAMEO roots 18-19)."""
    return {
        e.location.place.country_code if e.location and e.location.place else None
        for e in events
        if e.event_type.code[:2] in roots
    }


@pytest.mark.parametrize(
    ("body", "base", "struck"),
    [
        ("Gunmen based in Syria attacked a Turkish border post on Tuesday.", "SY", "TR"),
        ("Militants hiding in Afghanistan attacked a Pakistani army post on Tuesday.", "AF", "PK"),
    ],
)
def test_a_base_abroad_is_not_the_place_struck(
    extract: Extract, body: str, base: str, struck: str
) -> None:
    countries = force_countries(extract(body))
    assert countries, body
    assert base not in countries
    assert struck in countries


@pytest.mark.parametrize(
    ("body", "country"),
    [
        # the base is a region of no other state than the act's: nothing sends the act away
        ("Militants based in Borno attacked a village on Tuesday.", "NG"),
        # the act's own place, told after its verb, was always the place
        ("Rebels operating from Congo attacked a village in western Uganda on Tuesday.", "UG"),
        # a victim's home, in a passive clause, is where the victims were struck
        ("Hamas leaders living in Qatar were targeted by Israeli strikes on Tuesday.", "QA"),
        # no participle of a base: the subject's place stays
        ("Gunmen in Syria attacked an army post on Tuesday.", "SY"),
    ],
)
def test_a_place_nothing_sends_elsewhere_stays(extract: Extract, body: str, country: str) -> None:
    assert country in force_countries(extract(body)), body


def test_a_show_of_force_keeps_where_the_troops_are(extract: Extract) -> None:
    # a base is the place of what its troops do there (CAMEO 1.1b3 §15, no target struck)
    events = extract("Troops based in Poland took part in drills on Tuesday.")
    assert "PL" in force_countries(events, ("15",))
