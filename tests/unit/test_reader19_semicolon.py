"""reader19's own sentences (stop 36): a clause after a semicolon has its own subject and
sides, so a side named before the semicolon is none of the act told after it; a capital
before a present verb with its object ("Moscow rejects the ruling") speaks for its
government, as before a past one. Near miss: a capital before a plural noun ("Moscow
strikes on Kyiv") is no subject.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_side_before_a_semicolon_is_not_the_next_clauses(extract: Extract) -> None:
    body = (
        "Kenya's opposition leader was taken to hospital with a broken arm; his aides said he "
        "had been beaten by guards."
    )
    beaten = rooted(extract(body), "18")
    assert len(beaten) == 1
    assert beaten[0].roles.target is None
    assert "Kenya" not in beaten[0].actors
    assert beaten[0].summary == "He had been beaten by guards"


def test_a_capital_before_a_present_verb_and_its_object_speaks(extract: Extract) -> None:
    events = extract(
        "A court in Geneva ruled last year that Ruritania's claims had no basis; Moscow "
        "rejects the ruling."
    )
    rejected = rooted(events, "12")
    assert len(rejected) == 1
    assert rejected[0].roles.source == "Russia"  # the capital's state (placing51)
    assert rejected[0].roles.source_country == "RU"
    # near miss: a capital before a plural noun names no government acting
    events = extract("Moscow strikes on Kyiv killed two people on Monday.")
    assert all(e.roles.source not in ("Moscow", "Russia") for e in events)
