"""Reader rules for newuser22's faults 4, 5, 9, 11 and 14 (stop 43, reader35): actors, roles
and acts missing or wrongly kept. Each with sentences written for these tests (none from an
evaluation set or from the user's files) and a near miss the rule must leave alone.
Publication is Thursday 2026-06-18."""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def codes(events: list[Event]) -> list[str]:
    return [code(e) for e in events]


# ------------------------------------------- names put on a sanctions list (fault 4)


@pytest.mark.parametrize(
    ("body", "source", "target"),
    [
        (
            "OTTAWA — Canada added 14 Iranian companies to its Belarus sanctions list on Monday.",
            "CA",
            "IR",
        ),
        (
            "LONDON — Britain put six Syrian officials on its sanctions list on Tuesday.",
            "GB",
            "SY",
        ),
    ],
)
def test_a_listing_is_the_listers_sanction_on_the_listed(
    extract: Extract, body: str, source: str, target: str
) -> None:
    # CAMEO 1.1b3 §163: the lister imposes, the listed are the target; the regime's name
    # ("its Belarus sanctions list") is neither a side nor the place
    found = real(extract(body), "163")
    assert len(found) == 1, codes(extract(body))
    ev = found[0]
    assert (ev.roles.source_country, ev.roles.target_country) == (source, target), ev.roles
    assert where(ev)[1] == source, where(ev)


def test_near_miss_names_taken_off_a_list_stay_eased(extract: Extract) -> None:
    body = "OTTAWA — Canada removed two Iranian banks from its sanctions list on Monday."
    assert codes(extract(body)) == ["085"]


def test_near_miss_a_state_sanctioned_by_name_stays_the_target(extract: Extract) -> None:
    body = "OTTAWA — Canada imposed sanctions on Belarus on Monday."
    found = real(extract(body), "163")
    assert [(e.roles.source_country, e.roles.target_country) for e in found] == [("CA", "BY")]


# ------------------------------------------- an act answered is not the answerer's (fault 5)


@pytest.mark.parametrize(
    ("body", "root"),
    [
        (
            "HANOI — Vietnam lodged a complaint with Thailand on Monday. Thailand did not "
            "respond to the complaint.",
            "11",
        ),
        ("HANOI — Cambodia has not replied to the accusation.", "11"),
    ],
)
def test_a_noun_answered_is_no_act_of_the_answerer(extract: Extract, body: str, root: str) -> None:
    # the complaint answered is Vietnam's act (CAMEO 1.1b3 §114), not Thailand's; a
    # non-response is no act at all
    found = [e for e in extract(body) if code(e).startswith(root)]
    assert all(e.roles.source_country in (None, "VN") for e in found), [e.roles for e in found]
    assert len(found) <= 1, codes(extract(body))
    assert all(e.roles.source_country != "KH" for e in extract(body))


def test_near_miss_a_complaint_made_in_answer_stays(extract: Extract) -> None:
    body = "HANOI — Thailand responded with a formal complaint on Monday."
    found = real(extract(body), "11")
    assert [e.roles.source_country for e in found] == ["TH"], [e.roles for e in found]


# --------------------------------------------- a kin apposition names no speaker (fault 11)


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "SEOUL — Kim Yo Jong, the younger sister of leader Kim Jong Un, threatened on "
            "Monday to cut all ties with South Korea.",
            "Kim Yo Jong",
        ),
        (
            "ISLAMABAD — Bilawal Bhutto Zardari, the son of President Asif Ali Zardari, "
            "condemned the Indian strikes on Monday.",
            "Bilawal Bhutto Zardari",
        ),
    ],
)
def test_the_head_of_a_kin_apposition_is_the_source(
    extract: Extract, body: str, source: str
) -> None:
    events = extract(body)
    assert events, "the act is read"
    assert [e.roles.source for e in events] == [source], [e.roles for e in events]
    assert events[0].summary.startswith(source), events[0].summary


def test_near_miss_the_leader_named_alone_stays_the_source(extract: Extract) -> None:
    body = "SEOUL — Leader Kim Jong Un threatened on Monday to cut all ties with South Korea."
    found = real(extract(body), "13")
    assert [(e.roles.source, e.roles.source_country) for e in found] == [("Kim Jong Un", "KP")]


# ------------------------------- an armed group placed in a country is not that state (11)


@pytest.mark.parametrize(
    "body",
    [
        "ABUJA — Gunmen in northern Nigeria kidnapped 20 students on Monday.",
        "NAIROBI — Armed men in southern Somalia freed two Kenyan aid workers on Tuesday.",
    ],
)
def test_an_armed_group_with_a_locative_has_no_country(extract: Extract, body: str) -> None:
    # CAMEO 1.1b3 actor codebook UAF: armed men of no named side; the country after "in"
    # is where they are (ACLED: the event's location, not the actor's)
    events = extract(body)
    assert events, "the act is read"
    assert all(e.roles.source_country is None for e in events), [e.roles for e in events]
    assert all(e.roles.source in ("gunmen", "armed men") for e in events), [e.roles for e in events]


def test_near_miss_a_states_troops_stay_that_state(extract: Extract) -> None:
    body = "NAIROBI — Somali troops freed two Kenyan aid workers on Tuesday."
    found = real(extract(body), "08")
    assert [e.roles.source_country for e in found] == ["SO"], [e.roles for e in found]


# ----------------------------------------- "we" in a quotation is the speaker's side (11)


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            'KABUL — "We have freed the two aid workers," a Taliban spokesman said on Monday.',
            "Taliban",
        ),
        (
            'BEIRUT — "We released the detained soldiers this morning," a Hezbollah official '
            "told reporters.",
            "Hezbollah",
        ),
    ],
)
def test_a_first_person_quote_is_the_speakers_act(extract: Extract, body: str, source: str) -> None:
    found = real(extract(body), "08")
    assert len(found) == 1, codes(extract(body))
    assert (found[0].roles.source, found[0].roles.target) == (source, None), found[0].roles


def test_near_miss_a_third_person_quote_is_not_the_speakers_act(extract: Extract) -> None:
    body = (
        'BEIRUT — "They released the detained soldiers this morning," a Hezbollah official '
        "told reporters."
    )
    assert all(e.roles.source != "Hezbollah" for e in extract(body))


# -------------------------------------- a force named by the state it comes from (11)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "VIENTIANE — Police from Cambodia, Vietnam, Laos and Thailand began a joint patrol "
            "on the Mekong River on Monday.",
            "Police from Cambodia, Vietnam, Laos and Thailand began",
        ),
        (
            "NDJAMENA — Troops from Chad began a patrol along the Niger border on Monday.",
            "Troops from Chad began",
        ),
    ],
)
def test_a_force_from_a_state_is_that_state(extract: Extract, body: str, words: str) -> None:
    # CAMEO 1.1b3 actor codebook: a state's police or military is coded by the state; of a
    # joint subject the first named is the source (GDELT Actor1)
    events = extract(body)
    assert events, "the act is read"
    first = body.split(" from ")[1].split()[0].strip(",")
    assert events[0].roles.source == first, events[0].roles
    assert events[0].summary.startswith(words), events[0].summary


def test_near_miss_people_who_fled_from_a_state_are_not_it(extract: Extract) -> None:
    body = "NDJAMENA — Refugees from Sudan blocked a road near the border on Monday."
    assert all(e.roles.source_country != "SD" for e in extract(body))


# --------------------------------- armed robbers boarding a ship (newuser21 fault 17)


def test_robbers_boarding_a_ship_is_a_boarding_by_irregulars(extract: Extract) -> None:
    # IMO Resolution A.1025(26) §2.2: armed robbery against ships is piracy's twin inside a
    # state's waters; CAMEO 1.1b3 §181 as the pirates' row codes it
    body = (
        "JAKARTA — Armed robbers boarded a chemical tanker off Batam on Tuesday and stole "
        "engine parts."
    )
    found = real(extract(body), "181")
    assert len(found) == 1, codes(extract(body))
    assert found[0].roles.source_country is None, found[0].roles


def test_near_miss_a_bank_robbery_is_no_political_act(extract: Extract) -> None:
    body = "LAGOS — Armed robbers stole cash from a bank in Ikeja on Tuesday."
    assert not real(extract(body), "18")


# ------------------------------------- a government named by its "of" name (fault 14)


def test_a_government_named_by_its_of_name_is_the_source(extract: Extract) -> None:
    # ACE 2005: the whole proper name is one ORG mention; its country is left unset when the
    # name names none (Libya's and South Africa's governments both call themselves so)
    body = (
        "TRIPOLI — The Government of National Accord accused the Kaniyat militia of shelling "
        "the airport on Monday."
    )
    found = real(extract(body), "11")
    assert [e.roles.source for e in found] == ["Government of National Accord"], found
    assert found[0].roles.source_country is None


def test_near_miss_a_government_of_a_state_stays_that_state(extract: Extract) -> None:
    body = "ISLAMABAD — The Government of Pakistan condemned the attack on Monday."
    found = real(extract(body), "11")
    assert [e.roles.source_country for e in found] == ["PK"], [e.roles for e in found]


# ------------------------------ a day inside the first act's part hides no second act (9)


def test_a_dated_accusation_and_a_threat_are_two_acts(extract: Extract) -> None:
    # Quirk et al. 1985, 13.46: "X accused A … and threatened" gives both verbs the subject;
    # the day "on Monday" is an adjunct, not part of the object the limit counts
    body = (
        "TEHRAN — Iran accused Israel on Monday of sabotaging a nuclear site near Natanz and "
        "threatened to retaliate."
    )
    found = codes(extract(body))
    assert found[0].startswith("11"), found
    assert any(c.startswith("13") for c in found), found


def test_near_miss_a_second_gerund_is_no_second_act(extract: Extract) -> None:
    body = (
        "TEHRAN — Iran accused Israel on Monday of sabotaging a nuclear site and of "
        "threatening its scientists."
    )
    assert not [c for c in codes(extract(body)) if c.startswith("13")], codes(extract(body))


# ------------------------- a joined clause dated "two days later" is its own act (9)


def test_a_joined_release_two_days_later_is_its_own_act(extract: Extract) -> None:
    # TimeML: "two days later" is a duration anchored to the act before it, so the joined
    # clause has a date of its own and is read as a sentence of its own
    body = (
        "BAKU — Armenia freed five Azerbaijani soldiers on Saturday, and Azerbaijan released "
        "twelve Armenian detainees from a prison near Ganja two days later."
    )
    found = real(extract(body), "08")
    assert [e.roles.source_country for e in found] == ["AM", "AZ"], [e.roles for e in found]
    assert [e.when.start.day for e in found] == [13, 15], [e.when for e in found]


def test_near_miss_the_first_act_keeps_its_own_day(extract: Extract) -> None:
    body = "BAKU — Armenia freed five Azerbaijani soldiers on Saturday."
    found = real(extract(body), "08")
    assert [e.when.start.day for e in found] == [13], [e.when for e in found]
