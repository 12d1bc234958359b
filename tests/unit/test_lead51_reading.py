"""Confident wrong cards fresh users (newuser51, newuser51b) found: a rejecter made the target
of a deal's signer, a suspended counter-tariff read as a restriction, a list of hostages read
as their release, a union's strike as an armed one, a weather alert as a military one.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
HEAD = "date 2026-05-20\nNAIROBI — "


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(HEAD + body, path="t"))


def _cards(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_code or e.event_type.code, e.roles.source, e.roles.target) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya rejected a treaty signed by Uganda and Rwanda on Tuesday.",
        "Kenya rejected an accord drawn up by Uganda on Tuesday.",
    ],
)
def test_the_agent_of_a_participle_after_a_rejected_noun_is_its_target(
    extract: Extract, text: str
) -> None:
    ((code, source, target),) = _cards(extract(text))
    assert code.startswith("12")
    assert (source, target) == ("Kenya", "Uganda")


def test_a_passive_rejection_keeps_its_agent_as_source(extract: Extract) -> None:
    ((code, source, _),) = _cards(extract("The treaty was rejected by Uganda on Tuesday."))
    assert code.startswith("12")
    assert source == "Uganda"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Canada suspended its counter-tariffs on Tuesday.", "085"),
        ("Canada imposed counter-tariffs on Mexican steel on Tuesday.", "163"),
    ],
)
def test_a_counter_tariff_is_an_economic_sanction(extract: Extract, text: str, root: str) -> None:
    assert [c for c, _, _ in _cards(extract(text))] == [root]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab handed over a list of captives to elders on Tuesday.",
        "Al-Shabaab released the names of four captives on Tuesday.",
        "Al-Shabaab released a video of two captives on Tuesday.",
    ],
)
def test_a_record_of_captives_is_no_release(extract: Extract, text: str) -> None:
    assert all(not c.startswith(("0841", "063")) for c, _, _ in _cards(extract(text)))


def test_captives_handed_over_are_released(extract: Extract) -> None:
    codes = [c for c, _, _ in _cards(extract("Al-Shabaab handed over four captives on Tuesday."))]
    assert codes == ["0841"]


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers threatened to strike.",
        "The teachers' union threatened strikes over pay on Tuesday.",
        "The nurses' union did not rule out further strikes.",
    ],
)
def test_a_strike_threatened_by_labour_is_dissent_threatened(extract: Extract, text: str) -> None:
    assert [c for c, _, _ in _cards(extract(text))] == ["133"]


@pytest.mark.parametrize(
    "text",
    ["Ethiopia threatened further strikes on the rebels.", "Ethiopia threatened to strike."],
)
def test_a_strike_threatened_by_a_state_stays_a_threat_of_force(
    extract: Extract, text: str
) -> None:
    assert [c[:3] for c, _, _ in _cards(extract(text))] == ["138"]


@pytest.mark.parametrize(
    "text",
    [
        "The national weather service issued a red alert for heavy rain on Tuesday.",
        "Forecasters put the coast on high alert as the cyclone approached on Tuesday.",
    ],
)
def test_a_weather_alert_is_no_military_alert(extract: Extract, text: str) -> None:
    assert all(not c.startswith("152") for c, _, _ in _cards(extract(text)))


def test_troops_on_alert_are_still_on_military_alert(extract: Extract) -> None:
    codes = [c for c, _, _ in _cards(extract("Kenya put its troops on high alert on Tuesday."))]
    assert codes == ["152"]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab claimed the attack on the hotel on Tuesday.",
        "The rebels claimed an ambush on the convoy on Tuesday.",
    ],
)
def test_claiming_an_attack_is_claiming_responsibility(extract: Extract, text: str) -> None:
    assert [c for c, _, _ in _cards(extract(text))] == ["015"]


def test_victory_claimed_in_a_fight_is_no_claim_of_responsibility(extract: Extract) -> None:
    codes = [c for c, _, _ in _cards(extract("The rebels claimed victory in the fighting."))]
    assert "015" not in codes


def _place(events: list[Event]) -> list[tuple[str | None, int | None]]:
    return [
        (
            e.location.place.country_code if e.location and e.location.place else None,
            e.location.place.geo_precision if e.location and e.location.place else None,
        )
        for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Truck drivers began a strike on Tuesday, halting deliveries across Kenya.",
        "Teachers went on strike nationwide on Tuesday.",
        "Farmers blocked roads across the country on Tuesday.",
    ],
)
def test_an_act_told_across_a_country_is_in_that_country(extract: Extract, text: str) -> None:
    assert _place(extract(text)) == [("KE", 3)]


def test_an_act_in_a_town_stays_there_though_its_effect_is_nationwide(extract: Extract) -> None:
    events = extract(
        "Protesters blocked a highway in Nakuru on Tuesday, halting traffic across Kenya."
    )
    assert [e.location.place.name for e in events if e.location and e.location.place] == ["Nakuru"]


@pytest.mark.parametrize(
    "text",
    [
        "The East African Community sent a delegation to Goma on Tuesday.",
        "Qatar dispatched a special envoy to Goma on Tuesday.",
    ],
)
def test_sending_a_delegation_is_a_visit(extract: Extract, text: str) -> None:
    assert [c for c, _, _ in _cards(extract(text))] == ["042"]


def test_sending_troops_stays_a_deployment(extract: Extract) -> None:
    codes = [c for c, _, _ in _cards(extract("Kenya sent troops to Goma on Tuesday."))]
    assert codes == ["154"]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The rebels said they would not return to talks until 2029.", "12"),
        ("Ethiopia said it will not withdraw its troops until 2030.", "12"),
    ],
)
def test_a_refusal_until_a_year_is_told_now_not_in_that_year(
    extract: Extract, text: str, root: str
) -> None:
    (event,) = extract(text)
    assert (event.event_code or "").startswith(root)
    assert event.when.start.year == 2026


def test_a_past_act_not_done_until_a_day_was_done_that_day(extract: Extract) -> None:
    (event,) = extract("Police did not disperse the crowd until Monday.")
    assert "negated" not in event.flags
    assert event.when.start.isoformat() == "2026-05-18"


def test_a_party_found_in_breach_is_accused(extract: Extract) -> None:
    events = extract("The watchdog's board found Eritrea in breach of the treaty on Tuesday.")
    assert [(c, t) for c, _, t in _cards(events)] == [("112", "Eritrea")]


def test_a_party_found_in_compliance_is_not_accused(extract: Extract) -> None:
    events = extract("The watchdog's board found Eritrea in compliance on Tuesday.")
    assert all(not c.startswith("11") for c, _, _ in _cards(events))


def test_the_source_s_own_capital_is_no_target(extract: Extract) -> None:
    events = extract(
        "Kenya's foreign ministry condemned the sanctions and said Nairobi would respond."
    )
    assert events
    assert all(t not in ("Kenya", "Nairobi") for _, _, t in _cards(events))


def test_mediators_handed_something_are_no_mediation(extract: Extract) -> None:
    events = extract("Al-Shabaab handed a letter to mediators in Mogadishu on Tuesday.")
    assert all(not c.startswith("045") for c, _, _ in _cards(events))


def test_a_state_acting_as_mediator_still_mediates(extract: Extract) -> None:
    codes = [c for c, _, _ in _cards(extract("Qatar acted as mediator in the talks on Tuesday."))]
    assert codes == ["045"]


def test_a_claim_that_the_attack_was_done_by_another_is_no_claim_of_responsibility(
    extract: Extract,
) -> None:
    events = extract("Ethiopia claimed the attack was carried out by Eritrea.")
    assert all(c != "015" for c, _, _ in _cards(events))


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab released footage of the captives on Tuesday.",
        "Al-Shabaab released a video showing two captives on Tuesday.",
    ],
)
def test_footage_of_captives_is_no_release(extract: Extract, text: str) -> None:
    assert all(not c.startswith("0841") for c, _, _ in _cards(extract(text)))


@pytest.mark.parametrize(
    "text",
    [
        "The African Union did not rule out further strikes on the rebels.",
        "The Resistance Union militia threatened strikes on the airport.",
    ],
)
def test_a_union_in_a_name_or_with_arms_is_no_labour(extract: Extract, text: str) -> None:
    assert all(c != "133" for c, _, _ in _cards(extract(text)))


def test_workers_threatening_to_strike_at_a_port_threaten_a_walkout(extract: Extract) -> None:
    codes = [c for c, _, _ in _cards(extract("Dock workers threatened to strike at Mombasa port."))]
    assert codes == ["133"]


def test_flying_joint_patrols_is_aimed_at_neither_partner(extract: Extract) -> None:
    events = extract("Chinese and Russian bombers flew joint patrols near Japan on Tuesday.")
    assert all(t != "Russia" for _, _, t in _cards(events))


def test_a_protest_note_is_an_official_complaint(extract: Extract) -> None:
    codes = [c for c, _, _ in _cards(extract("Kenya handed a protest note to Uganda on Tuesday."))]
    assert codes == ["114"]


def test_a_military_alert_level_raised_is_a_military_alert(extract: Extract) -> None:
    codes = [c for c, _, _ in _cards(extract("Kenya raised its military alert level on Tuesday."))]
    assert codes == ["152"]


def test_nationwide_is_the_doer_s_country_over_the_dateline_s(geoparser: Geoparser) -> None:
    extractor = EventExtractor(geoparser)
    article = parse_article(
        "date 2026-05-20\nKAMPALA — Kenyan police arrested protesters across the country.",
        path="t",
    )
    assert _place(extractor.extract(article)) == [("KE", 3)]


def test_a_complaint_to_a_body_over_a_state_targets_that_state(extract: Extract) -> None:
    events = extract("Kenya complained to the United Nations that Uganda had violated its border.")
    assert [(s, t) for c, s, t in _cards(events) if c == "114"] == [("Kenya", "Uganda")]


def test_force_told_across_the_country_is_not_in_the_attacker_s_country(
    geoparser: Geoparser,
) -> None:
    extractor = EventExtractor(geoparser)
    article = parse_article(
        "date 2026-05-20\nSomalia mourned on Tuesday after Ethiopian drones killed 30 people"
        " across the country on Monday.",
        path="t",
    )
    places = _place(extractor.extract(article))
    assert ("ET", 3) not in places


def test_a_body_warning_that_an_armed_group_would_attack_comments(extract: Extract) -> None:
    events = extract("The United Nations warned that the paramilitary group would attack the camp.")
    assert [(c, s) for c, s, _ in _cards(events)] == [("012", "United Nations")]


def test_an_armed_group_s_own_warning_stays_its_threat(extract: Extract) -> None:
    codes = [c for c, _, _ in _cards(extract("The rebels said they will attack the camp."))]
    assert codes == ["1384"]


def test_counter_sanctions_are_sanctions(extract: Extract) -> None:
    codes = [c for c, _, _ in _cards(extract("Kenya imposed counter-sanctions on Ugandan firms."))]
    assert codes == ["163"]


def test_protests_that_spread_against_a_war_are_protests(extract: Extract) -> None:
    events = extract("Protests spread across Kenya on Tuesday against the war.")
    assert [c[:2] for c, _, _ in _cards(events)] == ["14"]
