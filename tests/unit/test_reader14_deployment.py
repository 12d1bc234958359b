"""reader14's own sentences for a deployment a state says it will make on its own soil
(stop 34): CAMEO 1.1b3 §154 (mobilize or increase armed forces), flagged planned, not §138
(threaten to use military force), which needs someone threatened. Near misses stay threats:
a deployment toward another state, or one told as a warning. Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_an_army_deploying_in_its_own_state_plans_a_deployment(extract: Extract) -> None:
    events = extract("Nigeria's army said it would deploy soldiers in Borno state next month.")
    assert rooted(events, "154")
    assert not rooted(events, "13")
    assert all("planned" in e.flags for e in rooted(events, "154"))


def test_a_deployment_to_its_own_province_by_a_date_is_planned(extract: Extract) -> None:
    events = extract("Chad's army will deploy 2,000 soldiers to Lake Chad province by June.")
    assert rooted(events, "154")
    assert not rooted(events, "13")


def test_a_junta_deploying_around_its_own_town_plans_a_deployment(extract: Extract) -> None:
    events = extract("Mali's junta said it would deploy soldiers around Timbuktu within two weeks.")
    assert rooted(events, "154")
    assert not rooted(events, "13")


def test_a_deployment_toward_another_state_stays_a_threat(extract: Extract) -> None:
    # near miss: the border named is another state's
    events = extract("Russia said it would deploy troops to the Ukrainian border.")
    assert rooted(events, "13")
    assert not rooted(events, "154")


def test_a_deployment_told_as_a_warning_stays_a_threat(extract: Extract) -> None:
    # near miss: "warned ... unless" makes it a threat whatever soil it is on
    body = "India warned it would deploy troops along the border unless the shelling stopped."
    events = extract(body)
    assert rooted(events, "13")
    assert not rooted(events, "154")


def test_a_deployment_to_its_own_frontier_is_planned(extract: Extract) -> None:
    # stop 42 (cameo44): a frontier with no other state named faces no one the clause names;
    # CAMEO 1.1b3 §13 needs someone threatened, so the stated build-up is a planned §154
    events = extract("Poland said it would send more soldiers to its eastern frontier.")
    assert rooted(events, "154")
    assert not rooted(events, "13")
