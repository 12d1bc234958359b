"""Acts the reader dropped or folded into another card: a killing in a fire an attack set, a
town entered by an armed group told by its kind noun, a joined clause whose act sits before an
"as" clause or after a present "say", a ", after which" clause, and a fronted "before"/"after"
clause's act of force at a place of its own."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract


def _cards(geoparser: Geoparser, body: str) -> list[tuple[str | None, str | None]]:
    events = make_extract(geoparser)(body)
    return [(e.event_code, e.location.text if e.location else None) for e in events]


def _codes(geoparser: Geoparser, body: str) -> list[str | None]:
    return [code for code, _ in _cards(geoparser, body)]


def test_a_toll_in_a_fire_an_armed_attack_set_is_the_attack_s(geoparser: Geoparser) -> None:
    body = "Eight guests were killed in the blaze after gunmen stormed a lodge near the lake."
    assert [c for c in _codes(geoparser, body) if c and c[:2] in ("18", "19")]


def test_a_fire_a_missile_set_keeps_its_strike(geoparser: Geoparser) -> None:
    body = "Two workers were killed in the blaze when a missile hit a warehouse in Kharkiv."
    assert "195" in _codes(geoparser, body)


def test_a_fire_with_no_armed_cause_stays_no_fight(geoparser: Geoparser) -> None:
    body = "Three people died in the fire after a candle tipped over in a flat."
    assert not [c for c in _codes(geoparser, body) if c and c[:2] in ("18", "19")]


def test_rebels_entering_a_town_told_by_its_kind_noun_occupy_it(geoparser: Geoparser) -> None:
    assert "192" in _codes(geoparser, "Insurgents entered the town before dawn on Friday.")


def test_troops_entering_a_town_stay_a_deployment(geoparser: Geoparser) -> None:
    assert "192" not in _codes(geoparser, "Troops entered the town before dawn on Friday.")


def test_gunmen_entering_a_house_in_a_town_take_no_town(geoparser: Geoparser) -> None:
    assert "192" not in _codes(geoparser, "Gunmen entered a house in the town on Friday.")


def test_a_joined_toll_before_an_as_clause_is_read(geoparser: Geoparser) -> None:
    body = "Farmers rallied in Lahore, and five were killed as police dispersed the marchers."
    codes = _codes(geoparser, body)
    assert any(c and c.startswith("14") for c in codes)
    assert any(c and c.startswith("19") for c in codes)


def test_a_joined_toll_told_by_a_present_saying_verb_is_read(geoparser: Geoparser) -> None:
    body = "Farmers rallied in Lahore, and medics say at least four were killed."
    codes = _codes(geoparser, body)
    assert any(c and c.startswith("14") for c in codes)
    assert any(c and c[:2] in ("18", "19") for c in codes)


def test_a_joined_clause_of_talk_alone_adds_no_card(geoparser: Geoparser) -> None:
    body = "Troops shelled the ridge, and officials say the talks were put off."
    assert [c for c in _codes(geoparser, body) if c and c[:2] in ("18", "19")] == ["194"]


def test_an_act_in_an_after_which_clause_is_read(geoparser: Geoparser) -> None:
    body = "Crowds marched on the palace in Lima, after which officers detained dozens."
    codes = _codes(geoparser, body)
    assert any(c and c.startswith("14") for c in codes)
    assert "173" in codes


def test_an_after_which_clause_of_the_main_act_s_root_is_a_card_of_its_own(
    geoparser: Geoparser,
) -> None:
    body = "Riot police used water cannon on the strikers, after which scores were detained."
    codes = _codes(geoparser, body)
    assert "173" in codes
    assert len([c for c in codes if c and c.startswith("17")]) == 2


def test_a_fronted_before_clause_act_at_its_own_place_is_a_card(geoparser: Geoparser) -> None:
    body = "Days before he shot five students in Brno, the attacker stabbed a neighbour in Zlin."
    cards = _cards(geoparser, body)
    places = {place for code, place in cards if code and code[:2] in ("18", "19")}
    assert places == {"Brno", "Zlin"}


def test_a_fronted_after_clause_with_no_place_adds_no_card(geoparser: Geoparser) -> None:
    body = "After militants seized the bank, they shot two guards in Quetta."
    cards = _cards(geoparser, body)
    assert len([c for c, _ in cards if c and c[:2] in ("18", "19")]) == 1
