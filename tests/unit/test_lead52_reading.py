"""Faults fresh users (newuser51, newuser51b, newuser52, newuser52b) found in sides, types,
modality, clauses, dates and places: each test is a rule the lead built (see
docs/history/reading.md, stop 52) with near misses that must not change. Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract

Extract = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    read = make_extract(geoparser)
    return lambda body: read("NAIROBI — " + body, "2026-05-20")


def _cards(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_code or e.event_type.code, e.roles.source, e.roles.target) for e in events]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Sudanese drones struck a fuel depot in Chad, and Chad condemned them.", "Sudan"),
        ("Iranian missiles hit two bases in Iraq, and Iraq denounced them.", "Iran"),
    ],
)
def test_them_after_weapons_that_struck_judges_their_doer(
    extract: Extract, text: str, doer: str
) -> None:
    judged = [c for c in _cards(extract(text)) if c[0].startswith("11")]
    assert len(judged) == 1
    assert judged[0][2] == doer


def test_them_after_people_stays_untaken(extract: Extract) -> None:
    cards = _cards(extract("Kenyan police arrested forty students, and Uganda condemned them."))
    judged = [c for c in cards if c[0].startswith("11")]
    assert judged
    assert judged[0][2] is None


@pytest.mark.parametrize(
    "text",
    [
        "A Sudanese militia claimed the drone strike on an airport in Chad on Monday.",
        "The rebels claimed the rocket attack on a barracks on Monday.",
    ],
)
def test_a_weapon_attack_claimed_is_a_claim_of_responsibility(extract: Extract, text: str) -> None:
    codes = [c for c, _, _ in _cards(extract(text))]
    assert codes == ["015"]


@pytest.mark.parametrize(
    "text",
    [
        "The militia released a list of captives to be freed on Monday.",
        "The rebels published the names of prisoners to be released on Monday.",
        "Uganda received the names of prisoners to be released by Kenya on Monday.",
    ],
)
def test_a_record_of_people_to_be_freed_frees_no_one(extract: Extract, text: str) -> None:
    assert not [c for c, _, _ in _cards(extract(text)) if c.startswith(("084", "043"))]


def test_people_freed_after_a_list_are_still_freed(extract: Extract) -> None:
    codes = [c for c, _, _ in _cards(extract("The militia freed twelve captives on Monday."))]
    assert codes == ["0841"]


def test_a_second_clause_with_two_named_doers_is_read(extract: Extract) -> None:
    text = (
        "Ethiopia held drills near the border, and Kenya and Uganda held joint exercises "
        "near Lake Victoria."
    )
    cards = _cards(extract(text))
    assert ("062", "Kenya", "Uganda") in cards
    assert any(c.startswith("15") and s == "Ethiopia" for c, s, _ in cards)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The Kilo Ten gang attacked a market on Monday.", "Kilo Ten gang"),
        ("The Black Lake cartel claimed the attack on the port.", "Black Lake cartel"),
    ],
)
def test_a_named_gang_is_its_own_actor(extract: Extract, text: str, group: str) -> None:
    ((_, source, _),) = _cards(extract(text))
    assert source == group


def test_an_unnamed_gang_of_a_country_names_no_gang(extract: Extract) -> None:
    cards = _cards(extract("The Kenyan gang attacked a market on Monday."))
    assert not [s for _, s, _ in cards if s and s.endswith("gang")]


def test_until_a_year_after_would_bounds_the_state_not_a_protest(extract: Extract) -> None:
    text = (
        "Thousands rallied in Nairobi after President Ruto said on Tuesday that Kenya would "
        "freeze talks with the IMF until 2029."
    )
    protests = [e for e in extract(text) if (e.event_code or "").startswith("14")]
    assert protests
    assert all(e.date_start.year == 2026 for e in protests)


def test_protests_that_continue_until_a_day_keep_it(extract: Extract) -> None:
    (event,) = extract("Protests continued in Nairobi until Monday, May 18.")
    assert str(event.date_end) == "2026-05-18"


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's interior minister Kipchumba Murkomen said the damage to the pipeline was "
        "probably sabotage.",
        "Ugandan officials said the damage to the railway bridge was sabotage.",
    ],
)
def test_a_speaker_calling_damage_sabotage_is_not_the_saboteur(extract: Extract, text: str) -> None:
    sabotage = [c for c in _cards(extract(text)) if c[0] == "1712"]
    assert sabotage
    assert sabotage[0][1] is None


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan leaders called the Ugandan election a threat to peace.",
        "Kenya called the Ugandan deployment a provocation.",
    ],
)
def test_calling_an_act_a_threat_to_peace_criticises_it(extract: Extract, text: str) -> None:
    assert _cards(extract(text))[-1] == ("111", "Kenya", "Uganda")


def test_a_named_body_foreseeing_flight_comments(extract: Extract) -> None:
    text = "Thousands of Sudanese could flee to Chad in the coming weeks, the UN warned."
    assert [(c, s) for c, s, _ in _cards(extract(text))] == [("012", "UN")]


def test_an_unnamed_warner_foreseeing_flight_gives_no_card(extract: Extract) -> None:
    text = "Thousands of Somalis could flee to Kenya in the coming weeks, aid groups warned."
    assert _cards(extract(text)) == []


def test_a_warning_of_reprisal_told_after_stays_a_threat(extract: Extract) -> None:
    text = "Uganda will retaliate if the border stays closed, Ugandan officials warned."
    assert [c[:2] for c, _, _ in _cards(extract(text))] == ["13"]


@pytest.mark.parametrize(
    "text",
    [
        "Uganda said it shot down two Kenyan drones, a claim Kenya did not confirm.",
        "Uganda said its troops killed forty rebels, a claim the rebels denied.",
    ],
)
def test_an_act_claimed_and_disputed_is_at_most_possible(extract: Extract, text: str) -> None:
    force = [e for e in extract(text) if (e.event_code or "")[:2] in ("18", "19")]
    assert force
    assert all("hypothetical" in e.flags for e in force)


def test_an_act_told_and_confirmed_stays_a_fact(extract: Extract) -> None:
    text = "Uganda said it shot down two Kenyan drones, a claim Kenya confirmed."
    force = [e for e in extract(text) if (e.event_code or "")[:2] in ("18", "19")]
    assert force
    assert not any("hypothetical" in e.flags for e in force)


def test_an_act_in_a_where_clause_is_at_the_place_it_follows(extract: Extract) -> None:
    text = "The former minister fled to Kampala, where Uganda granted him asylum."
    (event,) = extract(text)
    assert event.location is not None
    assert event.location.place is not None
    assert event.location.place.name == "Kampala"


def test_a_statement_of_the_european_union_is_not_at_a_foreign_dateline(
    geoparser: Geoparser,
) -> None:
    extractor = EventExtractor(geoparser)
    raw = "date 2026-05-20\nNAIROBI — The European Union said it could impose sanctions."
    (event,) = extractor.extract(parse_article(raw, path="t"))
    assert event.location is None


@pytest.mark.parametrize(
    "text",
    [
        "Kenya struck three camps in Somalia on Wednesday.",
        "Kenya shelled two villages inside Somalia on Wednesday.",
    ],
)
def test_force_on_things_in_another_country_targets_that_country(
    extract: Extract, text: str
) -> None:
    (card,) = _cards(extract(text))
    assert card[1:] == ("Kenya", "Somalia")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya struck three camps in Kismayo on Wednesday.",
        "Kenyan soldiers were fighting alongside Somali troops in Somalia on Wednesday.",
    ],
)
def test_force_in_a_town_or_beside_an_ally_takes_no_country_target(
    extract: Extract, text: str
) -> None:
    assert all(t is None for _, _, t in _cards(extract(text)))


def test_force_on_things_at_home_has_no_foreign_target(extract: Extract) -> None:
    (card,) = _cards(extract("Kenya struck three camps in Kenya on Wednesday."))
    assert card[2] is None


@pytest.mark.parametrize(
    "subject",
    [
        "Kenya's federal government and the Oromo Liberation Front",
        "The Kenyan government and the Oromo Liberation Front",
    ],
)
def test_a_state_named_by_its_government_leads_a_joint_subject(
    extract: Extract, subject: str
) -> None:
    (card,) = _cards(extract(f"{subject} signed a peace deal on Wednesday."))
    assert card == ("057", "Kenya", "Oromo Liberation Front")


def test_force_after_force_on_another_day_is_its_own_happening(extract: Extract) -> None:
    text = (
        "Somali forces attacked Kenyan border posts on Saturday, days after Kenyan airstrikes "
        "killed 30 people in Gedo on May 12."
    )
    days = sorted(
        (str(e.date_start), (e.event_code or "")[:2])
        for e in extract(text)
        if (e.event_code or "")[:2] in ("18", "19")
    )
    assert days == [("2026-05-12", "19"), ("2026-05-16", "19")]


def test_force_after_force_with_no_day_of_its_own_is_one(extract: Extract) -> None:
    text = "Somali forces attacked Kenyan border posts on Saturday after Kenyan troops fired."
    force = [e for e in extract(text) if (e.event_code or "")[:2] in ("18", "19")]
    assert len(force) == 1


def test_a_disaster_in_an_after_clause_with_its_own_day_is_told(extract: Extract) -> None:
    text = "The protests began after a footbridge in Mombasa collapsed on April 2, killing nine."
    hazards = [e for e in extract(text) if e.event_type.code.startswith("DIS-")]
    assert [str(e.date_start) for e in hazards] == ["2026-04-02"]


def test_an_act_describing_a_party_of_a_state_told_is_background(extract: Extract) -> None:
    text = "Uganda, whose troops fought beside Somali forces in Gedo, was not a party to the deal."
    assert not [c for c, _, _ in _cards(extract(text)) if c[:2] in ("18", "19")]


def test_an_act_describing_a_party_with_its_own_day_stays(extract: Extract) -> None:
    text = "Uganda, whose troops fought in Gedo on Monday, was not a party to the deal."
    assert [c[:2] for c, _, _ in _cards(extract(text))] == ["19"]


@pytest.mark.parametrize(
    "text",
    [
        "Uganda said it was not involved in the bombing.",
        "Uganda insisted it had nothing to do with the raid.",
    ],
)
def test_saying_one_was_not_involved_denies_responsibility(extract: Extract, text: str) -> None:
    assert _cards(extract(text))[0][:2] == ("016", "Uganda")


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab said it was responsible for the attack on the base.",
        "Al-Shabaab claimed it was responsible for the bombing.",
    ],
)
def test_a_group_saying_it_was_responsible_claims_the_act(extract: Extract, text: str) -> None:
    assert _cards(extract(text))[0][:2] == ("015", "Al-Shabaab")


def test_a_state_saying_another_was_behind_an_attack_accuses_it(extract: Extract) -> None:
    text = "Kenya said Somalia was behind the drone strike on the base."
    assert _cards(extract(text)) == [("112", "Kenya", "Somalia")]


def test_being_behind_bars_accuses_no_one(extract: Extract) -> None:
    cards = _cards(extract("Kenya said the suspects were behind bars."))
    assert not [c for c, _, _ in cards if c == "112"]


def test_force_before_an_after_clause_is_not_at_that_clause_place(extract: Extract) -> None:
    text = (
        "Somali forces attacked border posts on Saturday, days after Kenyan airstrikes "
        "killed 30 people in Gedo on May 12."
    )
    later = [e for e in extract(text) if str(e.date_start) == "2026-05-16"]
    assert later
    assert later[0].location is None or "Gedo" not in later[0].location.text


def test_a_claim_the_other_side_did_not_deny_stands(extract: Extract) -> None:
    text = "Uganda said it had struck a rebel camp in Congo, a claim Congo did not deny."
    force = [e for e in extract(text) if (e.event_code or "")[:2] in ("18", "19")]
    assert force
    assert not any("hypothetical" in e.flags for e in force)


def test_not_being_involved_in_talks_denies_nothing(extract: Extract) -> None:
    cards = _cards(extract("Uganda said it was not involved in the peace talks."))
    assert not [c for c, _, _ in cards if c == "016"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya struck militant positions in southern Somalia on Wednesday.",
        "Kenya struck hideouts in Somalia's Gedo region on Wednesday.",
        "Kenya destroyed weapons depots in Somalia on Wednesday.",
    ],
)
def test_force_on_things_in_a_place_abroad_targets_its_country(extract: Extract, text: str) -> None:
    (card,) = _cards(extract(text))
    assert card[1:] == ("Kenya", "Somalia")


def test_them_after_soldiers_who_attacked_judges_their_state(extract: Extract) -> None:
    text = "Ugandan soldiers attacked a village in Kenya, and Kenya condemned them."
    judged = [c for c in _cards(extract(text)) if c[0].startswith("11")]
    assert judged == [("111", "Kenya", "Uganda")]


@pytest.mark.parametrize(
    ("tail", "hedged"),
    [(", an account Kenya did not confirm.", True), (", which Kenya denied.", False)],
)
def test_an_act_told_as_an_account_not_confirmed_is_at_most_possible(
    extract: Extract, tail: str, hedged: bool
) -> None:
    force = [
        e
        for e in extract("Uganda said it shot down two Kenyan drones" + tail)
        if (e.event_code or "")[:2] in ("18", "19")
    ]
    assert force
    assert all(("hypothetical" in e.flags) == hedged for e in force)


def test_calling_a_named_military_strike_a_provocation_is_no_labour_strike(
    extract: Extract,
) -> None:
    cards = _cards(extract("Kenya called the Ugandan strike a grave provocation."))
    assert cards == [("111", "Kenya", "Uganda")]


def test_a_count_in_a_background_clause_is_no_date(extract: Extract) -> None:
    text = "Al-Shabaab, which killed 200 people in Mogadishu, remains powerful."
    assert not [c for c, _, _ in _cards(extract(text)) if c[:2] in ("18", "19")]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Uganda, which backs the rebels, is under sanctions.", (None, "Uganda")),
        ("Uganda remains under Kenyan sanctions.", ("Kenya", "Uganda")),
    ],
)
def test_a_state_under_sanctions_is_their_target(
    extract: Extract, text: str, sides: tuple[str | None, str]
) -> None:
    sanctions = [c for c in _cards(extract(text)) if c[0].startswith("163")]
    assert [(s, t) for _, s, t in sanctions] == [sides]


def test_a_state_imposing_sanctions_stays_their_source(extract: Extract) -> None:
    assert _cards(extract("Kenya imposed sanctions on Uganda.")) == [("163", "Kenya", "Uganda")]


@pytest.mark.parametrize(
    "text",
    ["The truce is fragile.", "The ceasefire, which the rebels broke on Sunday, has held."],
)
def test_a_truce_said_to_be_in_a_state_is_no_declaration(extract: Extract, text: str) -> None:
    assert not [c for c, _, _ in _cards(extract(text)) if c.startswith("0871")]


def test_a_truce_that_took_effect_stays(extract: Extract) -> None:
    assert [c for c, _, _ in _cards(extract("The truce took effect on Sunday."))] == ["0871"]


@pytest.mark.parametrize(
    "text",
    [
        "The African Union said the rebels posed a direct threat to the region.",
        "Uganda poses a serious threat to stability, the report said.",
    ],
)
def test_posing_a_threat_is_no_threat_made(extract: Extract, text: str) -> None:
    assert not [c for c, _, _ in _cards(extract(text)) if c.startswith("13")]


def test_a_threat_made_stays(extract: Extract) -> None:
    cards = _cards(extract("Uganda threatened Kenya with sanctions."))
    assert [c[:2] for c, _, _ in cards] == ["13"]
