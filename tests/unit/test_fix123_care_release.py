"""A patient let go after care told with "before being released" or "then released" is no release of persons
held (``care_release``, session 91). Sentences written for these tests; captives freed
where they were kept, and a release after questioning, stay §0841.
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "The goalkeeper was treated at a city clinic before being released on Sunday.",
        "The cyclist was taken to hospital for treatment before being released on Monday.",
        "The minister was treated for burns at a clinic then released on Monday.",
    ],
)
def test_a_discharge_after_care_told_with_before_is_no_release(extract: Extract, body: str) -> None:
    assert rooted(extract(body), "0841") == []


@pytest.mark.parametrize(
    "body",
    [
        # captives kept in a hospital are still freed by their holders
        "The hostages were held in a hospital and released on Sunday.",
        "The prisoners were kept in a military hospital before being released on Monday.",
        # no care before the release
        "The reporter was questioned at a police station before being released on Monday.",
    ],
)
def test_captives_and_the_questioned_are_still_released(extract: Extract, body: str) -> None:
    assert len(rooted(extract(body), "0841")) == 1
