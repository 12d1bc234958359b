"""Where a military exercise is (hap60, issue 16): an exercise held "over" or "across" a sea
was placed in the doer's country, as if the sea were a missile's path, and a drill a foreign
force held with the dateline country's forces, naming no place, was placed in the foreign
doer's country. ACLED codes an event to where it took place; CAMEO 1.1b3 §15. Every sentence
here was written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article("date 2024-03-06\n\n" + body, path="t"))


def _show_of_force(events: list[Event]) -> Event:
    (e,) = [e for e in events if (e.event_code or e.event_type.code)[:2] == "15"]
    return e


def _place(e: Event) -> str:
    return e.location.place.name if e.location and e.location.place else ""


@pytest.mark.parametrize(
    ("text", "sea"),
    [
        ("Polish fighters held an exercise over the Baltic Sea on Tuesday.", "Baltic Sea"),
        ("Greek warplanes staged manoeuvres across the Aegean Sea on Monday.", "Aegean Sea"),
    ],
)
def test_an_exercise_is_placed_at_the_sea_it_is_held_over(
    extract: Extract, text: str, sea: str
) -> None:
    assert _place(_show_of_force(extract(text))) == sea


@pytest.mark.parametrize(
    ("text", "home"),
    [
        # a projectile's path stays a path (``place_cues.PATH_BEFORE``)
        ("China fired a rocket over the Yellow Sea on Tuesday.", "China"),
        # a drill whose words up to the sea name a projectile: the missiles' path
        (
            "Russia held a drill in which missiles were fired over the Baltic Sea on Tuesday.",
            "Russia",
        ),
    ],
)
def test_a_projectile_over_a_sea_is_still_its_path(extract: Extract, text: str, home: str) -> None:
    assert _place(_show_of_force(extract(text))) == home


def test_a_foreign_drill_with_the_dateline_country_forces_is_in_that_country(
    extract: Extract,
) -> None:
    e = _show_of_force(
        extract("MANILA — US bombers flew a joint drill with Philippine fighters on Tuesday.")
    )
    assert _place(e) == "Philippines"


@pytest.mark.parametrize(
    "text",
    [
        # the doer is the dateline's own country
        "WASHINGTON — US bombers flew a drill with Philippine fighters on Tuesday.",
        # the dateline is neither party's
        "TOKYO — US bombers flew a joint drill with Philippine fighters on Tuesday.",
    ],
)
def test_a_drill_whose_partner_is_not_the_dateline_country_is_left_as_before(
    extract: Extract, text: str
) -> None:
    assert _place(_show_of_force(extract(text))) == "United States"
