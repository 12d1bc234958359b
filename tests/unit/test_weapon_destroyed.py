"""What a missile or drone destroyed was struck (CAMEO 1.1b3 §195 employ aerial weapons); only
what people destroyed by hand is §1712 destroy property (issue 16, recall: one strike told as
"hit" by one outlet and as "destroyed" by another). Sentences written for these tests."""

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
    return lambda body: extractor.extract(parse_article(f"date 2025-04-12\n{body}", path="t"))


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("A cruise missile destroyed a school in Kharkiv on Friday.", "195"),
        ("Drones damaged a power station near Odesa on Friday.", "195"),
        # near misses: people destroyed it, or the weapon is what was destroyed
        ("Soldiers destroyed houses in the village on Friday.", "1712"),  # §1712 (stop 42)
        ("Rebels destroyed a missile depot on Friday.", "1712"),  # §1712 (stop 42)
    ],
)
def test_what_a_weapon_destroyed_was_struck(extract: Extract, sentence: str, code: str) -> None:
    assert [e.event_code for e in extract(sentence)] == [code]
