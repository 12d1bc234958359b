"""Confident wrong cards a new user found (newuser94, session 86), each written again as our
own sentences. See docs/history/reading.md, session 86: fix96. Each rule has near misses
that must not change.

1. Harm whose subject is a natural cause ("an extreme winter has killed cattle") was §190.
2. An act told as a noun whose sentence reports its consequence ("blockades have caused
   shortages") was §191.
3. What a demand asks for ("demanded the release of two reporters") was §0841.
4. Arson ("set fire to nine buses", "a similar arson attack") was §190, and "in the latest
   attack" a second act; "Similar attacks took place" a generic §190.
5. "suspected rebels burned …" after a fronted adverbial flagged the burning hypothetical.
6. "stopped X from crossing and rejected Y" flagged the rejection negated.
7. "…, said army spokesman Captain X" made the spokesman the target.
8. "has not ruled out a curfew", "declined to rule out tariffs on Danish goods" were
   unflagged threats (§1323, §1312), though aimed at no party.
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# 1. A natural cause is no actor (EM-DAT; CAMEO 1.1b3 §19 needs an actor's force)


def test_a_natural_cause_is_no_force(extract: Extract) -> None:
    text = "A bitter winter has killed more than 40,000 sheep in the northern provinces."
    assert rooted(extract(text), "18", "19", "20") == []


def test_a_cold_snap_stays_a_hazard(extract: Extract) -> None:
    text = "The cold snap had killed hundreds of goats on the plateau by Monday."
    assert rooted(extract(text), "18", "19", "20") == []


def test_soldiers_in_winter_still_fight(extract: Extract) -> None:
    text = "Soldiers killed four rebels in the hills on Monday despite the bitter winter."
    assert [code(e)[:2] for e in real(extract(text), "18", "19")] == ["19"]


# 2. A consequence told, no act (TimeML: a nominal event referred to, not asserted)


def test_blockades_that_caused_shortages_are_no_blockade(extract: Extract) -> None:
    text = "Truck blockades have caused shortages of bread in the capital, traders said."
    assert rooted(extract(text), "19", "14") == []


def test_blockading_a_port_stays_a_blockade(extract: Extract) -> None:
    text = "Navy ships blockaded the port on Monday, which caused shortages of bread."
    assert [code(e)[:2] for e in real(extract(text), "19")] == ["19"]


# 3. The demand is the act (CAMEO 1.1b3 §10; §1053 demands a release)


def test_a_release_demanded_is_a_demand(extract: Extract) -> None:
    text = "Posters pinned up at the plant demanded the release of two jailed union leaders."
    assert [code(e)[:2] for e in real(extract(text), "10")] == ["10"]


def test_a_release_done_stays_a_release(extract: Extract) -> None:
    text = "The junta announced the release of two jailed union leaders on Monday."
    assert [code(e) for e in real(extract(text), "08")] == ["0841"]


# 4. Arson is property destroyed (CAMEO 1.1b3 §1712), no military force


def test_buses_set_on_fire_are_property_destroyed(extract: Extract) -> None:
    text = (
        "Masked men set fire to nine buses near the port on Monday, in the latest attack "
        "in a dispute over grazing land."
    )
    assert [code(e) for e in extract(text)] == ["1712"]


def test_arson_in_a_region_is_not_the_state(extract: Extract) -> None:
    text = "Masked men set fire to nine buses in Chile's Biobio region on Monday."
    assert [e.roles.source_country for e in extract(text)] == [None]


def test_an_arson_attack_is_property_destroyed(extract: Extract) -> None:
    text = "A similar arson attack destroyed a grain store near the river in March."
    assert [code(e) for e in extract(text)] == ["1712"]


def test_an_armed_attack_stays_force(extract: Extract) -> None:
    text = "A rocket attack destroyed a grain store near the river in March."
    assert [code(e)[:2] for e in real(extract(text), "19", "18")] == ["19"]


def test_similar_attacks_are_a_generic_mention(extract: Extract) -> None:
    text = "Similar attacks took place in the delta late last year."
    assert rooted(extract(text), "19") == []


# 5. "suspected" before a doer's noun hedges the doer, not the act (ACLED; FactBank)


def test_suspected_rebels_after_a_fronted_adverbial_did_it(extract: Extract) -> None:
    text = "Two days earlier, suspected rebels burned a bulldozer at the quarry."
    assert [code(e) for e in real(extract(text), "17")] == ["1712"]


def test_police_suspecting_rebels_stays_hypothetical(extract: Extract) -> None:
    text = "Two days earlier, police suspected rebels of burning a bulldozer at the quarry."
    assert real(extract(text), "17") == []


# 6. A past verb after "from" + gerund is the subject's own act (Quirk et al. §16.42)


def test_a_rejection_after_stopping_from_is_done(extract: Extract) -> None:
    text = (
        "The interior ministry said its police had stopped 400 people from leaving and "
        'rejected "any talk of failure".'
    )
    assert [code(e)[:2] for e in real(extract(text), "12", "01")] != []


def test_what_is_stopped_stays_prevented(extract: Extract) -> None:
    text = "The interior ministry said its police had stopped 400 people from marching."
    assert real(extract(text), "14") == []


# 7. A speaker after "said" reports (AP Stylebook "said"), no target


def test_a_spokesman_after_said_is_no_target(extract: Extract) -> None:
    text = "Troops seized rifles and mortars, said navy spokesman Commander Mario Reyes."
    assert [e.roles.target for e in extract(text)] == [None]


def test_a_target_before_said_stays(extract: Extract) -> None:
    text = "Troops seized rifles from the rebels, said navy spokesman Commander Mario Reyes."
    assert [code(e)[:2] for e in real(extract(text), "17")] == ["17"]


# 8. An act held open at no party is a hedge, possible only (CAMEO 1.1b3 §13 needs a target)


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet has not ruled out a night curfew if infections keep rising.",
        "A Commerce Ministry spokesman declined to rule out new tariffs on Korean goods.",
    ],
)
def test_an_act_held_open_at_no_party_is_no_threat(extract: Extract, text: str) -> None:
    assert real(extract(text), "13", "12", "16", "17") == []


def test_sanctions_held_open_against_a_state_stay_a_threat(extract: Extract) -> None:
    text = "The foreign ministry has not ruled out new sanctions against Belarus."
    assert [code(e) for e in real(extract(text), "13")] == ["1312"]


def test_protesters_burning_buses_stay_a_riot(extract: Extract) -> None:
    text = "Protesters set fire to nine buses in the capital on Saturday."
    assert [code(e)[:2] for e in real(extract(text), "14")] == ["14"]


def test_a_clause_after_said_is_no_speaker(extract: Extract) -> None:
    text = "Scharping, ending a two-day visit, said Poland was well prepared to join the alliance."
    assert [e.roles.target for e in real(extract(text), "04")] == ["Poland"]
