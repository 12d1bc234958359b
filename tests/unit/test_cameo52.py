"""Event types that were wrong or missing (newuser51, newuser51b): a bomber aircraft read as
a bomb, a storm alert as a military one, a strike held open read as one done, a capsizing as
a collision, a state's strikes as a walkout, strikes that stopped work, fire across a border,
forces surrounding a town, and roads blown up read as a bombing. Each rule has near misses
that must stay. Every sentence here was written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article("date 2025-09-17\n\n" + body, path="t"))


def _codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


# --- 1. a bomber aircraft is no bombing (§183) -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL — Russia and China held joint bomber patrols over the Sea of Japan on Tuesday.",
        "OSLO — Two Russian strategic bombers were escorted out of Norwegian airspace on Tuesday.",
        "SEOUL — Four Chinese bombers flew over the East China Sea on Tuesday.",
    ],
)
def test_a_bomber_aircraft_is_no_bombing(extract: Extract, text: str) -> None:
    assert not [c for c in _codes(extract(text)) if c.startswith("18")]


def test_joint_bomber_patrols_are_joint_patrols(extract: Extract) -> None:
    events = extract(
        "SEOUL — Russia and China held joint bomber patrols over the Sea of Japan on Tuesday."
    )
    assert _codes(events) == ["062"]


@pytest.mark.parametrize(
    "text",
    [
        "MOSUL — A bomber blew himself up outside a police station on Tuesday.",
        "MOSUL — The bomber detonated a vest near a checkpoint on Tuesday.",
    ],
)
def test_a_bomber_with_a_bomb_still_bombs(extract: Extract, text: str) -> None:
    assert [c[:3] for c in _codes(extract(text))] == ["183"]


def test_strategic_bombers_striking_are_an_air_strike(extract: Extract) -> None:
    codes = _codes(extract("KYIV — Russian strategic bombers struck Odesa on Tuesday."))
    assert codes == ["195"]


# --- 2. an alert against the weather is no force posture (§152) --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "MANILA — The Philippine army went on high alert on Tuesday as a typhoon approached.",
        "DHAKA — Bangladesh put its troops on red alert as a cyclone neared the coast.",
    ],
)
def test_troops_on_alert_for_a_storm_are_no_military_alert(extract: Extract, text: str) -> None:
    assert not [c for c in _codes(extract(text)) if c.startswith("152")]


def test_an_alert_for_a_storm_and_missiles_stays(extract: Extract) -> None:
    events = extract(
        "TOKYO — Japan put its troops on high alert on Tuesday as a typhoon approached "
        "and North Korea fired missiles."
    )
    assert "152" in _codes(events)


def test_a_rain_alert_beside_missiles_names_no_force_on_alert(extract: Extract) -> None:
    events = extract(
        "TOKYO — Japan issued a red alert for heavy rain on Tuesday as North Korea fired missiles."
    )
    assert "152" not in _codes(events)


def test_an_alert_with_no_weather_stays(extract: Extract) -> None:
    assert _codes(extract("ATHENS — Greece put its troops on high alert on Tuesday.")) == ["152"]


# --- 3. a strike not ruled out is a threat, not a strike done ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ROME — Unions did not rule out strikes at the ports on Tuesday.",
        "ROME — Dock workers would not rule out a strike on Tuesday.",
        "ROME — Teachers did not rule out strike action on Tuesday.",
    ],
)
def test_labour_not_ruling_out_strikes_threatens_them(extract: Extract, text: str) -> None:
    events = extract(text)
    assert _codes(events) == ["133"]
    assert all("negated" not in e.flags for e in events)


def test_a_state_not_ruling_out_a_strike_threatens_force(extract: Extract) -> None:
    codes = _codes(extract("ANKARA — Turkey did not rule out a strike on PKK bases on Tuesday."))
    assert [c[:3] for c in codes] == ["138"]


def test_workers_who_did_not_strike_stay_a_negated_strike(extract: Extract) -> None:
    events = extract("ROME — Rail workers did not strike on Tuesday.")
    assert _codes(events) == ["143"]
    assert "negated" in events[0].flags


# --- 4. a capsizing is a shipwreck, not a collision --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "TUNIS — A boat carrying 40 migrants capsized off Sfax on Tuesday.",
        "DAKAR — A fishing trawler sank off the coast of Senegal on Tuesday.",
        "ROTTERDAM — A container ship ran aground in the Scheldt on Tuesday.",
    ],
)
def test_a_capsizing_or_sinking_is_a_shipwreck(extract: Extract, text: str) -> None:
    assert _codes(extract(text)) == ["DIS-SHIPWRECK"]


def test_ships_that_collided_stay_a_collision(extract: Extract) -> None:
    codes = _codes(extract("ROTTERDAM — Two tankers collided in the North Sea on Tuesday."))
    assert codes == ["DIS-COLLISION"]


# --- 5. strikes a state launches are force, not a walkout --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "KYIV — Russia launched strikes on Tuesday against Ukraine's energy facilities.",
        "KYIV — Russia launched fresh strikes on Tuesday.",
        "BEIRUT — Hezbollah launched strikes on Tuesday against Israeli army positions.",
    ],
)
def test_strikes_launched_by_an_armed_side_are_force(extract: Extract, text: str) -> None:
    codes = _codes(extract(text))
    assert codes
    assert all(c.startswith("19") for c in codes)


@pytest.mark.parametrize(
    "text",
    [
        "MADRID — Unions launched strikes on Tuesday against the labour reform.",
        "MADRID — Dock workers launched a strike at the port on Tuesday.",
    ],
)
def test_strikes_launched_by_labour_stay_strikes(extract: Extract, text: str) -> None:
    codes = _codes(extract(text))
    assert codes
    assert all(c.startswith("143") for c in codes)


@pytest.mark.parametrize(
    "text",
    [
        "ATHENS — Greece staged a general strike on Tuesday.",
        "LAGOS — Nigeria began a nationwide strike on Tuesday.",
    ],
)
def test_a_named_labour_strike_of_a_country_stays_a_strike(extract: Extract, text: str) -> None:
    assert _codes(extract(text)) == ["143"]


def test_air_strikes_launched_stay_air_strikes(extract: Extract) -> None:
    assert _codes(extract("GAZA — Israel launched air strikes on Rafah on Tuesday.")) == ["195"]


# --- 6. strikes told by the work they stopped --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ROME — Strikes paralysed rail services across Italy on Tuesday.",
        "LONDON — A strike grounded flights at Gatwick on Tuesday.",
    ],
)
def test_strikes_that_stopped_work_are_strikes(extract: Extract, text: str) -> None:
    assert _codes(extract(text)) == ["143"]


@pytest.mark.parametrize(
    "text",
    [
        "KYIV — Russian strikes disrupted power supplies in Kharkiv on Tuesday.",
        "KYIV — Drone strikes halted production at a plant in Kharkiv on Tuesday.",
    ],
)
def test_armed_strikes_that_stopped_work_are_no_walkout(extract: Extract, text: str) -> None:
    assert "143" not in _codes(extract(text))


# --- 7. fire across a border --------------------------------------------------------------


def test_troops_firing_across_the_border_use_force(extract: Extract) -> None:
    events = extract("TEHRAN — Iranian troops fired across the border into Iraq on Tuesday.")
    assert _codes(events) == ["190"]
    assert events[0].roles.source == "Iran"


def test_shots_fired_across_the_border_stay_small_arms(extract: Extract) -> None:
    codes = _codes(extract("TEHRAN — Iranian guards fired shots across the border on Tuesday."))
    assert codes == ["193"]


# --- 8. forces surrounding a town restrict its movement (§191) ---------------------------


def test_an_armed_group_that_has_surrounded_a_town_blockades_it(extract: Extract) -> None:
    events = extract("KHARTOUM — The RSF has surrounded Babanusa since March.")
    assert _codes(events) == ["191"]
    assert events[0].roles.source == "RSF"
    assert str(events[0].date_start) == "2025-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "KIGALI — Green hills surround the city.",
        "GAZA — Israeli troops shelled the surrounding villages on Tuesday.",
        "PARIS — Controversy surrounded the deal on Tuesday.",
        "DENVER — Police officers surrounded the house on Tuesday.",
    ],
)
def test_other_things_surrounding_are_no_blockade(extract: Extract, text: str) -> None:
    assert "191" not in _codes(extract(text))


# --- 9. roads blown up are property destroyed, not a bombing -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL — North Korea blew up stretches of two border roads on Tuesday.",
        "KYIV — Retreating troops blew up a bridge over the river on Tuesday.",
    ],
)
def test_roads_and_bridges_blown_up_are_no_bombing(extract: Extract, text: str) -> None:
    codes = _codes(extract(text))
    assert codes == ["1712"]


def test_a_bomb_set_off_in_a_market_stays_a_bombing(extract: Extract) -> None:
    codes = _codes(extract("MOSUL — Militants blew up a car bomb in a market on Tuesday."))
    assert [c[:3] for c in codes] == ["183"]
