"""A date in a noun's "of" phrase after the act dates that noun, not the act: "said the march
was about the budget vote of 4 February" keeps February off the march (Quirk et al. 1985
§17.37, TimeML TLINK IS_INCLUDED to the nominal); a time head ("the night of", "the early
hours of") makes one time expression with the date, which stays the act's. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "roots", "other"),
    [
        (
            "The farmers' union had said the march was also about the contested budget vote"
            " of 4 February.",
            ("14",),
            date(2026, 2, 4),
        ),
        (
            "Students marched through Dakar on Tuesday. The organisers said the protest was"
            " about the disputed election of 12 January.",
            ("14",),
            date(2026, 1, 12),
        ),
    ],
)
def test_an_of_phrase_date_is_its_nouns(extract, body: str, roots: tuple, other: date) -> None:
    events = rooted(extract(body), *roots)
    assert events
    assert all(e.date_start != other for e in events)


@pytest.mark.parametrize(
    ("body", "roots", "day"),
    [
        ("Rebels attacked the town of Beni on the night of 4 May.", ("19", "18"), date(2026, 5, 4)),
        ("Troops shelled the village in the early hours of 6 May.", ("19",), date(2026, 5, 6)),
        ("Rebels attacked the port of Kismayo on 2 June.", ("19", "18"), date(2026, 6, 2)),
    ],
)
def test_a_time_heads_of_phrase_stays_the_acts(extract, body: str, roots: tuple, day: date) -> None:
    events = rooted(extract(body), *roots)
    assert [e.date_start for e in events] == [day]
