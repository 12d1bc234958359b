"""A subject's apposition of six or seven words, or one before a perfect passive's "been",
stays in the line with the subject it describes (Quirk et al. 1985, 17.65):
"Kharkiv, about 30 kilometres from the border, has been shelled" no longer loses "Kharkiv".
Sentences written for these tests (fix80c)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2024, 7, 20)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


@pytest.mark.parametrize(
    ("sentence", "opening"),
    [
        (
            "Kharkiv, about 30 kilometres from the border, has been shelled repeatedly since May.",
            "Kharkiv, about 30 kilometres",
        ),
        ("Kharkiv, a city of a million people, was shelled on Friday.", "Kharkiv, a city"),
        ("Sumy, a town near the border, has been shelled since June.", "Sumy, a town"),
    ],
)
def test_a_long_apposition_keeps_its_subject(extract: Extract, sentence: str, opening: str) -> None:
    (event,) = extract(sentence)
    assert event.summary.startswith(opening)


def test_a_subject_with_no_apposition_is_unchanged(extract: Extract) -> None:
    (event,) = extract("Kharkiv was shelled on Friday.")
    assert event.summary.startswith("Kharkiv was shelled")
