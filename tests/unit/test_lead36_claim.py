"""The lead's own sentences (stop 36): "did not claim any attack" asserts no attack, so the
attack stays negated (a fresh user saw a denied rocket attack drawn as having happened);
"did not claim the attack" still presupposes the attack (FactBank's factives), so it is real.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "text",
    [
        "The militia did not claim any rocket attack on Tiberias, its spokesman said on Friday.",
        "Rebels have not claimed an attack on the convoy near Bunia, the army said on Friday.",
    ],
)
def test_no_attack_is_claimed_under_any(extract: Extract, text: str) -> None:
    events = extract(text)
    assert rooted(events, "18", "19", "20")
    assert not real(events, "18", "19", "20")


def test_the_attack_not_claimed_still_happened(extract: Extract) -> None:
    events = extract(
        "The militia did not claim the rocket attack on Tiberias, its spokesman said on Friday."
    )
    assert real(events, "18", "19", "20")
