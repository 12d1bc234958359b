"""The doer of an act named by a noun and told in the object relative after it ("a siege that
Armenia mounted"): the relative clause's subject is the source, not the target (newuser98
item 6). Near misses: a name after "on" or "against" stays the target. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "The truce came a month after an offensive that Azerbaijan launched on May 2.",
        "The truce came a week after the air strikes that Sudan had carried out on May 2.",
        "The truce came a week after the offensive which Sudan mounted on May 2.",
    ],
)
def test_the_relatives_subject_did_the_act(extract: Extract, body: str) -> None:
    (ev,) = real(extract(body), "19")
    assert ev.roles.source_country in {"AZ", "SD"}
    assert ev.roles.target is None


def test_a_name_after_on_stays_the_target(extract: Extract) -> None:
    (ev,) = real(extract("The truce came a month after an offensive on Azerbaijan on May 2."), "19")
    assert ev.roles.source is None
    assert ev.roles.target_country == "AZ"
