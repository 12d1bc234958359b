"""Near misses for the open faults of the eleventh QA pass (``test_qa11_findings.py``): for each
finding, a sibling sentence the reader reads right today, which a fix must not break. Sentences
written for these tests. Publication is a Thursday, 2026-06-18."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted, unreal, where

MONDAY, TUESDAY, WEDNESDAY = date(2026, 6, 15), date(2026, 6, 16), date(2026, 6, 17)
VIOLENT = ("18", "19", "20")


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# ------------------------------------------------ towns named with their country


def test_a_namesake_city_named_with_its_country_is_in_that_country(extract: Extract) -> None:
    # Tripoli, Libya is the better-known namesake; ", Lebanon" decides
    events = extract("Gunmen attacked a checkpoint in Tripoli, Lebanon, on Monday.")
    attacks = real(events, *VIOLENT)
    assert attacks
    assert where(attacks[0]) == ("Tripoli", "LB")


def test_a_town_named_by_its_demonym_is_in_that_country(extract: Extract) -> None:
    events = extract("Militants attacked the Burkinabe town of Djibo on Monday.")
    attacks = real(events, *VIOLENT)
    assert attacks
    assert where(attacks[0]) == ("Djibo", "BF")


def test_a_bombing_in_a_named_city_is_in_that_city(extract: Extract) -> None:
    events = extract("A car bomb killed 12 people in Mogadishu on Monday.")
    bombings = real(events, "18")
    assert bombings
    assert where(bombings[0]) == ("Mogadishu", "SO")


# ------------------------------------------------ the dateline and the place named


def test_fighting_near_a_known_town_is_placed_there_not_at_the_dateline(extract: Extract) -> None:
    events = extract(
        "NAIROBI, Kenya (AFP) - Congolese troops and M23 rebels fought in North Kivu on "
        "Wednesday. Fighting continued on Thursday near Goma, residents said."
    )
    fights = [e for e in real(events, "19") if e.when.start == date(2026, 6, 18)]
    assert fights
    assert where(fights[0]) == ("Goma", "CD")


def test_an_act_with_no_place_of_its_own_is_at_the_dateline_city(extract: Extract) -> None:
    events = extract(
        "LIMA (AP) - A court on Tuesday sentenced a former mayor to 14 years in prison."
    )
    verdicts = real(events, "11")
    assert verdicts
    assert where(verdicts[0]) == ("Lima", "PE")
    assert verdicts[0].when.start == TUESDAY


# ------------------------------------------------ mediators, brokers, hosts as subjects


def test_a_mediator_that_is_the_subject_is_the_source(extract: Extract) -> None:
    events = extract("Egypt brokered a truce between Israel and Hamas on Tuesday.")
    mediated = rooted(events, "04")
    assert mediated
    assert mediated[0].roles.source_country == "EG"


def test_a_broker_that_is_the_subject_is_the_source(extract: Extract) -> None:
    events = extract("Saudi Arabia brokered a deal between Ethiopia and Eritrea on Monday.")
    mediated = rooted(events, "04")
    assert mediated
    assert mediated[0].roles.source_country == "SA"


def test_a_treaty_signed_with_a_state_targets_it(extract: Extract) -> None:
    events = extract("Armenia signed a peace treaty with Azerbaijan on Monday.")
    signed = rooted(events, "05")
    assert signed
    assert (signed[0].roles.source_country, signed[0].roles.target_country) == ("AM", "AZ")


# ------------------------------------------------ protests in the street and at the ministry


def test_students_protesting_an_arrest_are_a_demonstration(extract: Extract) -> None:
    events = extract("Students protested the arrest of 12 activists in Manila on Monday.")
    assert [code(e) for e in events] == ["140"]
    assert where(events[0]) == ("Manila", "PH")


def test_a_foreign_ministry_protesting_an_arrest_complains_officially(extract: Extract) -> None:
    events = extract(
        "China's foreign ministry protested the arrest of 12 Chinese nationals on Monday."
    )
    assert [code(e) for e in events] == ["114"]


def test_a_state_protesting_to_another_complains_officially(extract: Extract) -> None:
    events = extract("Japan protested to China over the detention of a Japanese businessman.")
    assert [code(e) for e in events] == ["114"]
    assert events[0].roles.source_country == "JP"


# ------------------------------------------------ reports told as false, claims told as seen


def test_reports_officials_call_false_are_negated(extract: Extract) -> None:
    events = extract("Officials said reports of fighting in Kidal were false.")
    fights = rooted(events, "19")
    assert fights
    assert "negated" in fights[0].flags


def test_reports_officials_confirm_are_fighting(extract: Extract) -> None:
    events = extract("Officials confirmed reports of fighting in Kidal on Monday.")
    fights = real(events, "19")
    assert fights
    assert where(fights[0]) == ("Kidal", "ML")


def test_a_killing_witnesses_tell_is_told_as_fact(extract: Extract) -> None:
    # ACLED codes what named witnesses report; only an unverified claim is in doubt
    events = extract("Witnesses said troops massacred 40 villagers in Amhara on Monday.")
    killings = real(events, "20")
    assert killings
    assert killings[0].when.start == MONDAY


# ------------------------------------------------ orders and the acts done


def test_a_town_the_army_retook_was_taken(extract: Extract) -> None:
    events = extract("The army retook the town of Kidal on Monday.")
    taken = real(events, "19")
    assert taken
    assert where(taken[0]) == ("Kidal", "ML")


def test_a_courts_order_to_release_is_a_demand(extract: Extract) -> None:
    events = extract("The court ordered the government to release the activist.")
    assert rooted(events, "10")
    assert not rooted(events, "08")


# ------------------------------------------------ the accused and the target


def test_a_shelling_told_by_its_accuser_has_its_accused_as_source(extract: Extract) -> None:
    events = extract("Russia says Ukraine shelled a school in Donetsk.")
    shelling = real(events, "19")
    assert shelling
    assert shelling[0].roles.source_country == "UA"
    assert shelling[0].roles.target_country != "UA"


# ------------------------------------------------ negation that stays in its clause


def test_tear_gas_police_did_not_fire_is_negated(extract: Extract) -> None:
    events = extract("Police did not fire tear gas on Monday.")
    gas = rooted(events, "17")
    assert gas
    assert "negated" in gas[0].flags


def test_tear_gas_a_chief_says_was_not_used_is_negated(extract: Extract) -> None:
    events = extract("The police chief said officers had not used tear gas.")
    gas = rooted(events, "17")
    assert gas
    assert "negated" in gas[0].flags


# ------------------------------------------------ dates


def test_a_weekday_named_as_the_eve_of_talks_keeps_its_day(extract: Extract) -> None:
    events = extract("Israeli jets struck targets in Gaza on Wednesday, the eve of talks in Cairo.")
    strikes = real(events, "19")
    assert strikes
    assert strikes[0].when.start == WEDNESDAY


def test_an_act_on_eid_al_fitr_is_dated_at_the_feast(extract: Extract) -> None:
    events = extract("The king pardoned 500 prisoners on Eid al-Fitr.")
    pardons = real(events, "08")
    assert pardons
    assert pardons[0].when.start == date(2026, 3, 20)


def test_a_conviction_on_monday_of_war_crimes_is_mondays(extract: Extract) -> None:
    events = extract(
        "The court in The Hague convicted a Congolese warlord on Monday of war crimes."
    )
    verdicts = real(events, "11")
    assert verdicts
    assert verdicts[0].when.start == MONDAY


def test_a_march_remembering_a_years_genocide_is_on_its_own_day(extract: Extract) -> None:
    events = extract(
        "Thousands marched in Kigali on Sunday to remember the victims of the 1994 genocide."
    )
    marches = real(events, "14")
    assert marches
    assert marches[0].when.start == date(2026, 6, 14)


# ------------------------------------------------ bans


def test_a_rally_banned_on_monday_was_banned(extract: Extract) -> None:
    events = extract("Police banned the rally on Monday.")
    bans = rooted(events, "17")
    assert bans
    assert not unreal(bans[0])
    assert bans[0].when.start == MONDAY


# ------------------------------------------------ a capital named by its country's adjective


def test_the_kenyan_capital_named_with_its_name_is_nairobi(extract: Extract) -> None:
    events = extract(
        "Police fired tear gas at protesters in the Kenyan capital Nairobi on Tuesday."
    )
    gas = real(events, "17")
    assert gas
    assert where(gas[0]) == ("Nairobi", "KE")


def test_a_past_arrest_on_an_earlier_month_day_is_this_years(extract: Extract) -> None:
    events = extract("Police arrested 40 protesters in Istanbul on May 30.")
    arrests = real(events, "17")
    assert arrests
    assert arrests[0].when.start == date(2026, 5, 30)
