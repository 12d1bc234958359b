"""Faults the lead found reading news of its own (session 81). See docs/history/reading.md,
session 81. Sentences written for these tests; each rule has near misses that must not change.

1. An act in a restrictive relative clause inside an accusation's charge (", accusing Paris
   of backing the jihadists who have blockaded the capital") was read as the sentence's act,
   done by the accused, on the day of the accusation.
2. "ordered the French charge d'affaires to leave" (AP style, no accent) was no expulsion.
3. "Fighters of <group> set fire to 40 trucks" was no act (the arson row named no fighters).
4. A month after a reduced relative with a place ("the drivers detained in Sikasso in
   August") dated the sentence's act, not the detention; so did a reduced relative on the
   subject ("Troops deployed in the province since 2021 drove the fighters out").
5. A duty or office taken over ("the army took over security in the capital", "took over as
   head of state") was read as ground occupied (§192), "took over responsibility for" as a
   claim of responsibility (§015).
6. "approved an 18th package of sanctions against Russia" was read as praise (§051 approve):
   a numeric ordinal made the gap too long for the "approve * @SANCTION" row.
7. A trip put off "to oversee the response" at home was read as lowered ties (§160).
8. "The banned <Name> claimed the attack": the participle after an article before a name
   was read as a ban of the day (§172) (found by newuser84).
9. "Lawmakers killed the budget bill" was read as an assassination (§186): the figure-first
   row meant for the passive took an active verb with an object (found by cameo81).
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# 1. The charge's restrictive relative is the accuser's words (CAMEO 1.1b3 §112 note)


@pytest.mark.parametrize(
    "text",
    [
        "The minister on Monday told reporters to wait, accusing Paris of backing the "
        "jihadists who have blockaded fuel convoys into the capital.",
        "The party issued a statement, accusing the government of protecting the officers "
        "who shot the protesters.",
    ],
)
def test_an_act_in_the_charges_relative_clause_is_not_the_sentences(
    extract: Extract, text: str
) -> None:
    events = real(extract(text), "")
    assert events
    assert all(code(e).startswith("11") for e in events), [code(e) for e in events]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a relative set off by a comma is the writer's own aside: still an act
        (
            "The jihadists, who have blockaded fuel convoys into the capital, attacked a "
            "convoy on Monday.",
            "19",
        ),
        # a relative clause on the object of an act, no accusation
        ("Police on Monday arrested the men who attacked the market.", "17"),
        # the accusation itself, finite, stays an accusation
        ("The minister accused Paris on Monday of backing the rebels.", "11"),
    ],
)
def test_relatives_outside_a_charge_keep_their_reading(
    extract: Extract, text: str, root: str
) -> None:
    assert code(real(extract(text), "")[0]).startswith(root)


# 2. A chargé d'affaires, written without the accent, ordered out is expelled (§166)


@pytest.mark.parametrize(
    "text",
    [
        "Mali's military government on Monday ordered the French charge d'affaires to "
        "leave the country within 72 hours.",
        "The foreign ministry told the Dutch charge d'affaires to leave by Friday.",
    ],
)
def test_a_charge_daffaires_ordered_out_is_expelled(extract: Extract, text: str) -> None:
    assert [code(e) for e in real(extract(text), "16")] == ["166"]


def test_a_legal_charge_is_no_envoy(extract: Extract) -> None:
    events = extract("The judge ordered the charge to be dropped and told the man to leave.")
    assert not real(events, "16")


# 3. Fighters who set fire to property use unconventional violence (§180)


def test_fighters_setting_fire_to_trucks_is_an_act(extract: Extract) -> None:
    events = real(
        extract("Fighters of the armed group set fire to 40 tanker trucks near Kati."), ""
    )
    assert [code(e) for e in events] == ["180"]


def test_firefighters_are_no_fighters(extract: Extract) -> None:
    events = extract("Firefighters set fire to the dry brush to stop the blaze near the town.")
    assert not real(events, "18")


# 4. A reduced relative keeps its place and its date (Quirk et al. 1985 §17.28)


@pytest.mark.parametrize(
    "text",
    [
        "The bloc called on the junta to release the 12 truck drivers detained in Sikasso "
        "in March.",
        "The minister condemned the attack carried out near Gao in April.",
    ],
)
def test_a_month_after_a_reduced_relative_with_a_place_is_not_the_acts(
    extract: Extract, text: str
) -> None:
    events = real(extract(text), "")
    assert events
    first = events[0]
    assert first.when.start.month == 6, (code(first), first.when)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two men in Bamako in March.",
        "Rebels attacked a convoy near Gao in April.",
    ],
)
def test_a_month_after_the_acts_own_place_dates_the_act(extract: Extract, text: str) -> None:
    events = real(extract(text), "")
    assert events[0].when.start.month in (3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Troops deployed in the province since 2021 drove the fighters out after a long battle.",
        "Soldiers posted near Gao in April repelled an assault on the camp.",
    ],
)
def test_a_reduced_relative_on_the_subject_keeps_its_date(extract: Extract, text: str) -> None:
    events = real(extract(text), "")
    assert events
    assert events[0].when.start.year == 2026, events[0].when
    assert events[0].when.start.month == 6, events[0].when


def test_two_verbs_joined_by_and_keep_the_date(extract: Extract) -> None:
    events = real(
        extract("Protesters gathered in the square in April and clashed with police."), ""
    )
    assert events
    assert all(e.when.start.month == 4 for e in events)


# 5. A duty or office taken over is no ground occupied (CAMEO 1.1b3 §192, §015)


@pytest.mark.parametrize(
    "text",
    [
        "The army took over security in the capital on Tuesday.",
        "The vice president took over as head of state on Tuesday.",
        "The deputy took over the chairmanship of the committee.",
        "The army took over responsibility for the airport on Tuesday.",
    ],
)
def test_a_duty_taken_over_is_no_occupation(extract: Extract, text: str) -> None:
    assert not real(extract(text), "192", "015")


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Rebels took over the town of Goma on Tuesday.", "192"),
        ("The militia took over the airport on Tuesday.", "192"),
        ("The group took responsibility for the bombing on Tuesday.", "015"),
    ],
)
def test_ground_taken_over_and_a_deed_owned_stay(extract: Extract, text: str, full: str) -> None:
    assert [code(e) for e in real(extract(text), full[:3])] == [full]


# 6. Sanctions told by their package or round are imposed (CAMEO 1.1b3 §163)


@pytest.mark.parametrize(
    "text",
    [
        "European Union governments on Friday approved a 14th package of sanctions "
        "against Belarus.",
        "The ministers on Monday approved a 20th package of sanctions against Moscow.",
    ],
)
def test_a_package_of_sanctions_is_imposed(extract: Extract, text: str) -> None:
    events = real(extract(text), "")
    assert [code(e) for e in events] == ["163"]


def test_an_approval_of_something_else_stays_praise(extract: Extract) -> None:
    events = real(extract("The council approved a package of reforms on Friday."), "")
    assert all(not code(e).startswith("16") for e in events)


# 7. A visit put off to direct a response at home lowers no tie (CAMEO 1.1b3 §160)


@pytest.mark.parametrize(
    "text",
    [
        "The president postponed a trip to Kenya for the summit to oversee the response to "
        "the floods.",
        "The prime minister cancelled a visit to Rome to lead the response after the quake.",
    ],
)
def test_a_trip_put_off_to_lead_the_response_lowers_no_tie(extract: Extract, text: str) -> None:
    assert not real(extract(text), "16")


def test_a_trip_put_off_in_protest_still_lowers_ties(extract: Extract) -> None:
    events = real(extract("The president postponed a trip to Paris to protest the tariffs."), "")
    assert [code(e)[:2] for e in events] == ["16"]


# 8. A participle between an article and a name is the name's adjective (Quirk §7.15)


@pytest.mark.parametrize(
    "text",
    [
        "The banned Tehrik Liberation Front claimed responsibility for the blast.",
    ],
)
def test_a_participle_before_a_name_is_no_ban(extract: Extract, text: str) -> None:
    assert not real(extract(text), "17")


def test_a_ban_of_a_named_group_stays(extract: Extract) -> None:
    events = real(extract("The government on Monday banned the Tehrik Liberation Front."), "")
    assert [code(e)[:2] for e in events] == ["17"]


# 9. A figure before an active verb of killing with an object is the doer (Quirk §10.2)


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers killed the budget bill on Tuesday.",
        "The governor killed the housing bill on Friday.",
    ],
)
def test_a_figure_who_kills_a_bill_is_no_victim(extract: Extract, text: str) -> None:
    assert not real(extract(text), "18")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of the town was shot dead on Monday.",
        "Opposition leader killed in ambush near the capital.",
        "Gunmen killed the mayor on Monday.",
    ],
)
def test_a_figure_killed_is_still_assassinated(extract: Extract, text: str) -> None:
    assert [code(e) for e in real(extract(text), "18")] == ["186"]


# tester81's near misses: each was worse on the branch before its mend


@pytest.mark.parametrize(
    "text",
    [
        "Rebels took over security checkpoints on the road to the city.",
        "Militants took over a security forces base near the border.",
        "Rebels took over as many as ten villages in the province.",
        "The army took over as the rebels fled the town.",
    ],
)
def test_ground_named_with_a_duty_word_is_still_taken(extract: Extract, text: str) -> None:
    assert [code(e) for e in real(extract(text), "19")] == ["192"]


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("The bloc approved lifting a package of sanctions on the regime.", "085"),
        ("The bloc approved lifting its 14th package of sanctions on the regime.", "085"),
    ],
)
def test_a_package_of_sanctions_eased_is_eased(extract: Extract, text: str, full: str) -> None:
    assert [code(e) for e in real(extract(text), "")] == [full]


def test_accusers_are_not_the_arsonists(extract: Extract) -> None:
    events = real(extract("Separatists accused soldiers of setting fire to homes in the town."), "")
    assert [code(e)[:2] for e in events] == ["11"]
