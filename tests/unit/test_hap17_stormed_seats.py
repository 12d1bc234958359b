"""A crowd forcing its way into a national seat named by its holder and country (issue 16,
recall: such a report was read as the crowd's demand, with no riot and no place, so it joined
none of the other reports of the storming). Every sentence below was written for these tests;
none is taken from an evaluation set. Publication is a Thursday, 2026-06-18."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_seat_named_by_its_holder_is_a_riot_in_its_country(extract: Extract) -> None:
    # the holder's title bridges the gap a nationality and a possessive open ("the Moldovan
    # prime minister's office"); the seat of a state is on its own soil (stormed_seats)
    body = "Angry crowds broke into the Moldovan prime minister's office yesterday, demanding that he quit."
    riots = real(extract(body), "14")
    assert [code(e) for e in riots] == ["145"]
    assert where(riots[0])[1] == "MD"


def test_a_national_parliament_broken_into_is_in_its_country(extract: Extract) -> None:
    riots = real(extract("Demonstrators burst into the Peruvian congress on Tuesday."), "14")
    assert [(code(e), where(e)[1]) for e in riots] == [("145", "PE")]


def test_near_misses_stay_as_they_are(extract: Extract) -> None:
    # a mission stands in the receiving state (Vienna Convention 1961): no place from its flag
    embassy = real(extract("Protesters burst into the Danish embassy on Tuesday."), "14")
    assert [(code(e), where(e)[1]) for e in embassy] == [("145", None)]
    # a crowd outside the seat forced no way in: no riot
    outside = "Crowds gathered outside the Moldovan prime minister's office yesterday."
    assert not rooted(extract(outside), "145")
    # burglars are no crowd of protest: no riot
    assert not rooted(extract("Thieves broke into the Moldovan president's residence."), "14")
    # a town named in the clause is still the place
    town = real(extract("Protesters burst into the Peruvian congress in Lima on Tuesday."), "14")
    assert [where(e)[0] for e in town] == ["Lima"]
