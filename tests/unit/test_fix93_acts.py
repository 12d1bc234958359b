"""Confident wrong cards a new user found (newuser92, session 85), each written again as our
own sentences. See docs/history/reading.md, session 85: fix93. Each rule has near misses
that must not change.

1. A negative subject ("no officer took part in …") left the act told as done.
2. "would not let X go hungry" was a refusal (§12) of no one's request.
3. A result clause of a measure or hazard (", forcing …") was a §17 coercion.
4. A place that "will remain closed" was a threat (§13) or a closure.
5. A sub-national body's troops sent to its own district were a threat (§138).
6. Technicians examining a structure were a §09 investigation.
7. A gang's attack on a town was §190 conventional force.
8. The owner in an "of" apposition ("X, an ally of Y, denied") was the source.
9. "X's interior minister said N people were detained" made X the target.
10. A town's name after "the town of" with a title word was a target.
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# 1. A negative subject denies the act it is denied a part in (Quirk et al. 1985 §10.58)


def test_a_negative_subject_denies_the_act(extract: Extract) -> None:
    text = "The ministry said no officer took part in the raid on the Kivu market."
    assert real(extract(text), "19", "17") == []


def test_a_passive_after_no_one_keeps_the_attack(extract: Extract) -> None:
    text = "Rebels shelled the Kivu market on Monday, but no one was hurt in the attack."
    assert real(extract(text), "19", "18")


def test_no_fewer_than_keeps_the_act(extract: Extract) -> None:
    text = "No fewer than 40 soldiers took part in the raid on the rebel camp on Monday."
    assert real(extract(text), "19", "17")


# 2. A fate refused answers no request (CAMEO 1.1b3 §12)


def test_not_letting_a_region_go_hungry_is_no_refusal(extract: Extract) -> None:
    text = "The premier said on Tuesday that Chile would not allow the north to starve."
    assert rooted(extract(text), "12") == []


def test_not_allowing_marchers_to_march_stays_a_refusal(extract: Extract) -> None:
    text = "The mayor said on Tuesday that the city would not allow the unions to march."
    assert rooted(extract(text), "12")


# 3. A measure or a hazard coerces no one (CAMEO 1.1b3 §17 needs an actor)


def test_a_falling_reservoir_coerces_no_one(extract: Extract) -> None:
    text = (
        "Reservoir levels near Valencia fell sharply last week, forcing the water board to "
        "ration supplies."
    )
    assert rooted(extract(text), "17") == []


def test_troops_forcing_villagers_stay_a_coercion(extract: Extract) -> None:
    text = "Soldiers fired into the air in the village last week, forcing traders to close."
    assert rooted(extract(text), "17", "19", "20", "18")


# 4. A place that stays closed continues a state (no §13, no §172)


def test_a_bridge_that_will_remain_closed_is_no_threat(extract: Extract) -> None:
    text = "Officials said the Lima-Callao bridge would remain closed until further notice."
    assert rooted(extract(text), "13", "17") == []


def test_a_government_closing_the_border_stays_a_closure(extract: Extract) -> None:
    text = "Chile closed its border with Bolivia on Monday."
    assert rooted(extract(text), "17", "13", "16")


# 5. A sub-national body's own forces sent home are deployed (§154 planned), no threat


def test_a_provincial_government_sending_troops_is_a_deployment(extract: Extract) -> None:
    text = (
        "QUETTA, Nov 3 — The provincial government said it would send paramilitary troops "
        "to Zhob district."
    )
    events = extract(text)
    assert rooted(events, "13") == []
    assert [code(e) for e in rooted(events, "15")] == ["154"]


def test_a_state_sending_troops_abroad_stays_a_threat(extract: Extract) -> None:
    text = "Turkey said it would send troops into northern Syria."
    assert rooted(extract(text), "13")


# 6. A trade check of a structure is no §09 investigation


def test_technicians_checking_a_dam_are_no_investigation(extract: Extract) -> None:
    text = "The dam will stay shut until next week while technicians examine it."
    assert rooted(extract(text), "09") == []


def test_prosecutors_investigating_stay_an_investigation(extract: Extract) -> None:
    text = "Prosecutors in Lima opened an investigation into the mayor on Monday."
    assert rooted(extract(text), "09")


# 7. A gang's attack is unconventional violence (§180), as a militia's is


def test_a_gang_attack_on_a_town_is_unconventional_violence(extract: Extract) -> None:
    text = "Armed gangs stormed the town of Mirebalais on Sunday, killing 30 residents."
    assert [code(e)[:2] for e in rooted(extract(text), "18", "19")] == ["18"]


def test_soldiers_storming_a_town_stay_force(extract: Extract) -> None:
    text = "Soldiers stormed the town of Mirebalais on Sunday."
    assert [code(e)[:2] for e in rooted(extract(text), "18", "19")] == ["19"]


# 8. An "of" apposition's owner is no subject (Quirk et al. 1985 §17.38)


def test_the_owner_of_an_of_apposition_is_no_source(extract: Extract) -> None:
    text = "Rwanda, a close ally of President Evariste Ndayishimiye, denied sending troops."
    sources = [e.roles.source for e in extract(text)]
    assert "Evariste Ndayishimiye" not in sources


def test_a_possessive_apposition_still_names_the_head(extract: Extract) -> None:
    text = "Mayor Ali Kaya, Premier Ozan's main rival, was detained on Monday."
    assert "Ozan" not in [e.roles.source for e in extract(text)]


# 9. A state's minister telling of arrests is no target of them


def test_the_ministers_country_is_no_target_of_the_arrests(extract: Extract) -> None:
    text = "Togo's interior minister said 31 students were detained on Monday."
    assert [e.roles.target for e in rooted(extract(text), "17")] == [None]


def test_arrested_nationals_abroad_stay_the_target(extract: Extract) -> None:
    text = "Two Chinese nationals were arrested in Manila on Monday."
    assert [e.roles.target for e in rooted(extract(text), "17")] != [None]


# 10. A town's name after "the town of" is a place, not a target (ACE 2005 Place)


def test_a_titled_town_name_is_no_target(extract: Extract) -> None:
    text = "Troops killed four militants near the town of Sheikh Amran on Friday."
    assert "Amran" not in [e.roles.target for e in extract(text)]


def test_a_people_named_after_the_verb_stays_the_target(extract: Extract) -> None:
    text = "Troops shelled Houthi positions near the town of Hodeidah on Friday."
    assert any(e.roles.target for e in extract(text))
