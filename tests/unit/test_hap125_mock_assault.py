"""Session 94, hap125: forces storming or attacking a mock or simulated enemy are at drill,
a show of force (CAMEO §150), not a real assault (§190). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "Paratroopers stormed mock enemy trenches near Pskov on Wednesday.",
        "Marines attacked simulated targets on the coast of Sardinia on Wednesday.",
    ],
)
def test_an_assault_on_a_mock_enemy_is_a_drill(extract: Extract, body: str) -> None:
    events = extract(body)
    assert real(events, "15"), [code(e) for e in events]
    assert not real(events, "19"), [code(e) for e in events]


def test_a_real_storming_stays_an_assault(extract: Extract) -> None:
    events = extract("Paratroopers stormed the rebel trenches near Goma on Wednesday.")
    assert real(events, "19"), [code(e) for e in events]
