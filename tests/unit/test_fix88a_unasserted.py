"""Acts a sentence does not tell as done, or tells as another act (newuser88's confident wrong
cards, session 83, fix88a; ``unasserted_acts.py``, ``data/lexicon/unasserted_cues.csv`` and
cameo.csv's §016 gerund row). Every sentence here was written for these tests; each rule has
near misses that must not change."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, unreal


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _asserted(extract: Extract, body: str) -> list[str]:
    return [code(e) for e in extract(body) if not unreal(e)]


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        # 1. an act under a negated evidential verb is not asserted (FactBank)
        ("The Misrata brigade would not confirm that it had agreed to the ceasefire.", "03"),
        # 2. an act under a modal's permission is a possibility (TimeML MODAL)
        (
            "The senate in Bogota is drafting a bill that may allow guerrillas who lay down "
            "their arms to return to their villages.",
            "08",
        ),
        # 4. a protest answered was made before: no new protest
        ("Moscow has not replied to the Polish protest.", "14"),
        # 7. an event noun marked earlier is background
        ("Manila raised concerns with Hanoi over previous visits by Vietnamese warships.", "04"),
        # 18. troops defending ground: no verbal defence
        ("An army spokesman said soldiers were still defending the airport of Kismayo.", "05"),
        # 19. a patient's care is no visit hosted
        ("Officials said the detained journalist was receiving medical treatment in jail.", "04"),
        # 20. a body's own sitting postponed halts no negotiation
        ("The national assembly postponed its session on Tuesday.", "16"),
    ],
)
def test_no_card_of_that_root(extract: Extract, body: str, wrong: str) -> None:
    assert not [c for c in _asserted(extract, body) if c.startswith(wrong)]


def test_denied_gerund_is_a_denial(extract: Extract) -> None:
    # 3. "denied starting the blaze": a denial (§016), not a protest
    codes = _asserted(extract, "The students denied starting the blaze at the ministry.")
    assert codes == ["016"]


def test_riots_that_killed_are_riots(extract: Extract) -> None:
    # 21. a riot's deaths are §145, not conventional force
    codes = _asserted(extract, "Riots over the fuel price rise killed nine people in March 2023.")
    assert codes
    assert all(c == "145" for c in codes)


def test_deliveries_suspended_stop_aid(extract: Extract) -> None:
    # 22. deliveries stopped with no good named are aid stopped (§162), no sanction (§172)
    body = "UNICEF said it had suspended deliveries in the district until the fighting ends."
    assert _asserted(extract, body) == ["162"]


@pytest.mark.parametrize(
    ("body", "root"),
    [
        # near misses: the act is told
        ("The Misrata brigade confirmed that it had agreed to the ceasefire.", "03"),
        ("Hundreds of guerrillas laid down their arms in Antioquia on Monday.", "08"),
        ("Warsaw lodged a protest with Moscow over the expulsion of its diplomat.", "11"),
        ("Vietnamese warships visited Manila on Monday.", "04"),
        ("The government suspended talks with the rebels on Tuesday.", "16"),
        ("The minister defended the decision to close the border.", "05"),
        ("The president received the Kenyan foreign minister in Kampala.", "04"),
        ("The protesters denied the accusations.", "01"),
    ],
)
def test_told_acts_stay(extract: Extract, body: str, root: str) -> None:
    assert [c for c in _asserted(extract, body) if c.startswith(root)]
