"""Where an event is put (placing49): a foreign army's coercion abroad, an incursion told as
"its airspace" or "entered X airspace", capitals as parties of talks, a proposal's venue, a
speaker named after "near X", a place in a coordinated clause, an institution's name, a
street of the dateline city, and the reason given when a sea is read as a launch's path.
Sentences written for these tests; each rule has a near miss that must not change."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where

PUB = "2025-03-12"


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _one(extract: Extract, body: str, *roots: str):  # type: ignore[no-untyped-def]
    events = rooted(extract(body, PUB), *roots)
    assert events, body
    return events[0]


# ------------------------------------------- 1. a foreign army's coercion under a dateline


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("KABUL — British troops detained four suspected Taliban commanders on Monday.", "AF"),
        ("KIRKUK — Turkish troops captured five PKK militants on Monday.", "IQ"),
        ("DAMASCUS — Israeli soldiers arrested two men on Monday.", "SY"),
    ],
)
def test_a_foreign_armys_arrests_are_in_the_dateline_country(
    extract: Extract, body: str, country: str
) -> None:
    ev = _one(extract, body, "17")
    assert where(ev)[1] == country
    assert "dateline" in ev.location_reason


def test_an_armys_arrests_at_home_stay_in_its_country(extract: Extract) -> None:
    ev = _one(extract, "WASHINGTON — US troops arrested three men on Monday.", "17")
    assert where(ev)[1] == "US"


def test_a_foreign_armys_arrests_abroad_are_never_in_its_own_country(extract: Extract) -> None:
    ev = _one(extract, "LONDON — Russian troops detained 20 Ukrainian civilians on Monday.", "17")
    assert where(ev)[1] != "RU"


# ---------------------------------------------------------------------- 2. incursions


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("BUCHAREST — Romania said two Russian drones violated its airspace on Friday.", "RO"),
        ("RIGA — Russian jets entered Latvian airspace on Friday.", "LV"),
        ("BRUSSELS — Russian drones violated Romanian airspace on Friday.", "RO"),
    ],
)
def test_an_incursion_is_in_the_entered_country(extract: Extract, body: str, country: str) -> None:
    assert where(_one(extract, body, "15"))[1] == country


def test_entering_a_place_with_no_airspace_named_keeps_its_place(extract: Extract) -> None:
    ev = _one(extract, "RIGA — Russian jets entered the area on Friday.", "15")
    assert where(ev)[1] != "LV" or "incursion" not in ev.location_reason


# ------------------------------------------------------------- 3. talks and proposals


def test_capitals_holding_talks_are_parties_not_the_venue(extract: Extract) -> None:
    ev = _one(extract, "MUSCAT — Tehran and Washington held talks on Tuesday.", "04")
    # neither capital is the venue; since placing50 nor is the dateline's country, as no
    # party is of it (``foreign_talks``: a bureau abroad names no venue; was Oman)
    assert where(ev)[1] not in ("IR", "US")
    assert ev.location is None


def test_a_capital_between_parties_is_no_venue(extract: Extract) -> None:
    body = "DOHA — Qatar mediated talks between Kigali and Kinshasa on Tuesday."
    assert where(_one(extract, body, "04"))[1] == "QA"


def test_talks_hosted_in_a_named_city_stay_there(extract: Extract) -> None:
    body = "NAIROBI — Kenya said it would host talks between Juba and the rebels in Nairobi."
    assert where(_one(extract, body, "03", "04"))[0] == "Nairobi"


def test_a_proposal_is_not_at_the_venue_it_proposes(extract: Extract) -> None:
    body = (
        "BEIJING — Chinese President Xi Jinping proposed on Monday a summit with India in "
        "Singapore next month."
    )
    assert where(_one(extract, body, "02"))[1] == "CN"


def test_an_appeal_made_in_a_named_city_keeps_it(extract: Extract) -> None:
    body = "BEIJING — Speaking in Singapore, Xi Jinping on Monday urged India to hold talks."
    assert where(_one(extract, body, "02"))[1] == "SG"


# ------------------------------------------------ 4. a capital judging an act "near X"


def test_near_a_country_beats_the_capital_that_judged_it(extract: Extract) -> None:
    body = (
        "HANOI — China and Pakistan will hold joint naval drills near India, in a move "
        "New Delhi called provocative."
    )
    assert where(_one(extract, body, "0", "1")) == ("India", "IN")


# ----------------------------------------------------- 5. a coordinated clause's place


def test_the_place_of_the_triggers_own_clause_wins(extract: Extract) -> None:
    body = (
        "PARIS — Police foiled a plot to bomb a stadium in Lyon, and arrested two men in "
        "Grenoble on Monday."
    )
    assert where(_one(extract, body, "17"))[0] == "Grenoble"


def test_a_shared_place_before_the_coordinator_stays(extract: Extract) -> None:
    body = "PARIS — Police raided a flat in Lyon, and arrested two men on Monday."
    assert where(_one(extract, body, "17"))[0] == "Lyon"


# ------------------------------------------------------------ 6. an institution's name


def test_a_doubted_institution_name_is_the_dateline_city(extract: Extract) -> None:
    body = "NEW YORK — Police arrested 30 protesters at Columbia University on Monday."
    ev = _one(extract, body, "17")
    assert where(ev) == ("New York City", "US")


def test_a_confident_city_before_university_stays(extract: Extract) -> None:
    body = "KYIV — A Russian missile struck Kharkiv University on Monday."
    assert where(_one(extract, body, "18", "19"))[0] == "Kharkiv"


# -------------------------------------------------------- 7. a street of the dateline city


@pytest.mark.parametrize(
    ("body", "city"),
    [
        (
            "YEREVAN — Armenian police dispersed protesters on Baghramyan Avenue on Monday.",
            "Yerevan",
        ),
        (
            "BELGRADE — Serbian riot police dispersed protesters on Knez Mihailova Street.",
            "Belgrade",
        ),
    ],
)
def test_a_street_under_a_city_dateline_is_in_that_city(
    extract: Extract, body: str, city: str
) -> None:
    assert where(_one(extract, body, "17"))[0] == city


def test_no_street_keeps_the_country(extract: Extract) -> None:
    body = "YEREVAN — Armenian police dispersed protesters on Monday."
    assert where(_one(extract, body, "17"))[1] == "AM"


# ---------------------------------------------------------- 8. a sea as a launch's path


def test_a_launch_into_a_sea_says_the_sea_was_read(extract: Extract) -> None:
    body = "TOKYO — North Korea fired two missiles into the East Sea on Tuesday."
    ev = _one(extract, body, "15")
    assert where(ev)[1] == "KP"
    assert "East Sea" in ev.location_reason
