"""Where an act goes when the dateline or a destination is no place of it (newuser64's
report, stop 64): a measure two foreign governments enact (CAMEO 1.1b3 ch. 16) is not at a
bureau's city, and a trip called off is not at its destination. Sentences written for these
tests, with near misses that keep their places. Publication is Thursday 2026-06-18."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_joint_sanction_by_other_countries_is_not_at_the_dateline(extract: Extract) -> None:
    body = "BEIRUT, Lebanon (AP) — Canada and Australia froze the assets of Russian bankers on Tuesday."
    events = rooted(extract(body), "16")
    assert events
    assert all(where(e)[1] != "LB" for e in events)


def test_a_joint_sanction_by_the_datelines_country_stays_there(extract: Extract) -> None:
    body = "OTTAWA (AP) — Canada and Australia froze the assets of Russian bankers on Tuesday."
    events = rooted(extract(body), "16")
    assert events
    assert all(where(e)[1] == "CA" for e in events)


@pytest.mark.parametrize(
    "body",
    [
        "MANILA, Philippines (AP) — The president postponed his state visit to Japan on Tuesday.",
        "MANILA, Philippines (AP) — The president called off a trip to Japan on Tuesday.",
    ],
)
def test_a_trip_called_off_is_not_at_its_destination(extract: Extract, body: str) -> None:
    events = extract(body)
    assert events
    assert all(where(e)[1] != "JP" for e in events)


def test_a_trip_made_is_at_its_destination(extract: Extract) -> None:
    body = "MANILA, Philippines (AP) — The president made a trip to Japan on Tuesday."
    assert any(where(e)[1] == "JP" for e in extract(body))
