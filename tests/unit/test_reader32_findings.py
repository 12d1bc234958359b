"""reader32's own sentences (stop 42): who did what to whom and where, for a few constructions
a fresh user met (newuser19, newuser20). Each positive case failed on main; each near miss
beside it must stay as it was. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.events.tokens import tokenize
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _codes(events: list[Event]) -> list[str]:
    return [code(e) for e in events]


# ---------------------------------------------------------------- accented words


def test_an_accented_word_is_one_token() -> None:
    words = [t.text for t in tokenize("Peru recalled its chargé d'affaires and Félix spoke")]
    assert "chargé" in words
    assert "Félix" in words


def test_ascii_tokens_are_unchanged() -> None:
    # near miss: initialisms, clitics, numbers and marks split as before
    words = [t.text for t in tokenize("U.S. troops didn't fire 3.5 km away_ —")]
    assert words == ["U.S.", "troops", "did", "n't", "fire", "3.5", "km", "away", "_", "—"]


@pytest.mark.parametrize(
    "body",
    [
        "LIMA - Peru expelled Bolivia's chargé d'affaires on Tuesday.",
        "LIMA - Peru expelled Bolivia's charge d'affaires on Tuesday.",
        "LIMA - Peru expelled the Bolivian military attaché on Tuesday.",
    ],
)
def test_a_charge_d_affaires_expelled_is_a_diplomat_expelled(extract: Extract, body: str) -> None:
    assert "166" in _codes(extract(body))


@pytest.mark.parametrize(
    "body",
    [
        "LIMA - Peru expelled three Bolivian traders on Tuesday.",
        "LIMA - Peru expelled a Bolivian man on a charge of smuggling on Tuesday.",
    ],
)
def test_people_expelled_on_a_charge_are_no_diplomats(extract: Extract, body: str) -> None:
    # near misses: people who are no envoys, and "charge" as a legal charge
    codes = _codes(extract(body))
    assert "166" not in codes
    assert "174" in codes


# ---------------------------------------------------------------- shared abbreviations


def _sources(events: list[Event]) -> set[tuple[str | None, str | None]]:
    return {(e.roles.source, e.roles.source_country) for e in events}


@pytest.mark.parametrize(
    ("body", "doer"),
    [
        ("GOMA - ADF fighters raided two farms near Eringeti on Friday.", ("ADF", "CD")),
        ("KHARTOUM - The RSF shelled a market in El Obeid on Friday.", ("RSF", "SD")),
    ],
)
def test_a_listed_abbreviation_in_its_groups_country_is_the_source(
    extract: Extract, body: str, doer: tuple[str, str]
) -> None:
    assert doer in _sources(extract(body))


@pytest.mark.parametrize(
    "body",
    [
        "SYDNEY - The ADF flew two aircraft to fight fires in Queensland on Friday.",
        "PARIS - RSF condemned the arrest of three reporters in Tunis on Friday.",
    ],
)
def test_a_shared_abbreviation_in_another_countrys_story_is_no_group(
    extract: Extract, body: str
) -> None:
    # near misses: the Australian Defence Force; Reporters Without Borders
    assert all(c not in ("CD", "SD") for _, c in _sources(extract(body)))


def test_a_name_glossed_in_brackets_stays_the_full_name(extract: Extract) -> None:
    # near miss: "(RSF)" after the full name is the same actor, named in full
    events = extract("KHARTOUM - The Rapid Support Forces (RSF) shelled Babanusa on Friday.")
    assert ("Rapid Support Forces", "SD") in _sources(events)
    assert all(e.roles.source != "RSF" for e in events)


# ---------------------------------------------------------------- statements about an act


def _place(ev: Event) -> tuple[str | None, int | None]:
    p = ev.location.place if ev.location else None
    return (p.name, p.geo_precision) if p else (None, None)


def test_a_claim_of_the_attack_told_before_takes_its_place(extract: Extract) -> None:
    events = extract(
        "NIAMEY - Gunmen attacked a police post in Tillaberi on Sunday, killing six officers. "
        "JNIM claimed responsibility for the attack."
    )
    (claim,) = [e for e in events if code(e).startswith("01")]
    assert _place(claim)[0] == "Tillabéri"


def test_an_armed_groups_statement_is_not_at_the_dateline_city(extract: Extract) -> None:
    events = extract(
        "KHARTOUM - Army jets bombed a market in El Fasher on Sunday. "
        "The RSF accused the army of killing traders."
    )
    (charge,) = [e for e in events if code(e).startswith("11")]
    assert _place(charge) == ("Sudan", 3)


def test_a_governments_word_with_no_act_named_keeps_the_dateline(extract: Extract) -> None:
    # near miss: the government's own statement names no act, so the dateline stands
    events = extract(
        "NIAMEY - Gunmen stormed a police post in Tillaberi on Sunday. "
        "The government announced three days of mourning."
    )
    assert any(_place(e) == ("Niamey", 1) for e in events if code(e).startswith("01"))


def test_the_attack_after_another_act_keeps_its_place_unread(extract: Extract) -> None:
    # near miss: the latest act before "the attack" is a seizure told with other words, so
    # the condemnation does not take the seizure's place
    events = extract(
        "NIAMEY - Gunmen attacked a police post in Tillaberi on Sunday. "
        "Hours later, soldiers seized a truck of fuel near Ayorou. "
        "The government condemned the attack."
    )
    (blame,) = [e for e in events if code(e).startswith("11")]
    assert _place(blame)[0] != "Ayorou"


# ---------------------------------------------------------------- rulers named by their seat


def test_rulers_in_a_capital_after_a_dash_dateline_are_its_country(extract: Extract) -> None:
    events = extract(
        "DAKAR — The junta in Bamako said it would deploy troops to Menaka next month."
    )
    assert any(e.roles.source_country == "ML" for e in events)


def test_the_seat_of_rulers_who_speak_is_not_the_acts_place(extract: Extract) -> None:
    events = extract(
        "DAKAR — The junta in Bamako said it would send troops to the border next month."
    )
    assert events
    assert all(_place(e)[0] != "Bamako" for e in events)


def test_rulers_in_a_capital_who_act_there_keep_it(extract: Extract) -> None:
    # near miss: the junta arrests, no reporting verb follows the seat, so it stays the place
    events = extract("DAKAR — The junta in Bamako arrested two ministers on Monday.")
    assert any(_place(e)[0] == "Bamako" for e in events)


# ---------------------------------------------------------------- "the army" told before


def test_the_army_after_one_countrys_army_is_that_country(extract: Extract) -> None:
    events = extract(
        "KHARTOUM - Sudanese army jets bombed a bridge in Wad Madani on Sunday. "
        "The RSF accused the army of shelling homes."
    )
    (charge,) = [e for e in events if code(e).startswith("11")]
    assert (charge.roles.target, charge.roles.target_country) == ("Sudan", "SD")


def test_the_army_after_two_countries_armies_is_left_unread(extract: Extract) -> None:
    # near miss: two armies named before, so "the army" could be either
    events = extract(
        "KHARTOUM - Sudanese army jets bombed a bridge in Wad Madani on Sunday. "
        "Chadian troops closed the border on Monday. "
        "The RSF accused the army of shelling homes."
    )
    (charge,) = [e for e in events if code(e).startswith("11")]
    assert charge.roles.target is None


# ---------------------------------------------------------------- a dash dateline's subject


def test_an_armed_group_after_an_em_dash_dateline_is_the_source(extract: Extract) -> None:
    events = extract("NIAMEY — Gunmen torched a clinic in Tillaberi on Sunday.")
    assert ("gunmen", None) in _sources(events)


def test_armed_men_struck_after_an_em_dash_dateline_are_no_source(extract: Extract) -> None:
    # near miss: the gunmen are what the soldiers killed
    events = extract("NIAMEY — Soldiers killed four gunmen in Tillaberi on Sunday.")
    assert all(e.roles.source != "gunmen" for e in events)
