"""A clause joined by ", and" whose subject is a title and a name (stop 80, fix80b; user
report 80, min/06): "X congratulated Y, and U.S. Secretary of State Marco Rubio said
Washington ..." is two clauses (Quirk et al. 1985, 13.1), so the second's sides and places
are not the congratulation's. Sentences written for these tests, with near misses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.events.joined_titled import titled_subject_at
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2025, 5, 4)  # a Sunday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


@pytest.mark.parametrize(
    ("body", "foreign"),
    [
        (
            "OTTAWA (Reuters) - Japanese Prime Minister Shigeru Ishiba congratulated the new "
            "premier on Sunday, and British Foreign Secretary David Lammy said London looked "
            "forward to closer ties.",
            "GB",
        ),
        (
            "CANBERRA (Reuters) - Indian Prime Minister Narendra Modi praised the new "
            "government, and French President Emmanuel Macron said Paris would deepen its "
            "partnership.",
            "FR",
        ),
    ],
)
def test_the_joined_clauses_country_is_not_the_first_acts(
    extract: Extract, body: str, foreign: str
) -> None:
    first = extract(body)[0]
    assert first.event_code == "051"
    assert first.roles.target_country != foreign
    assert first.location is None or first.location.place.country_code != foreign


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Li Wei praised Bo, and U.S. Secretary of State Jane Roe said Washington agreed.", 17),
        ("Troops shelled the town, and Prime Minister Keir Starmer condemned it.", 23),
        # near misses: a list of towns, a verb straight after "and", an object of names
        ("Troops shelled Bakhmut, Lyman and Kupiansk, and killed four.", None),
        ("Police arrested the leaders of Hamas and Islamic Jihad.", None),
        ("Ministers met in Paris, and Foreign Minister Anna Lee of Canada", None),
    ],
)
def test_titled_subject_at(text: str, cut: int | None) -> None:
    assert titled_subject_at(text, 0, len(text)) == (len(text) if cut is None else cut)
