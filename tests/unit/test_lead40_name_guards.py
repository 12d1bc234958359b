"""A firm or a person named like a storm is not the storm, and "hit back at critics" is a
retort (newuser18 on stop 40's storm-name rule: "Yagi Corp hit record profits" was read as
the typhoon). Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.events.storm_names import stands_alone
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _codes(extract: Extract, body: str) -> list[str]:
    return [e.event_type.code for e in extract(body)]


@pytest.mark.parametrize(
    "body",
    [
        "Typhoon Yagi weakened over Laos. Yagi Holdings hit a record high in Hanoi on Friday.",
        "Typhoon Shanshan moved north. Opposition leader Kenji Shanshan hit back at critics "
        "in Tokyo on Friday.",
    ],
)
def test_a_name_beside_another_capitalised_word_is_no_storm(extract: Extract, body: str) -> None:
    assert "DIS-STORM" not in _codes(extract, body)


def test_hitting_back_at_critics_is_no_force(extract: Extract) -> None:
    codes = _codes(extract, "The mayor hit back at critics of the housing plan in Osaka on Friday.")
    assert not [c for c in codes if c[:2] in ("18", "19")]


@pytest.mark.parametrize(
    ("sentence", "at"),
    [("Then Gaemi hit Fujian.", 5), ("On Tuesday Gaemi hit Fujian.", 11), ("Gaemi hit Fujian.", 0)],
)
def test_near_miss_a_bare_name_after_an_opener_or_a_day_stands_alone(
    sentence: str, at: int
) -> None:
    assert stands_alone(sentence, at)


def test_near_miss_the_bare_storm_still_strikes(extract: Extract) -> None:
    body = "Typhoon Gaemi hit Taiwan on Wednesday. Then Gaemi hit Fujian on Thursday."
    assert _codes(extract, body).count("DIS-STORM") == 2


def test_near_miss_troops_hitting_back_at_positions_is_still_force(extract: Extract) -> None:
    codes = _codes(extract, "The army struck back at rebels in Goma on Friday.")
    assert "19" in codes
