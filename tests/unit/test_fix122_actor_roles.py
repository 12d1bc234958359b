"""Who did what to whom when a name stands inside an apposition or a clause of its own
(session 91): the agent of "identified by X as Y" read as the doer, a person's hometown
("Y of Akron") as the act's place, the "of" object of "a critic of X" as the one arrested,
the subject before a summative apposition ("…, a result the opposition rejected") as the
rejecter, and the main clause's subject as the one killed in "after her husband, Y, was
killed". Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, where

# an identifier's agent and a hometown in one sentence: neither is the attack's side or place
IDENTIFIED_BY = (
    "The bomber, identified by Interpol as Lars Meyer of Graz, detonated a device at a rail "
    "depot in Salzburg on Monday."
)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "identifier"),
    [
        (IDENTIFIED_BY, "Interpol"),
        (
            "The attacker, identified as Piet Smit by the FBI, stabbed two guards at a prison "
            "in Denver on Monday.",
            "FBI",
        ),
    ],
)
def test_who_identified_the_attacker_did_not_attack(
    extract: Extract, body: str, identifier: str
) -> None:
    acts = real(extract(body), "18")
    assert acts
    assert all(e.roles.source != identifier for e in acts)


def test_a_hometown_after_the_name_is_not_the_place(extract: Extract) -> None:
    assert [where(e)[0] for e in real(extract(IDENTIFIED_BY), "18")] == ["Salzburg"]


def test_the_critic_not_the_one_criticised_was_detained(extract: Extract) -> None:
    body = (
        "Troops detained Marta Lind, a fierce critic of Prime Minister Oskar Dahl, at a "
        "checkpoint outside Tallinn on Sunday."
    )
    detained = real(extract(body), "17")
    assert detained
    assert all(e.roles.target != "Oskar Dahl" for e in detained)


def test_the_winner_did_not_reject_the_result(extract: Extract) -> None:
    body = (
        "Premier Ivo Rask won the referendum with 61 percent of the ballots, the electoral "
        "board said on Tuesday, a result the opposition rejected."
    )
    rejected = real(extract(body), "12")
    assert rejected
    assert all(e.roles.source != "Ivo Rask" for e in rejected)


def test_the_one_killed_is_the_apposed_relative(extract: Extract) -> None:
    body = (
        "Prime Minister Lina Sarr took office in 2016 after her husband, Ousmane Sarr, was "
        "assassinated during a rally."
    )
    killed = real(extract(body), "18")
    assert killed
    assert all(e.roles.target != "Lina Sarr" for e in killed)
    assert all("Lina Sarr" not in e.summary for e in killed)


# near misses: the same words where the name is the side


def test_an_agency_that_arrests_stays_the_source(extract: Extract) -> None:
    events = real(extract("The FBI arrested the gunman at a motel in Toledo on Monday."), "17")
    assert [e.roles.source for e in events] == ["FBI"]


def test_a_named_detainee_stays_the_target(extract: Extract) -> None:
    body = "Police arrested opposition leader Tomas Holm at his home in Riga on Monday."
    assert [e.roles.target for e in real(extract(body), "17")] == ["Tomas Holm"]


def test_a_home_told_with_from_is_no_place_either_way(extract: Extract) -> None:
    body = "A 41-year-old man from Graz stabbed two guards at a prison in Salzburg on Monday."
    assert [where(e)[0] for e in real(extract(body), "18")] == ["Salzburg"]


_TRUCKS = (
    "Army trucks withdrew from the northern city of Porto on Wednesday after a day of tension.\n\n"
)


def test_a_mayors_act_is_placed_in_the_mayors_town(extract: Extract) -> None:
    office = (
        "Lisbon's mayor had declared Thursday a holiday and urged people to stay off the roads."
    )
    body = _TRUCKS + "Residents of Porto cheered as the trucks left the city. " + office
    urged = real(extract(body), "02")
    assert urged
    assert [where(e)[0] for e in urged] == ["Lisbon"] * len(urged)


def test_the_mayor_of_a_town_stays_there(extract: Extract) -> None:
    # near miss: the "of" form keeps the town named in the clause
    office = (
        "The mayor of Lisbon declared Thursday a holiday and urged people to stay off the roads."
    )
    body = _TRUCKS + "Residents of Porto cheered as the trucks left the city. " + office
    assert [where(e)[0] for e in real(extract(body), "02")] == ["Lisbon"]


def test_a_mayors_act_with_a_place_of_its_own_keeps_it(extract: Extract) -> None:
    # near miss: the act names where it was done
    events = real(extract("Lisbon's mayor visited flooded streets in Porto on Monday."), "04")
    assert [where(e)[0] for e in events] == ["Porto"]
