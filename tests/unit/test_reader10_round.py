"""Rules of the QA18 round on CAMEO roots and sides, each with a near miss it must leave
alone. Every sentence was written for these tests; codes follow CAMEO 1.1b3."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_state_that_shuts_its_borders_restricts_and_does_not_protest(extract: Extract) -> None:
    events = extract(
        "Coup leaders announced that they had shut the nation's borders until further notice."
    )
    assert rooted(events, "172")
    assert not rooted(events, "14")


def test_truckers_shutting_a_border_crossing_still_block_it(extract: Extract) -> None:
    events = extract(
        "Truck drivers shut the border crossing near the town on Monday to protest fuel prices."
    )
    assert rooted(events, "144")


def test_inmates_freed_by_raiders_are_no_release(extract: Extract) -> None:
    events = extract(
        "Armed men raided a prison in the north on Friday and freed 600 inmates, officials said."
    )
    assert events
    assert not rooted(events, "08")


def test_prisoners_released_by_their_captors_are_a_release(extract: Extract) -> None:
    events = extract("The rebels released 40 prisoners on Monday after talks with the government.")
    assert rooted(events, "0841")


def test_soldiers_ending_a_protest_camp_repress_it(extract: Extract) -> None:
    events = extract(
        "Soldiers cleared the capital's main square on Sunday, ending a month-long protest camp."
    )
    assert rooted(events, "17")
    assert not rooted(events, "08")


def test_strikers_ending_their_own_protest_ease_dissent(extract: Extract) -> None:
    events = extract(
        "Striking teachers ended their two-week protest on Monday after the government agreed "
        "to raise pay."
    )
    assert rooted(events, "082")


def test_soldiers_arriving_in_a_country_are_no_visit(extract: Extract) -> None:
    events = extract(
        "Soldiers from a regional alliance started arriving in Lesotho on Friday at the "
        "government's request."
    )
    assert events
    assert not rooted(events, "04")


def test_ministers_arriving_for_talks_visit(extract: Extract) -> None:
    events = extract("Defence ministers from the alliance arrived in Lesotho on Friday for talks.")
    assert rooted(events, "042")


def test_denying_a_count_was_legitimate_is_criticism(extract: Extract) -> None:
    events = extract("The losing candidate denied that the count had been legitimate.")
    assert rooted(events, "11")
    assert not rooted(events, "016")


def test_denying_ones_troops_took_part_is_a_denial(extract: Extract) -> None:
    events = extract("The ministry denied that its troops had been involved in the killings.")
    assert rooted(events, "016")


def test_a_bombing_by_separatist_rebels_is_no_air_strike(extract: Extract) -> None:
    events = extract(
        "Separatist rebels bombed a railway bridge in the south on Sunday, police said."
    )
    assert rooted(events, "183")
    assert not rooted(events, "195")


def test_warplanes_bombing_rebel_camps_are_an_air_strike(extract: Extract) -> None:
    events = extract("Government warplanes bombed rebel camps in the hills on Sunday.")
    assert rooted(events, "195")


def test_soldiers_landing_on_a_mission_to_support_the_police_keep_the_peace(
    extract: Extract,
) -> None:
    events = extract(
        "Some 300 Rwandan soldiers landed in Maputo on Friday as part of a regional mission "
        "to support the local police."
    )
    assert events
    assert all(e.event_code and e.event_code.startswith("07") for e in events)


def test_soldiers_landing_on_a_mission_to_seize_an_airport_deploy(extract: Extract) -> None:
    events = extract(
        "Some 300 soldiers landed on the island on Friday on a mission to seize the airport."
    )
    assert rooted(events, "154")


def test_whom_a_crowd_protests_against_is_not_the_target_of_its_dispersal(
    extract: Extract,
) -> None:
    events = extract(
        "Police in Nairobi used tear gas on Tuesday against crowds protesting against "
        "William Ruto's tax bill."
    )
    assert events
    assert all(e.roles.target != "William Ruto" for e in events)


def test_tear_gas_used_against_a_named_leader_targets_him(extract: Extract) -> None:
    events = extract(
        "Police in Kampala used tear gas on Thursday against opposition leader Kizza Besigye."
    )
    assert any(e.roles.target == "Kizza Besigye" for e in events)


def test_who_sent_observers_did_not_boycott_the_vote_an_object_relative_tells(
    extract: Extract,
) -> None:
    events = extract(
        "The European Union sent observers to the referendum, which the opposition alliance "
        "boycotted."
    )
    boycotts = rooted(events, "14")
    assert boycotts
    assert all("European Union" not in (e.roles.source or "") for e in boycotts)


def test_the_subject_inside_an_object_relative_boycotted(extract: Extract) -> None:
    events = extract(
        "Few voters turned out for the referendum, which the European Union boycotted."
    )
    assert any("European Union" in (e.roles.source or "") for e in rooted(events, "14"))


def test_who_was_toppled_did_not_arrest_himself(extract: Extract) -> None:
    events = extract(
        "Mutinous officers in Burkina Faso said on Monday they had toppled President Roch "
        "Kabore, shortly after some soldiers arrested him at his home."
    )
    assert rooted(events, "173")
    assert all(e.roles.source != "Roch Kabore" for e in events)


def test_a_president_who_ordered_arrests_is_their_source(extract: Extract) -> None:
    events = extract(
        "Mutinous officers in Burkina Faso said on Monday that President Roch Kabore had "
        "ordered the arrest of two generals."
    )
    assert any(e.roles.source == "Roch Kabore" for e in rooted(events, "173"))


def test_a_town_on_a_neighbours_border_does_not_make_the_neighbour_the_target(
    extract: Extract,
) -> None:
    events = extract(
        "Rebel fighters overran the garrison town of Moreh on the Burmese border on Tuesday, "
        "police said."
    )
    assert events
    assert all(e.roles.target_country != "MM" for e in events)


def test_a_countrys_border_guards_attacked_are_its_own(extract: Extract) -> None:
    events = extract(
        "Rebel fighters attacked Thai border guards near the town of Mae Sot on Tuesday."
    )
    assert any(e.roles.target_country == "TH" for e in events)


def test_a_leaders_brother_shot_dead_does_not_make_the_leader_the_target(
    extract: Extract,
) -> None:
    events = extract(
        "Syria's President Bashar al-Assad took power in 2000, years after his brother was shot "
        "dead by unknown gunmen near Damascus."
    )
    force = rooted(events, "18", "19")
    assert force
    assert all(e.roles.target != "Bashar al-Assad" for e in force)


def test_a_leader_wounded_when_his_convoy_was_attacked_is_the_target(extract: Extract) -> None:
    events = extract(
        "Syria's President Bashar al-Assad was wounded in 2000 when gunmen attacked his convoy "
        "near Damascus."
    )
    assert any(e.roles.target == "Bashar al-Assad" for e in rooted(events, "18", "19"))


def test_sanctions_on_the_founder_of_a_countrys_group_target_that_country(
    extract: Extract,
) -> None:
    events = rooted(
        extract(
            "Britain on Monday imposed sanctions on Yevgeny Prigozhin, the founder of Russia's Wagner Group."
        ),
        "16",
    )
    assert events
    assert all(e.roles.target_country == "RU" for e in events)


def test_sanctions_on_a_businessman_with_offices_in_a_capital_do_not_target_it(
    extract: Extract,
) -> None:
    events = extract(
        "Britain on Monday imposed sanctions on Ivan Sokolov, a businessman with offices in "
        "Russia's capital."
    )
    assert all(e.roles.target_country != "RU" for e in events)


def test_markets_shutting_after_clashes_is_no_restriction_but_the_clashes_are_told(
    extract: Extract,
) -> None:
    events = extract(
        "Markets and banks shut across Port Moresby on Friday after clashes between rival "
        "clans killed 20 people."
    )
    assert rooted(events, "18", "19")
    assert not rooted(events, "14", "17")


def test_a_governor_closing_schools_imposes_a_restriction(extract: Extract) -> None:
    events = extract(
        "The provincial governor closed schools and markets across the city on Friday after "
        "clashes between rival clans."
    )
    assert rooted(events, "172")
