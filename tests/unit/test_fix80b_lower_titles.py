"""A lower-case governor or mayor before a name is a title (stop 80, fix80b; user report 80,
min/31): AP style lowercases a descriptive title before a name ("regional governor X", "local
mayor Y"), as it does "prime minister" and "president", so the name is the act's person.
Sentences written for these tests, with a near miss."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2024, 5, 13)  # a Monday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "KURSK, Russia (AP) - Regional governor Alexei Smirnov declared Monday a day of "
            "mourning.",
            "Alexei Smirnov",
        ),
        (
            "KURSK, Russia (AP) - Local mayor Ivan Petrov condemned the shelling on Sunday.",
            "Ivan Petrov",
        ),
    ],
)
def test_a_lower_case_governor_or_mayor_names_the_source(
    extract: Extract, body: str, person: str
) -> None:
    assert person in [e.roles.source for e in extract(body)]


def test_a_governor_with_no_name_after_is_no_person(extract: Extract) -> None:
    # "the governor Monday": a day after the title is its date (the rule as before)
    body = "KURSK, Russia (AP) - The regional governor Monday condemned the shelling."
    assert all(e.roles.source != "Monday" for e in extract(body))
