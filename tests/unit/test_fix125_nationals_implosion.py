"""Session 91, fix125 (set BK's first run): a country's name before a noun of its people
abroad ("a United Kingdom national") is a nationality, not where a release took place, as a
demonym is; a submersible's implosion is a shipwreck (EM-DAT transport accident), no force an
actor used. Sentences written for these tests, with other names, places and topics."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, hazard_codes, make_extract, real, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "country"),
    [
        (
            "LAGOS — A United Kingdom national kidnapped in May was freed on Tuesday, police said.",
            "NG",
        ),
        (
            "BAMAKO — A United States citizen seized by gunmen last year was released on Tuesday.",
            "ML",
        ),
    ],
)
def test_a_country_named_as_a_nationality_does_not_place_the_release(
    extract: Extract, body: str, country: str
) -> None:
    releases = real(extract(body), "0841")
    assert releases
    assert all(where(e)[1] == country for e in releases)


def test_no_dateline_leaves_the_release_unplaced_not_at_the_nationality(extract: Extract) -> None:
    releases = real(
        extract("A United States citizen detained since March was released on Tuesday."), "0841"
    )
    assert releases
    assert all(where(e)[1] != "US" for e in releases)


@pytest.mark.parametrize(
    "body",
    [
        "The research submarine imploded during a dive on Monday, killing all three aboard.",
        "A tourist submersible suffered a catastrophic implosion on Monday, killing the pilot and four passengers.",
    ],
)
def test_an_imploded_submersible_is_a_shipwreck_not_force(extract: Extract, body: str) -> None:
    events = extract(body)
    assert hazard_codes(events) == ["DIS-SHIPWRECK"]
    assert not rooted(events, "18", "19", "20")


def test_a_release_at_a_named_place_keeps_it(extract: Extract) -> None:
    """Negative: the place told stands; the nationality only drops out as a place."""
    releases = real(
        extract("NAIROBI — A United Kingdom national was freed in Somalia on Tuesday."), "0841"
    )
    assert releases
    assert all(where(e)[1] == "SO" for e in releases)


def test_a_state_force_named_by_its_country_is_still_a_side(extract: Extract) -> None:
    """Negative: "United States forces" are the doers, placed where they acted."""
    releases = real(
        extract("United States forces freed two hostages in Somalia on Tuesday."), "0841"
    )
    assert releases
    assert all(where(e)[1] == "SO" for e in releases)


@pytest.mark.parametrize(
    "body",
    [
        "The old hull imploded under the press in the scrapyard test on Monday.",
        "The navy said on Monday its submarine had sunk an enemy frigate, killing 40 sailors.",
    ],
)
def test_no_shipwreck_from_a_test_or_a_sinking_by_force(extract: Extract, body: str) -> None:
    """Negative: no submersible lost (a hull in a test), or a ship sunk by an armed force."""
    assert "DIS-SHIPWRECK" not in hazard_codes(extract(body))
