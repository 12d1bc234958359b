"""Session 92, fix129: what a natural hazard does is its reach or its loss, not an actor's
force or coercion. Waves, lava or ash that strike or destroy are the hazard (UNDRR Hazard
Information Profiles 2021; CAMEO 1.1b3 §17-20 code actors' acts), and property destroyed with
no doer later in a disaster story is the disaster's loss (EM-DAT). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _coercive(events: list) -> list[str]:
    return [code(e) for e in events if code(e)[:2] in ("17", "18", "19", "20")]


@pytest.mark.parametrize(
    "body",
    [
        "Waves of up to six metres struck the harbour of Apia on Sunday.",
        "Giant waves hit fishing villages on the coast of Sulawesi on Monday.",
        "Lava flows destroyed a school and two churches on Tuesday.",
    ],
)
def test_a_hazards_matter_is_no_actor(extract: Extract, body: str) -> None:
    assert _coercive(extract(body)) == []


def test_agentless_damage_later_in_a_disaster_story_is_its_loss(extract: Extract) -> None:
    body = (
        "A cyclone struck Vanuatu on Friday. Four people were confirmed dead on Saturday, "
        "officials said. Most homes on Tanna were destroyed, and all houses on Erromango "
        "were damaged."
    )
    events = extract(body)
    assert _coercive(events) == []
    assert [code(e) for e in events if code(e).startswith("DIS-")]


@pytest.mark.parametrize(
    "body",
    [
        "Rockets struck the harbour of Sidon on Sunday.",
        "Militants hit an army post near the coast on Monday, the army said.",
    ],
)
def test_arms_that_strike_stay_force(extract: Extract, body: str) -> None:
    assert [c for c in _coercive(extract(body)) if c[:2] in ("18", "19", "20")]


def test_damage_after_an_attack_stays_the_attacks(extract: Extract) -> None:
    body = (
        "An earthquake shook the province on Monday. Gunmen attacked the town of Jos on "
        "Friday. Dozens of shops were burned down."
    )
    assert [c for c in _coercive(extract(body)) if c[:2] in ("18", "19", "20", "17")]
