"""Every actor carries its country (ISO2) when the text makes it plain: a country named as
the actor, a demonym-led group, a capital standing for its government, a named national body.
Sentences written for these tests; none is from an evaluation set."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date 2024-06-11\n{body}", path="t"))


def countries(events: list[Event]) -> set[str | None]:
    """The actor countries of the sentence's first event."""
    return set(events[0].actor_countries)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # a country named as the actor is its own country
        ("Azerbaijan shelled villages near the border on Sunday.", "AZ"),
        ("Pakistan struck hideouts in the mountains on Sunday.", "PK"),
        # a group led by a country's demonym
        ("Turkish warplanes bombed positions in northern Iraq on Sunday.", "TR"),
        ("The Ethiopian army attacked rebel positions on Sunday.", "ET"),
        ("Venezuelan troops clashed with smugglers on the border on Sunday.", "VE"),
        ("Azeri troops shelled positions across the border on Sunday.", "AZ"),
    ],
)
def test_a_country_or_demonym_actor_carries_its_code(read: Read, sentence: str, code: str) -> None:
    events = read(sentence)
    assert events, sentence
    assert code in countries(events), (sentence, events[0].actors, events[0].actor_countries)


@pytest.mark.parametrize(
    ("sentence", "name", "code"),
    [
        # a capital standing for its government, as the subject of a verb of state
        ("Ankara said its jets bombed depots in northern Iraq on Sunday.", "Ankara", "TR"),
        ("Caracas accused Bogotá of sheltering rebels on Sunday.", "Caracas", "VE"),
        ("Islamabad has fired missiles at camps across the border.", "Islamabad", "PK"),
        # ... or as the owner of a state organ
        ("Baku's forces shelled Armenian positions on Sunday.", "Baku", "AZ"),
        ("Nairobi's new envoy protested the arrests on Sunday.", "Nairobi", "KE"),
        # a named national body
        (
            "The Pentagon sent two destroyers to the eastern Mediterranean on Sunday.",
            "Pentagon",
            "US",
        ),
        ("The Knesset voted to condemn the attack on Sunday.", "Knesset", "IL"),
        ("The Bundeswehr sent medics to the flooded towns on Sunday.", "Bundeswehr", "DE"),
        # a state news agency telling its own state's act
        ("Xinhua reported that the navy held drills near the strait on Sunday.", "Xinhua", "CN"),
    ],
)
def test_a_capital_or_national_body_carries_its_country(
    read: Read, sentence: str, name: str, code: str
) -> None:
    events = read(sentence)
    assert events, sentence
    named = dict(zip(events[0].actors, events[0].actor_countries, strict=True))
    assert named.get(name) == code, (sentence, named)


def test_a_person_titled_after_a_national_body_is_of_its_country(read: Read) -> None:
    (ev, *_) = read(
        "Kremlin spokesman Oleg Varenko accused the rebels of shelling a dam on Sunday."
    )
    named = dict(zip(ev.actors, ev.actor_countries, strict=True))
    assert named.get("Oleg Varenko") == "RU"


def test_a_list_of_capitals_shares_its_verb(read: Read) -> None:
    (ev, *_) = read("Hanoi and Manila signed a coast guard pact on Sunday.")
    assert {"VN", "PH"} <= set(ev.actor_countries)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # where force landed, not who used it
        ("Missiles struck Ankara on Sunday.", "TR"),
        ("Drones hit oil depots near Baku on Sunday.", "AZ"),
        # a capital as a noun's modifier, or after a preposition, is a place
        ("Ankara residents fled the shelling of the suburbs on Sunday.", "TR"),
        ("Protesters in Caracas and Lima marched against the reform on Sunday.", "VE"),
        # a patron is not the side that acts
        ("Qatar-backed gunmen attacked a checkpoint near the border on Sunday.", "QA"),
        ("Pro-Indian militiamen raided a village in the hills on Sunday.", "IN"),
        ("Sudanese-funded fighters stormed a market town on Sunday.", "SD"),
        # nobody is named: no country
        ("Gunmen attacked a bus on a highway on Sunday.", None),
    ],
)
def test_no_country_is_invented(read: Read, sentence: str, absent: str | None) -> None:
    events = read(sentence)
    assert events, sentence
    got = set(events[0].actor_countries) - {None}  # an actor of no country invents none
    assert (absent not in got) if absent else not got, (sentence, events[0].actors, got)


def test_a_capital_that_fires_is_the_side_not_the_place(read: Read) -> None:
    (ev, *_) = read("Tehran fired missiles at Israel on Sunday.")
    assert ev.roles.source_country == "IR"
    assert ev.location is not None
    assert ev.location.place is not None
    assert ev.location.place.country_code == "IL"


def test_force_with_no_place_or_target_is_not_put_in_the_attackers_country(read: Read) -> None:
    # nothing says where the strikes landed; the attacker's country would be a guess
    (ev, *_) = read("Pakistan said its aircraft hit militant hideouts on Sunday.")
    assert "PK" in ev.actor_countries
    assert (
        ev.location is None or ev.location.place is None or ev.location.place.country_code != "PK"
    )


def test_who_opens_by_saying_an_attack_struck_is_not_its_side(read: Read) -> None:
    # the side struck tells of the attack; it names no attacker
    (ev, *_) = read("Georgian officials said a rocket struck a depot near Gori on Sunday.")
    assert "GE" not in ev.actor_countries
    assert ev.roles.source_country is None


def test_who_says_its_own_forces_struck_is_the_side(read: Read) -> None:
    (ev, *_) = read("Tbilisi said its artillery struck rebel positions near Gori on Sunday.")
    assert ev.roles.source_country == "GE"


def test_a_state_telling_its_own_launch_stays_its_side(read: Read) -> None:
    (ev, *_) = read("Iranian state media said the rocket launched on Sunday carried a satellite.")
    assert "IR" in ev.actor_countries


@pytest.mark.parametrize(
    ("sentence", "name", "code"),
    [
        # the capital named as the side is its state in the roles (placing51, CAMEO 1.1b3
        # actor codes: a capital's government is coded by its country)
        ("Hanoi warned Beijing against new patrols on Sunday.", "China", "CN"),
        ("Oslo urged Tehran to free the sailors on Sunday.", "Iran", "IR"),
        ("Canberra sanctioned Moscow over the annexation on Sunday.", "Russia", "RU"),
    ],
)
def test_a_capital_warned_urged_or_sanctioned_is_the_target_government(
    read: Read, sentence: str, name: str, code: str
) -> None:
    (ev, *_) = read(sentence)
    assert (ev.roles.target, ev.roles.target_country) == (name, code), (sentence, ev.roles)


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy visited Tehran on Sunday.",  # a visit goes to a place
        "Missiles struck Tehran on Sunday.",  # force lands on a place
    ],
)
def test_a_capital_visited_or_struck_is_a_place(read: Read, sentence: str) -> None:
    (ev, *_) = read(sentence)
    assert "IR" not in ev.actor_countries, (sentence, ev.actors, ev.actor_countries)


def test_the_object_inside_a_gapped_trigger_is_its_target(read: Read) -> None:
    # "warned X against" is one lexicon phrase; X sits inside it
    (ev, *_) = read("Chile warned Peru against new fishing patrols on Sunday.")
    assert (ev.roles.source_country, ev.roles.target_country) == ("CL", "PE")


def test_the_agent_inside_a_passive_trigger_is_its_source(read: Read) -> None:
    # "boarded by … marines" is one lexicon phrase; its agent sits inside it
    (ev, *_) = read("The trawler was boarded by Ghanaian marines off the coast on Friday.")
    assert ev.roles.source_country == "GH"


def test_a_regions_adjective_is_no_country(read: Read) -> None:
    events = read("Peru recalled its envoys from three South American capitals on Monday.")
    assert all("US" not in e.actor_countries and "ZA" not in e.actor_countries for e in events)
