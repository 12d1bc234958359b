"""Reader rules for newuser21's faults 7, 9, 11 and 14 (stop 42, reader33), each with
sentences written for these tests (none from an evaluation set or from the user's files) and
a near miss the rule must leave alone. Publication is Thursday 2026-06-18."""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def codes(events: list[Event]) -> list[str]:
    return [code(e) for e in events]


# ------------------------------------------------- armed men burning homes (fault 7)


@pytest.mark.parametrize(
    "body",
    [
        "LAGOS — Gang members burned scores of houses in the village of Kuje on Monday.",
        "KINSHASA — Rebels set fire to dozens of huts near the town of Beni on Tuesday.",
        "ABUJA — Gangs set fire to a school in Zamfara state on Monday.",
    ],
)
def test_armed_men_burning_homes_destroy_property(extract: Extract, body: str) -> None:
    # CAMEO 1.1b3 §1712 destroy property: the act of an armed group of no country (an
    # irregulars' act may be read as §18 assault, as "Gunmen torched" is)
    found = real(extract(body), "171", "18")
    assert len(found) == 1, codes(extract(body))
    assert found[0].roles.source_country is None


def test_near_miss_a_wildfire_burning_homes_is_no_armed_act(extract: Extract) -> None:
    body = "SYDNEY — A bushfire burned scores of houses near the town of Bega on Monday."
    assert not rooted(extract(body), "17", "18", "19")


def test_near_miss_protesters_burning_tyres_stay_a_riot(extract: Extract) -> None:
    body = "NAIROBI — Protesters burned tyres in the town of Kisumu on Monday."
    assert codes(extract(body)) == ["145"]


def test_a_country_in_a_place_phrase_is_no_armed_groups_side(extract: Extract) -> None:
    body = (
        "BAMAKO — Gang members roamed the town of Kati, in Mali's Koulikoro region, on "
        "Monday, forcing hundreds of families to flee."
    )
    events = extract(body)
    assert events, "the coercion is read"
    assert all(e.roles.source_country is None for e in events), [e.roles for e in events]
    # the date set off by two commas leaves one comma in the summary, not two
    assert all(",," not in e.summary for e in events)


def test_near_miss_national_troops_keep_their_country(extract: Extract) -> None:
    body = (
        "BAMAKO — Malian troops roamed the town of Kati on Monday, forcing hundreds of "
        "families to flee."
    )
    events = extract(body)
    assert events
    assert events[0].roles.source_country == "ML"


def test_a_summary_drops_between_with_its_dates(extract: Extract) -> None:
    body = "LIMA — Police arrested dozens of protesters in Juliaca between Monday and Wednesday."
    e = rooted(extract(body), "173")[0]
    assert not e.summary.rstrip(".").endswith(("between", "between and"))
    assert " and," not in e.summary


# ------------------------------------------- the end of a denial's scope (fault 11)


def test_an_accusation_after_a_denied_deed_is_the_deniers_own(extract: Extract) -> None:
    body = (
        "BAKU — Azerbaijan denied that its soldiers had shelled the village and accused "
        "Armenia of staging a provocation."
    )
    accused = real(extract(body), "112")
    assert len(accused) == 1, [(code(e), e.flags) for e in extract(body)]
    assert accused[0].roles.target_country == "AM"


def test_near_miss_a_second_deed_stays_denied(extract: Extract) -> None:
    body = (
        "BAKU — Azerbaijan denied that its soldiers had shelled the village and killed two farmers."
    )
    assert not real(extract(body), "18", "19")


def test_a_past_verb_after_would_not_is_an_act_of_its_own(extract: Extract) -> None:
    body = (
        "BELGRADE — Serbia's president said he would not recognise the ruling and threatened "
        "to expel Croatia's ambassador."
    )
    threats = real(extract(body), "13")
    assert len(threats) == 1, codes(extract(body))
    assert threats[0].roles.source_country == "RS"


def test_near_miss_a_second_verb_under_would_is_no_threat_told(extract: Extract) -> None:
    body = (
        "BELGRADE — Serbia's president said he would not recognise the ruling and would "
        "recall Serbia's ambassador from Zagreb."
    )
    assert not real(extract(body), "13")


# ------------------------------------ clearing a blockade; who blockades (faults 8, 9)


def test_police_clearing_a_blockade_is_repression_not_a_blockade(extract: Extract) -> None:
    body = "LA PAZ — Police cleared a blockade outside the city of Oruro with tear gas on Monday."
    assert codes(extract(body)) == ["175"]


def test_near_miss_soldiers_setting_up_a_blockade_still_impose_one(extract: Extract) -> None:
    body = "LA PAZ — Soldiers set up a blockade outside the city of Oruro on Monday."
    assert codes(extract(body)) == ["191"]


@pytest.mark.parametrize(
    "body",
    [
        "ATHENS — Students have blockaded three universities across Greece since March.",
        "LA PAZ — Protesters set up a blockade outside the city of Oruro on Monday.",
    ],
)
def test_civilians_blockading_obstruct_passage(extract: Extract, body: str) -> None:
    # CAMEO 1.1b3 §144 obstruct passage: civilians, not a force imposing a blockade (§191)
    assert codes(extract(body)) == ["144"]


def test_near_miss_a_navy_blockade_stays_a_blockade(extract: Extract) -> None:
    body = "ATHENS — The navy imposed a blockade on the port of Piraeus on Monday."
    assert codes(extract(body)) == ["191"]


# ----------------------------------------------- hyphenated names (fault 16)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "PARIS — Foreign Minister Jean-Yves Le Drian condemned the attack on Tuesday.",
            "Jean-Yves Le Drian",
        ),
        (
            "MANAGUA — President Rosa Murillo-Ortega condemned the sanctions on Tuesday.",
            "Rosa Murillo-Ortega",
        ),
    ],
)
def test_a_hyphenated_name_is_kept_whole(extract: Extract, body: str, name: str) -> None:
    actors = [a for e in extract(body) for a in e.actors]
    assert name in actors, actors
    assert not any(a.endswith("-") for a in actors)


def test_near_miss_a_particle_name_stays_as_it_was(extract: Extract) -> None:
    body = "DAMASCUS — President Bashar al-Assad condemned the strikes on Tuesday."
    actors = [a for e in extract(body) for a in e.actors]
    assert "Bashar al-Assad" in actors, actors


# ----------------------------------------------- trade duties (fault 14)


@pytest.mark.parametrize(
    "body",
    [
        "BRUSSELS — The European Union imposed countervailing duties on steel pipes from Egypt on Tuesday.",
        "CANBERRA — Australia raised anti-dumping duties on Chinese aluminium on Tuesday.",
    ],
)
def test_trade_duties_laid_on_goods_are_a_sanction(extract: Extract, body: str) -> None:
    # CAMEO 1.1b3 §163 impose embargo, boycott or sanctions, as tariffs are
    assert codes(extract(body)) == ["163"]


def test_near_miss_a_duty_as_an_obligation_is_no_sanction(extract: Extract) -> None:
    body = "CANBERRA — Australia's foreign minister said Beijing had a duty to restrain Pyongyang."
    assert not rooted(extract(body), "163")
