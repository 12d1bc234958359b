"""Faults the lead found reading news of its own (session 86). See docs/history/reading.md,
session 86. Sentences written for these tests; each rule has near misses that must not change.

1. "The warning was lifted six hours later" was §130 threaten: a warning lifted or withdrawn is
   a standing alert ended, no warning given.
2. "STONE TOWN, Tanzania, June 3 - ... at his home in Stone Town" put the arrest in Stone,
   England: "TOWN" split the dateline's name from its comma, so the country after it was
   not read as the dateline's, and the English town passed as "one in the dateline's
   country". A dateline's country after a comma is the story's (AP Stylebook).
3. "The warning was lifted six hours later" read "hours later" alone: the card's summary kept
   "six" with the date cut from after it ("was lifted six").
4. "agreed to reopen a rail line that has been closed since 1991" was a threat to close
   (§132), and "pledged to rebuild the school that was shelled in March" a threat of attack
   dated March: a relative clause on the complement's noun was read as the complement.
5. "Romania and Cyprus sent firefighting aircraft" was §154 mobilize armed forces.
6. "The Svalbard Treaty of 1920 bars military activity on the archipelago" was a §172 ban
   dated 1920: a rule's text banning in the simple present is a standing provision.
7. "Cyclone Chido killed 39 people on the island", after "police would arrive from mainland
   France", was placed at France's point: the place the text calls the mainland is not
   "the island".
8. "passed a motion of no confidence, forcing a snap election" was §170 coerce: an outcome
   forced is caused, no side coerced.
9. "Gunmen opened fire on worshippers at a mosque ... It was the first such attack in the
   sultanate" gave a second card, a §190 at the country: "such" points back to the kind of
   the act told, no new happening.
10. "a ferry sank between Pemba and Tanga", filed from Dar es Salaam, was placed at Pemba in
    Mozambique: the gazetteer lacked Pemba Island (regions.csv row).
11. "she was conscious and talking to rescuers after the jump" was §040 consult (a merge of
    this session's helpers let it through): a patient talking to carers consults no party.
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted, unreal, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def read(gp: Geoparser, text: str, surface: str) -> list[str | None]:
    """The place id of each mention written ``surface`` (None for a mention with no point)."""
    return [m.place.id if m.place else None for m in gp.parse(text) if m.text == surface]


# 1. A warning lifted is no warning given


@pytest.mark.parametrize(
    "text",
    [
        "The warning was lifted on Tuesday after the sea fell back.",
        "The threat has been withdrawn, the ministry said on Tuesday.",
        "Qatar lifted its warning to airlines on Tuesday.",
        "Officials rescinded the warning for the coast on Tuesday.",
    ],
)
def test_a_warning_lifted_is_no_threat(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "13")


@pytest.mark.parametrize(
    "text",
    [
        "The army issued a warning to the rebels on Tuesday.",
        "Qatar repeated its warning to the rebels on Tuesday.",
        "The president warned on Tuesday that the ban would be lifted only if talks resumed.",
    ],
)
def test_a_warning_given_is_still_a_threat(extract: Extract, text: str) -> None:
    assert rooted(extract(text), "13")


# 2. The country after a dateline's comma is the dateline's country


def test_a_datelines_country_after_its_comma_holds_the_story(extract: Extract) -> None:
    events = extract(
        "STONE TOWN, Tanzania, June 3 (Wire) - Police detained a journalist at his office in"
        " Stone Town on Tuesday."
    )
    assert [where(e) for e in rooted(events, "17")] == [("Zanzibar", "TZ")]


def test_a_town_the_datelines_country_lacks_is_no_place_abroad(geoparser: Geoparser) -> None:
    text = "MERIDIAN, Tanzania, June 3 (Wire) - Police detained a journalist in Stone on Tuesday."
    assert [m.place.country_code for m in geoparser.parse(text) if m.place] == ["TZ", "TZ"]


def test_a_state_after_a_datelines_comma_still_picks_the_namesake(geoparser: Geoparser) -> None:
    text = "WASHINGTON, Iowa - Farmers protested outside the courthouse on Tuesday."
    assert [m.place.admin1 for m in geoparser.parse(text)[:1] if m.place] == ["US-IA"]


# 3. A count of hours spelled out is part of the date phrase


@pytest.mark.parametrize("count", ["six", "twenty", "several", "just two"])
def test_a_spelled_count_of_hours_later_is_all_one_date(extract: Extract, count: str) -> None:
    events = extract(
        f"Rebels attacked the town on Monday. The army shelled the hills {count} hours later."
    )
    shelling = rooted(events, "194")
    assert [e.when.text for e in shelling] == [f"{count} hours later"]
    assert [e.summary for e in shelling] == ["The army shelled the hills"]


# 4. A relative clause on a noun is not the governing verb's complement


@pytest.mark.parametrize(
    "text",
    [
        "Both governments agreed on Monday to reopen a rail line that has been closed since 1991.",
        "The ministers pledged on Monday to rebuild the school that was shelled in March.",
    ],
)
def test_an_act_told_of_the_complements_noun_is_no_threat(extract: Extract, text: str) -> None:
    events = extract(text)
    assert [code(e)[:2] for e in events] == ["03"]
    assert [e.when.text for e in events] == ["on Monday"]


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Rebels vowed on Monday to attack any convoy that enters the valley.", "1384"),
        ("The army said on Monday that troops had shelled the villages.", "194"),
    ],
)
def test_the_complements_own_act_still_names_it(extract: Extract, text: str, full: str) -> None:
    assert [code(e) for e in extract(text)] == [full]


# 5. Craft named for relief work are no force sent


@pytest.mark.parametrize(
    "text",
    [
        "Portugal and Croatia sent firefighting aircraft to Albania on Friday.",
        "Spain sent two water-bombing aircraft to the island on Friday.",
    ],
)
def test_relief_craft_sent_are_no_force(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "15")


@pytest.mark.parametrize(
    "text",
    [
        "Russia sent fighter aircraft to the border on Friday.",
        "The army sent troops to the fire zone on Friday.",
    ],
)
def test_a_force_sent_is_still_a_deployment(extract: Extract, text: str) -> None:
    assert [code(e) for e in extract(text)] == ["154"]


# 6. A rule's text that bans in the present is a standing provision, no act


@pytest.mark.parametrize(
    "text",
    [
        "The Antarctic Treaty of 1959 bars military bases on the continent.",
        "The 2004 law prohibits rallies within 500 metres of parliament.",
    ],
)
def test_a_rules_standing_ban_is_no_act(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "17")


@pytest.mark.parametrize(
    "text",
    [
        "The court barred the opposition leader from the election on Monday.",
        "Parliament passed a law on Monday that bans rallies near its building.",
    ],
)
def test_a_ban_imposed_is_still_a_sanction(extract: Extract, text: str) -> None:
    assert rooted(extract(text), "17")


# 7. "The island" is not the place the text calls the mainland


def test_the_island_is_not_the_mainland_named_before(extract: Extract) -> None:
    events = extract(
        "Gangs set up roadblocks across Mayotte on Sunday. Extra police will arrive from"
        " mainland France next week. A cyclone killed 39 people on the island last month."
    )
    assert [where(e) for e in events if code(e).startswith("DIS")] == [("Mayotte", "YT")]


def test_an_island_country_named_before_is_still_the_island(extract: Extract) -> None:
    events = extract(
        "Protesters marched in Port Louis on Sunday, as Mauritius braced for a storm. A cyclone"
        " killed three people on the island last month."
    )
    assert [where(e)[1] for e in events if code(e).startswith("DIS")] == ["MU"]


# 8. An outcome forced is no side coerced


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers ousted the prime minister in a vote on Tuesday, forcing an early election.",
        "The court ruling on Tuesday forced a delay of the runoff.",
    ],
)
def test_an_outcome_forced_is_no_coercion(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "17")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen forced the driver into a car on Tuesday.",
        "The junta forced the closure of two newspapers on Tuesday.",
    ],
)
def test_a_side_forced_is_still_coerced(extract: Extract, text: str) -> None:
    assert rooted(extract(text), "17")


# 9. "such" points back to the act told


@pytest.mark.parametrize(
    "second",
    [
        "It was the first such attack in the country.",
        "It was the deadliest attack in the country since 2016.",
        "Such attacks are rare in the country.",
    ],
)
def test_a_redescribed_act_is_no_second_card(extract: Extract, second: str) -> None:
    events = extract(f"Gunmen shot dead four guards at a bank in Salalah on Monday. {second}")
    assert len([e for e in events if not unreal(e)]) == 1


@pytest.mark.parametrize(
    "second",
    [
        "Gunmen carried out a second attack on a police post in Sur on Tuesday.",
        "The army launched an attack on the gunmen's hideout on Tuesday.",
        "Gunmen have carried out such attacks on police posts in Sur almost daily since May.",
    ],
)
def test_a_new_attack_told_after_is_still_read(extract: Extract, second: str) -> None:
    events = extract(f"Gunmen shot dead four guards at a bank in Salalah on Monday. {second}")
    assert len([e for e in events if not unreal(e)]) == 2


# 10. Pemba Island beside the Mozambican city


def test_pemba_in_a_tanzanian_story_is_the_island(geoparser: Geoparser) -> None:
    text = "DAR ES SALAAM, April 4 - A ferry sank between Pemba and Tanga on Thursday night."
    assert read(geoparser, text, "Pemba") == ["rg:pemba-island"]


def test_pemba_in_a_mozambican_story_is_the_city(geoparser: Geoparser) -> None:
    text = "Insurgents attacked a village near Pemba in Cabo Delgado province on Friday."
    assert read(geoparser, text, "Pemba") == ["gn:1028918"]


# 11. A patient talking to rescuers consults no one


def test_a_patient_talking_to_rescuers_is_no_consultation(extract: Extract) -> None:
    events = extract("She was conscious and talking to rescuers after the fall on Tuesday.")
    assert not rooted(events, "04")


def test_a_minister_talking_to_rebels_still_consults(extract: Extract) -> None:
    events = extract("The minister was talking to rebel leaders in Doha on Tuesday.")
    assert [code(e) for e in events] == ["040"]
