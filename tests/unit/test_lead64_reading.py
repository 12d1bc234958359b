"""Faults the lead found reading news of its own (stop 64): a party the speaker withheld
("condemned the attack without naming Russia") read as the target and the place, an airport
that closed read as a §172 sanction, and a panel's vote to convict read as a plan. See
docs/history/reading.md, stop 64. Sentences written for these tests; each rule has near
misses that must not change."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# 1. A party the speaker withheld is no target and no place


@pytest.mark.parametrize(
    "text",
    [
        "Finnish officials condemned the sabotage but did not name Russia.",
        "Finnish officials condemned the sabotage without naming Russia.",
        "Finnish officials condemned the sabotage but stopped short of blaming Russia.",
        "Finnish officials condemned the sabotage but declined to publicly identify Russia.",
    ],
)
def test_a_withheld_party_is_no_target(extract: Extract, text: str) -> None:
    (ev,) = rooted(extract(text), "11")
    assert ev.roles.source == "Finland"
    assert ev.roles.target is None
    assert where(ev)[1] != "RU"


@pytest.mark.parametrize(
    "text",
    [
        "Finnish officials condemned Russia over the sabotage.",
        "Finland did not accuse Russia of the sabotage.",  # a negated trigger keeps its target
        "Finnish officials condemned the sabotage and named Russia as the culprit.",
    ],
)
def test_a_named_party_stays_the_target(extract: Extract, text: str) -> None:
    (ev,) = rooted(extract(text), "11")
    assert ev.roles.target == "Russia"


# 2. A facility that closes (an ergative verb) imposes nothing


@pytest.mark.parametrize(
    "text",
    [
        "Oslo airport closed for three hours on Monday after drones were seen nearby.",
        "The central station closed on Monday after a bomb threat.",
        "The port of Odesa closed on Monday after the strikes.",
    ],
)
def test_a_facility_that_closes_is_no_sanction(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "17")


def test_a_state_that_closes_an_airport_still_restricts(extract: Extract) -> None:
    # near miss: a transitive "closed" with a state as subject
    assert rooted(extract("Norway closed Oslo airport on Monday."), "17")


# 3. A verdict voted is done by the vote


@pytest.mark.parametrize(
    "text",
    [
        "Three of the five judges voted to convict the former minister on Monday.",
        "The senate voted to dismiss the chief justice on Monday.",
    ],
)
def test_a_verdict_or_removal_voted_is_done(extract: Extract, text: str) -> None:
    events = extract(text)
    assert events
    assert not any("planned" in e.flags for e in events)


def test_a_voted_act_still_to_come_stays_planned(extract: Extract) -> None:
    # near miss: "voted to close the strait" is a decision of an act still to come
    (ev,) = rooted(extract("Parliament voted to close the strait to foreign warships."), "19")
    assert "planned" in ev.flags


# 4. A strike on another country's side, told from the striker's capital, lands there


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("WASHINGTON (AP) — The United States carried out strikes on Houthi targets.", "YE"),
        ("JERUSALEM (AP) — Israeli jets struck Hezbollah targets on Sunday.", "LB"),
        ("KYIV (AP) — Ukraine struck a Russian airbase with drones overnight.", "RU"),
    ],
)
def test_a_strike_abroad_is_placed_in_the_struck_country(
    extract: Extract, text: str, country: str
) -> None:
    (ev,) = rooted(extract(text), "19")
    assert where(ev)[1] == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # an interception is no strike: the drones are downed at home
        ("MOSCOW (AP) — Russian air defences shot down 40 Ukrainian drones overnight.", "RU"),
        # a place told keeps it
        ("WASHINGTON (AP) — US jets struck Houthi targets near Hodeidah on Monday.", "YE"),
    ],
)
def test_a_strike_at_home_or_placed_keeps_its_place(
    extract: Extract, text: str, country: str
) -> None:
    (ev,) = rooted(extract(text), "19")
    assert where(ev)[1] == country


# 5. A verb of saying joined after a reported clause whose subject is a weapon: the sayer's


@pytest.mark.parametrize(
    ("text", "sayer"),
    [
        ("Thailand said Cambodian rockets killed four villagers and vowed to respond.", "Thailand"),
        ("Israel said Hezbollah drones wounded two soldiers and warned of a response.", "Israel"),
    ],
)
def test_the_sayer_vows_after_a_weapon_struck(extract: Extract, text: str, sayer: str) -> None:
    (ev,) = rooted(extract(text), "13")
    assert ev.roles.source == sayer


def test_a_material_act_joined_keeps_the_weapon_owner(extract: Extract) -> None:
    # near miss: "and destroyed" is a material act the rockets' side did
    events = extract("Thailand said Cambodian rockets hit a school and destroyed a temple.")
    assert all(e.roles.source != "Thailand" for e in rooted(events, "18", "19", "20"))


# 6. A town's possessive before its airport or port places the act in the town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A drone strike near Baghdad's international airport killed two men.", "Baghdad"),
        ("A bomb exploded at Kabul's main airport on Friday.", "Kabul"),
    ],
)
def test_a_towns_airport_places_the_act_in_the_town(extract: Extract, text: str, town: str) -> None:
    (ev,) = rooted(extract(text), "18", "19")
    assert where(ev)[0] == town


def test_a_towns_government_is_no_site(extract: Extract) -> None:
    # near miss: a possessive before no site stays out ("Kabul's rulers")
    (ev,) = rooted(extract("A bomb exploded near a school; Kabul's rulers blamed rebels."), "18")
    assert where(ev)[0] != "Kabul"


# 7. A country's genitive before an attack noun is the attack's doer (the subjective genitive)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("No Americans were harmed in Syria's rocket attack on US troops.", "Syria"),
        ("Two guards were wounded in Russia's drone attack on the depot.", "Russia"),
        ("Israel's strike on Lebanon killed three fighters.", "Israel"),
    ],
)
def test_a_genitive_before_an_attack_is_its_doer(extract: Extract, text: str, doer: str) -> None:
    (ev,) = rooted(extract(text), "18", "19")
    assert ev.roles.source == doer


def test_a_genitive_region_stays_a_place(extract: Extract) -> None:
    # near miss: "in Russia's Belgorod region" is where, not who
    (ev,) = rooted(extract("Two guards were wounded in Russia's Belgorod region."), "18", "19")
    assert ev.roles.source != "Russia"
    assert where(ev)[1] == "RU"


def test_troops_attacked_name_no_place(extract: Extract) -> None:
    # a state's troops stand abroad as often as at home: their country is no place
    (ev,) = rooted(extract("No Americans were harmed in Syria's rocket attack on US troops."), "19")
    assert where(ev)[1] != "US"


def test_a_state_attacked_is_the_place(extract: Extract) -> None:
    # near miss: the state itself attacked, no place told, is where the force was used
    (ev,) = rooted(extract("Iran's missile attack on Israel killed one man."), "19")
    assert where(ev)[1] == "IL"


# Guards after the testers (newuser64t, newuser64u): merged rules that broke cards main read
# right; each passes on main and failed on the merged branch before its mend


@pytest.mark.parametrize(
    "text",
    [
        "The mayor denied the claims on Tuesday as mourners gathered in Lille for the funeral.",
        "The coach criticised the referee on Tuesday as fans gathered in Lille for the final.",
        "The minister accused the unions of lying on Tuesday, as strikers had gathered in Lille.",
        "The premier defended the reform on Tuesday as the protests gathered pace.",
    ],
)
def test_no_protest_from_an_as_clause_of_no_protest_now(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "14")


def test_that_weekday_of_this_week_is_not_after_publication(extract: Extract) -> None:
    # PUB is Thursday 18 June 2026: "That Friday" after Monday's raid is the Friday before
    events = extract("Police raided the offices on Monday. That Friday, they had arrested a clerk.")
    assert all("date_conflict" not in e.flags for e in events)


def test_an_after_clause_attack_keeps_its_card_after_a_security_response(
    extract: Extract,
) -> None:
    events = extract("Security was tightened in Lyon on Monday after a gunman killed two guards.")
    assert rooted(events, "18", "19")


def test_a_warning_with_drills_keeps_the_warned_party(extract: Extract) -> None:
    (ev,) = extract("Russia warned Norway with drills near the border on Monday.")
    assert ev.roles.target == "Norway"


def test_a_naval_drone_is_no_aerial_drone(extract: Extract) -> None:
    events = extract("A Ukrainian naval drone hit a Russian patrol ship near Novorossiysk.")
    assert not [e for e in events if (e.event_code or "") == "1952"]


def test_an_amenity_closed_with_roads_still_restricts(extract: Extract) -> None:
    # the other sense ("a public amenity closed") needs every conjunct of the object
    events = extract("Swiss police closed the park and the lakeside roads for the day.")
    assert rooted(events, "17")


def test_amenities_closed_alone_are_no_sanction(extract: Extract) -> None:
    # near miss: every conjunct an amenity
    assert not rooted(extract("Police closed the park and the zoo for the day."), "17")
