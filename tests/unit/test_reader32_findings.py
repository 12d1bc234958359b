"""reader32's own sentences (stop 42): who did what to whom and where, for a few constructions
a fresh user met (newuser19, newuser20). Each positive case failed on main; each near miss
beside it must stay as it was. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.events.tokens import tokenize
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _codes(events: list[Event]) -> list[str]:
    return [code(e) for e in events]


# ---------------------------------------------------------------- accented words


def test_an_accented_word_is_one_token() -> None:
    words = [t.text for t in tokenize("Peru recalled its chargé d'affaires and Félix spoke")]
    assert "chargé" in words and "Félix" in words


def test_ascii_tokens_are_unchanged() -> None:
    # near miss: initialisms, clitics, numbers and marks split as before
    words = [t.text for t in tokenize("U.S. troops didn't fire 3.5 km away_ —")]
    assert words == ["U.S.", "troops", "did", "n't", "fire", "3.5", "km", "away", "_", "—"]


@pytest.mark.parametrize(
    "body",
    [
        "LIMA - Peru expelled Bolivia's chargé d'affaires on Tuesday.",
        "LIMA - Peru expelled Bolivia's charge d'affaires on Tuesday.",
        "LIMA - Peru expelled the Bolivian military attaché on Tuesday.",
    ],
)
def test_a_charge_d_affaires_expelled_is_a_diplomat_expelled(extract: Extract, body: str) -> None:
    assert "166" in _codes(extract(body))


@pytest.mark.parametrize(
    "body",
    [
        "LIMA - Peru expelled three Bolivian traders on Tuesday.",
        "LIMA - Peru expelled a Bolivian man on a charge of smuggling on Tuesday.",
    ],
)
def test_people_expelled_on_a_charge_are_no_diplomats(extract: Extract, body: str) -> None:
    # near misses: people who are no envoys, and "charge" as a legal charge
    codes = _codes(extract(body))
    assert "166" not in codes and "174" in codes
