"""Faults the lead found reading news of its own (stop 59): armed men killed read as the
means of the killing, a toll coordinated after repression told as a second act, peacekeepers
and aid workers ordered out, a "by" deadline dating the order, a law "struck down", live
rounds used on protesters and a journey advised against. See docs/history/reading.md, stop
59. Sentences written for these tests; each has near misses that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _codes(events: list[Event]) -> list[str]:
    return [code(e) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers killed 19 gunmen in a shootout in the north.",
        "Mexican troops killed 12 suspected cartel gunmen near the border.",
        "The army said it had killed seven militants and two gunmen in the hills.",
    ],
)
def test_armed_men_killed_are_the_victims(extract: Extract, text: str) -> None:
    codes = _codes(extract(text))
    assert codes
    assert codes[0].startswith("19")
    assert not rooted(extract(text), "18")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 19 soldiers in an ambush in the north.",
        "Nineteen soldiers were killed by gunmen in the north.",
    ],
)
def test_armed_men_who_kill_stay_unconventional(extract: Extract, text: str) -> None:
    assert _codes(extract(text))[0].startswith("18")


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at students in Dhaka on Sunday, and at least 12 people were injured.",
        "Soldiers opened fire on protesters in Dhaka, and three people were killed.",
    ],
)
def test_a_toll_coordinated_after_repression_is_its_toll(extract: Extract, text: str) -> None:
    events = extract(text)
    assert _codes(events) == ["175"]


@pytest.mark.parametrize(
    "text",
    [
        # a doer of its own: another act
        "Police fired tear gas at students in Dhaka, and rebels killed three soldiers.",
        # an act of force not told as a toll
        "Police fired tear gas at students in Dhaka, and rebels attacked a police station.",
    ],
)
def test_a_second_act_with_a_doer_stays(extract: Extract, text: str) -> None:
    events = extract(text)
    assert len(events) == 2


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The junta ordered UN peacekeepers to withdraw from the country.", "1661"),
        ("The government told the peacekeeping mission to leave.", "1661"),
        ("The government ordered all foreign aid workers to leave the country.", "1663"),
        ("The authorities ordered the aid agencies out of the region.", "1663"),
    ],
)
def test_peacekeepers_and_aid_workers_ordered_out_are_expelled(
    extract: Extract, text: str, want: str
) -> None:
    assert want in _codes(extract(text))


def test_aid_workers_who_leave_are_not_expelled(extract: Extract) -> None:
    codes = _codes(extract("Aid workers left the town as the fighting neared."))
    assert not any(c.startswith("166") for c in codes)


@pytest.mark.parametrize(
    "text",
    [
        "Chad ended its defence cooperation agreement with France, ordering French troops "
        "to leave by January.",
        "The junta ordered UN peacekeepers to withdraw by the end of the year.",
        "The rebels agreed to withdraw from the town by the end of the month.",
    ],
)
def test_a_deadline_closing_an_infinitive_does_not_date_the_order(
    extract: Extract, text: str
) -> None:
    events = extract(text, pub="2025-10-14")
    assert events
    ev = events[0]
    # the order or the agreement is told as done: dated up to publication, not at the deadline
    assert date(2025, 10, 1) <= ev.when.start
    assert ev.when.end <= date(2025, 10, 14)


def test_a_done_act_by_a_past_day_keeps_it(extract: Extract) -> None:
    events = extract(
        "The army said rebels had been driven out of the town by Friday.", pub="2025-10-14"
    )
    assert events
    assert events[0].when.start == date(2025, 10, 10)


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court struck down the tariffs, ruling that the president had exceeded "
        "his powers.",
        "A federal judge struck down the new import tariffs on Friday.",
        "The constitutional court struck down the decree.",
    ],
)
def test_a_law_struck_down_is_no_force(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "18", "19", "20")


@pytest.mark.parametrize(
    "text",
    [
        "A missile struck the regional court building.",
        "Israeli jets struck Hezbollah positions in the south.",
    ],
)
def test_strikes_on_places_stay_force(extract: Extract, text: str) -> None:
    assert rooted(extract(text), "19")


@pytest.mark.parametrize(
    "text",
    [
        "Police in Kenya used live rounds against protesters in Nairobi, Amnesty said.",
        "Security forces fired live bullets into the crowd of marchers.",
        "Soldiers fired plastic bullets at demonstrators outside the palace.",
    ],
)
def test_live_rounds_on_protesters_are_repression(extract: Extract, text: str) -> None:
    codes = _codes(extract(text))
    assert codes
    assert codes[0] == "175"


def test_live_rounds_at_armed_forces_stay_force(extract: Extract) -> None:
    codes = _codes(extract("Troops fired live rounds at rebel positions."))
    assert codes
    assert codes[0].startswith("19")


@pytest.mark.parametrize(
    "text",
    [
        "Beijing warned its citizens against travelling to Japan.",
        "Britain advised its nationals against all travel to Haiti.",
    ],
)
def test_a_journey_advised_against_is_no_visit(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "04")


def test_a_journey_made_is_a_visit(extract: Extract) -> None:
    assert rooted(extract("The Chinese foreign minister travelled to Japan on Monday."), "04")


@pytest.mark.parametrize(
    "text",
    [
        "The state of emergency allows troops to patrol the streets.",
        "The new anti-terror law allows police to detain suspects without charge.",
        "Parliament passed a law that allows police to detain suspects without charge.",
        "The decree permits the army to arrest protesters.",
    ],
)
def test_what_a_rule_permits_is_no_act(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "08", "15", "17", "19")


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Police detained 40 people under the new law.", "17"),
        ("The government allowed aid trucks to enter Gaza.", "08"),
    ],
)
def test_acts_beside_a_rule_stay(extract: Extract, text: str, root: str) -> None:
    assert rooted(extract(text), root)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters in Lagos blocked the main expressway on Monday to demand lower fuel prices.",
        "Truckers blocked the freeway into the capital.",
    ],
)
def test_protesters_blocking_an_expressway_obstruct_passage(extract: Extract, text: str) -> None:
    codes = _codes(extract(text))
    assert codes
    assert codes[0] == "144"


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister said the blockades had cost the economy $1.7 billion.",
        "The sanctions have cost Russia billions of dollars, the report said.",
    ],
)
def test_a_happenings_cost_is_no_new_act(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "16", "19")


@pytest.mark.parametrize(
    "text",
    [
        "The attack cost 12 lives, the ministry said.",
        "The airstrike on the market cost dozens of people their lives.",
    ],
)
def test_an_attack_that_cost_lives_stays(extract: Extract, text: str) -> None:
    assert rooted(extract(text), "18", "19")


def test_sanctions_imposed_that_cost_stay(extract: Extract) -> None:
    assert rooted(extract("The EU imposed sanctions that cost Russia billions."), "16")


def test_a_reported_act_of_another_root_after_a_named_person_is_its_own(
    extract: Extract,
) -> None:
    body = (
        "Iran fired missiles at a U.S. air base in Qatar on Monday evening in retaliation "
        "for American strikes, Iranian state media said. President Donald Trump called the "
        "attack very weak and thanked Iran for giving early notice. Hours later, Trump "
        "announced that Israel and Iran had agreed to a ceasefire."
    )
    codes = _codes(extract(body))
    assert any(c.startswith("19") for c in codes)
    assert any(c.startswith("03") or c.startswith("08") for c in codes)


def test_a_person_who_says_more_of_the_same_act_adds_to_it(extract: Extract) -> None:
    body = (
        "Police arrested opposition leader Ali Bongo in Libreville on Monday. "
        "Bongo's lawyer said police had detained him without a warrant."
    )
    assert len(rooted(extract(body), "17")) == 1


def test_the_other_party_of_a_deal_is_no_place(extract: Extract) -> None:
    events = extract(
        "Mexico sent 10,000 National Guard troops to its northern border under a deal "
        "with Washington."
    )
    assert events
    assert where(events[0]) != ("Washington", "US")


def test_a_deal_signed_in_a_city_stays_there(extract: Extract) -> None:
    events = extract("The two sides signed a deal with Kenya in Nairobi on Monday.")
    assert events
    assert where(events[0])[0] == "Nairobi"


def test_who_survived_an_attack_is_its_target(extract: Extract) -> None:
    events = rooted(
        extract(
            "Slovakia's prime minister survived an assassination attempt in Handlova last year."
        ),
        "18",
    )
    assert events
    assert events[0].roles.source is None
    assert events[0].roles.target == "Slovakia"


def test_attackers_who_escaped_after_a_bombing_are_not_its_target(extract: Extract) -> None:
    events = extract("Police said the attackers escaped after the bombing of the police station.")
    assert all(e.roles.target != "attackers" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Iran insisted that it would respond to the U.S. strikes on its nuclear sites.",
        "Hezbollah said it would respond to the Israeli airstrikes on Beirut.",
    ],
)
def test_a_side_that_will_respond_to_strikes_threatens(extract: Extract, text: str) -> None:
    codes = _codes(extract(text))
    assert codes
    assert codes[0].startswith("13")


@pytest.mark.parametrize(
    "text",
    [
        "The government will respond to the teachers' strikes with a new pay offer.",
        "Macron will respond to the pension strikes in a televised address.",
    ],
)
def test_a_government_responding_to_labour_strikes_threatens_no_one(
    extract: Extract, text: str
) -> None:
    assert not rooted(extract(text), "13", "19")
