"""reader11's own sentences for the event reader's roots, negation and missed events (stop
34): a happening a toll is counted in gives way to the act the sentence adds; talks set off
by an aside listing their mediators are a noun, so their stalling halts them. Near-misses
keep their reading. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.events.cameo import triggers
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def fulls(text: str) -> list[str]:
    return [t.full for t in triggers(text)]


def test_a_curfew_declared_after_a_toll_is_coercion() -> None:
    # CAMEO 1.1b3 §1724: the governor's act; "the riots" only set the toll
    found = fulls(
        "The governor said six people died in the riots and declared a two-week state of "
        "emergency across the province."
    )
    assert found[0] == "1724"
    assert not any(f.startswith("14") for f in found)


def test_a_toll_alone_keeps_its_happening() -> None:
    # near-miss: with no other act told, the fight the dead fell in is the sentence's event
    assert fulls("Police said four people died in the clashes.")[0].startswith("19")


def test_a_curfew_after_a_fight_that_forced_it_stays_the_fights_effect() -> None:
    # near-miss: the fighting is the subject of "forced", not an adjunct
    assert "1724" not in fulls("The fighting forced a state of emergency in the north.")


def test_talks_with_a_list_of_mediators_that_stalled_were_halted(extract: Extract) -> None:
    body = (
        "Sahel talks stall\n\nNIAMEY (Wire) — The army shelled a rebel camp on Monday.\n\n"
        "Border talks, brokered by Algeria, Qatar and Turkey, have stalled since March."
    )
    events = [e for e in extract(body) if any("stalled" in v.text for v in e.evidence)]
    assert not real(events, "04")
    assert rooted(events, "16")


def test_talks_with_a_list_of_mediators_that_resumed_are_talks() -> None:
    # near-miss: the same aside before a verb that does not end them
    found = fulls("Peace talks, hosted by Oman, Qatar and Egypt, resumed on Monday.")
    assert found[0] == "040"


def test_strikes_that_hit_airports_are_a_walkout() -> None:
    # CAMEO 1.1b3 §143: work stopped at airports; nothing armed is named
    assert fulls("Strikes hit airports in Lisbon and Porto on Friday.")[0] == "143"


def test_strikes_that_hit_a_port_and_kill_are_force() -> None:
    # near-miss: a casualty names the strike an armed one
    assert fulls("Strikes hit the port of Mokha on Friday, killing three.")[0].startswith("19")


def test_strikes_that_hit_a_city_are_force() -> None:
    # near-miss: a city is no workplace whose work stops
    assert fulls("Strikes hit Kherson on Friday.")[0].startswith("19")


def test_a_protest_sent_from_a_capital_is_an_official_complaint() -> None:
    # CAMEO 1.1b3 §114 complain officially
    assert fulls("The drills near the strait drew a protest from Taipei.")[0] == "114"


def test_a_protest_from_named_residents_is_still_dissent() -> None:
    # near-miss: people named after the capitals are the protesters
    assert fulls("There was a protest from Taipei residents.")[0].startswith("14")
