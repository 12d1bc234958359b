"""fix82b: a place in a "who was <doing> <object> in X" clause on a person after the act
tells where that person did something else (Quirk et al. 1985, 17.22), not where the act
was; a clause of staying or gathering still says where the act found its object.
Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        (
            "LAGOS — Ghana on Tuesday released a Nigerian trader in exchange for a soldier, "
            "who was facing charges in Kano.",
            "08",
        ),
        (
            "LAGOS — Nigeria on Tuesday handed over a businessman to Britain, who was serving "
            "a sentence in Kano.",
            "06",
        ),
    ],
)
def test_a_persons_other_activity_gives_no_place(extract: Extract, text: str, root: str) -> None:
    acts = real(extract(text), root)
    assert acts
    assert all(where(e)[0] != "Kano" for e in acts)


@pytest.mark.parametrize(
    "text",
    [
        "LAGOS — Police on Tuesday arrested two men who were hiding in Kano.",
        "LAGOS — Police on Tuesday arrested two students, who were holding a rally in Kano.",
        "LAGOS — Police on Tuesday arrested two students, who were waiting in Kano.",
    ],
)
def test_near_miss_where_the_act_found_them_stays(extract: Extract, text: str) -> None:
    arrests = real(extract(text), "17")
    assert arrests
    assert where(arrests[0])[0] == "Kano"
