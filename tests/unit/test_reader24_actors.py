"""Reader24: who the sides of an act are, as a fresh user read them in the CSV export. The
subject's own country is no second side, a co-host no partner, a since-clause's names no
target, a body's name keeps no article, a reporting body's country is no target, and "It"
takes up the organisation the sentence before opened with. Every sentence was written for
these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_group_told_in_its_own_country_has_no_second_side(extract: Extract) -> None:
    events = extract("Hezbollah fighters in Lebanon fired rockets at an army post on Tuesday.")
    assert events
    assert events[0].roles.source == "Hezbollah"
    assert "Lebanon" not in events[0].actors
    assert events[0].roles.target is None


def test_a_demonym_inside_a_body_name_is_no_second_side_and_no_article(extract: Extract) -> None:
    events = extract("An Indian Navy warship rescued 22 sailors off the coast of Oman on Sunday.")
    assert events
    assert events[0].roles.source == "Indian Navy"
    assert events[0].roles.source_country == "IN"
    assert list(events[0].actors) == ["Indian Navy"]


def test_a_since_clause_names_no_target_of_the_main_act(extract: Extract) -> None:
    events = extract(
        "Police have arrested 300 people on Monday since President Novak suspended talks "
        "with the EU."
    )
    arrests = [e for e in events if (e.event_code or "").startswith("17")]
    assert arrests
    assert arrests[0].roles.target is None


def test_a_country_in_a_since_clause_is_no_partner_of_the_main_act(extract: Extract) -> None:
    events = extract(
        "Police arrested 30 protesters on Monday after the government suspended talks with Russia."
    )
    assert events
    assert "Russia" not in events[0].actors


def test_co_hosts_are_joint_sources_not_each_others_target(extract: Extract) -> None:
    events = extract("Canada and Norway co-hosted talks on Arctic shipping in Oslo on Monday.")
    assert events
    assert events[0].roles.source == "Canada"
    assert events[0].roles.target is None
    # two sides of talks they hold with each other stay source and target
    events = extract("Egypt and Ethiopia held talks on the dam on Monday.")
    assert events
    assert (events[0].roles.source, events[0].roles.target) == ("Egypt", "Ethiopia")


def test_it_takes_up_the_organisation_the_sentence_before_opened_with(extract: Extract) -> None:
    events = extract(
        "The United Nations said on Friday that the situation in the region was dire. "
        "It would send food aid to the displaced families."
    )
    aid = [e for e in events if (e.event_code or "").startswith("03")]
    assert aid
    assert aid[0].roles.source == "United Nations"
    # "It" for a thing (a storm) takes up no organisation
    events = extract("The storm hit the coast on Monday, the UN said. It killed five people.")
    assert all(e.roles.source != "UN" for e in events)


def test_a_reporting_bodys_country_is_no_target(extract: Extract) -> None:
    events = extract(
        "Iran launched a satellite rocket toward the Gulf this morning, Oman's Joint Staff "
        "said, in what officials in Muscat believe was a test of a new engine."
    )
    assert events
    assert events[0].roles.source == "Iran"
    assert events[0].roles.target is None


def test_the_two_takes_up_no_pair_told_before_a_one_sided_act(extract: Extract) -> None:
    events = extract(
        "Chile and Peru held talks in Lima on Monday. Bolivia fired a missile into the "
        "lake on Tuesday. The two neighbours have launched rockets in turn this year."
    )
    later = [e for e in events if "two neighbours" in e.summary]
    assert later
    assert "Chile" not in later[0].actors
    assert later[0].roles.source is None
