"""The sentence coder on sentences written for these tests: one per CAMEO root and more."""

from __future__ import annotations

import csv
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.events.cameo import ROOTS, WEAK, Trigger, triggers
from dashboard.events.lexicon import DATA, load


def main(sentence: str) -> Trigger | None:
    """The trigger the extractor takes: the strongest above the reporting verbs."""
    strong = [t for t in triggers(sentence) if t.weight > WEAK]
    return strong[0] if strong else None


def coded(sentence: str) -> Trigger:
    t = main(sentence)
    if t is None:
        pytest.fail(f"no event in {sentence!r}: {triggers(sentence)}")
    return t


# (sentence, full CAMEO code of its main event)
EVERY_ROOT = [
    ("The spokesman declined to comment on the report.", "011"),
    ("The party acknowledged responsibility for the leak.", "015"),
    ("The governor urged residents to leave the coast.", "020"),
    ("The bank asked donors for aid.", "023"),  # "emergency aid" is §0233 humanitarian (cameo45)
    ("The two parties agreed to resume negotiations next month.", "036"),
    ("The prime minister telephoned the king on Sunday.", "041"),
    ("The foreign minister visited Canberra last week.", "042"),
    ("The president hosted the delegation at his residence.", "043"),
    ("The council praised the volunteers.", "051"),
    ("The two governments signed a fisheries agreement in Lima.", "057"),
    ("The coast guards of both countries held joint exercises in the strait.", "062"),
    ("The agency delivered humanitarian aid to the flooded villages.", "073"),
    ("The authorities released forty prisoners on Friday.", "0841"),
    ("Prosecutors are investigating the minister for corruption.", "091"),
    ("The opposition demanded the resignation of the cabinet.", "1041"),
    ("The mayor condemned the vandalism.", "111"),
    ("The ministry accused the company of fraud.", "1121"),
    ("The council rejected the proposal.", "120"),
    ("The militia threatened to attack the convoy.", "1384"),
    ("Nurses demonstrated outside the ministry.", "141"),
    ("Thousands of teachers went on strike in the capital.", "143"),
    ("Farmers blocked roads with tractors.", "144"),
    ("The navy conducted a drill near the islands.", "150"),
    ("The army mobilised reservists along the frontier.", "154"),
    ("The government recalled its ambassador.", "161"),
    ("The union imposed sanctions on the regime.", "163"),
    ("Police arrested twelve protesters in the square.", "173"),
    ("The authorities deported the journalists.", "174"),
    ("Gunmen kidnapped two engineers.", "181"),
    ("Rebels shelled the town overnight.", "194"),
    ("Troops occupied the airport.", "192"),
    ("Militias massacred villagers in the valley.", "202"),
]


@pytest.mark.parametrize(("sentence", "code"), EVERY_ROOT, ids=[c for _, c in EVERY_ROOT])
def test_every_root_has_its_code(sentence: str, code: str) -> None:
    t = coded(sentence)
    assert t.full == code, triggers(sentence)
    assert t.code == code[:2]
    assert not t.flags


def test_the_table_covers_every_root() -> None:
    covered = {code[:2] for _, code in EVERY_ROOT}
    assert covered | {"01"} >= set(ROOTS)  # 01 plain statements are weak by design


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The navy drills near the islands every spring.", "150"),
        ("The navy drilled near the islands.", "150"),
        ("The navy was drilling near the islands.", "150"),
        ("The navy has exercised near the islands.", "150"),
        ("Reservists were mobilized on Friday.", "154"),
        ("The army is mobilising reservists.", "154"),
        ("Two brigades deployed to the border.", "154"),
        ("The army deploys two brigades to the border.", "154"),
    ],
)
def test_force_posture_in_every_tense_and_number(sentence: str, code: str) -> None:
    assert coded(sentence).full == code, triggers(sentence)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The government lifted the curfew in the north.", "0813"),
        ("The council eased restrictions on gatherings.", "0811"),
        ("The union lifted its sanctions on the regime.", "085"),
        ("The union called off the strike.", "082"),
        ("The rebels called off their offensive.", "087"),
        ("The army withdrew its troops from the valley.", "087"),
        ("The donors halted aid to the ministry.", "162"),
        ("The government suspended talks with the rebels.", "164"),
        ("The rebels violated the ceasefire.", "196"),
        ("Police dispersed the demonstrators with tear gas.", "175"),
        ("The navy ended its blockade of the harbour.", "0872"),
        ("The court scrapped the restrictions on the press.", "0811"),
        ("The organisers cancelled the march.", "082"),
        ("The donors cut aid to the province.", "162"),
        ("The rebels broke the truce.", "196"),
        ("The government revoked the state of emergency.", "0814"),
    ],
)
def test_reversing_verbs_recode_their_object(sentence: str, code: str) -> None:
    assert coded(sentence).full == code, triggers(sentence)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # the governing verb of the main clause outranks background nouns
        ("Soldiers arrested forty people in the occupied territories.", "173"),
        ("After the clashes, police detained the organisers.", "173"),
        ("The ministers, who met after the bombing, praised the police.", "051"),
        # a governor re-codes its complement
        ("The envoy urged the militia to free the hostages.", "0253"),
        ("The council demanded the release of the detainees.", "1053"),
        ("The government refused to lift the blockade.", "1246"),
        ("The leaders agreed to a ceasefire.", "0356"),
        # future intent is 03, a conditional threat 13
        # the kind of aid names the sub-code (§0333 humanitarian aid, sought_aims)
        ("The ministry will give food aid to the refugees.", "0333"),
        ("The country is ready to send peacekeepers.", "0334"),
        ("The company offered to release the ship.", "0353"),
        ("The army will attack the town if the rebels do not leave.", "1384"),
        ("The workers will not end their strike.", "1242"),
        # a labour or hunger strike is a protest, not a fight
        ("The prisoners began a hunger strike.", "142"),
        ("The dockers staged a general strike.", "143"),
        # two parties exercising together cooperate militarily; agreeing on a view is accord
        ("Chilean and Peruvian frigates held drills off the coast.", "062"),
        ("The two presidents agreed that the border dispute needed a settlement.", "019"),
        ("The mayors wrote to the governor urging him to send food aid.", "0233"),
        # the nearest object, the fullest subject, the weapon's carrier decide the subcode
        ("The government sent rifles to the army.", "072"),
        ("Peacekeeping troops have arrived in the capital.", "074"),
        ("Warplanes bombed the rebel positions.", "195"),
        ("Soldiers exchanged fire with the smugglers.", "193"),
        ("The militia drove hundreds of families from their homes.", "201"),
        ("The bank pledged $10 million in humanitarian aid.", "0333"),
        ("The union called off its planned protest.", "082"),
        ("The blast killed nine people at the market.", "183"),
        ("Students clashed with police outside the ministry.", "145"),
        ("The insurgents threatened to storm the prison.", "1384"),
        ("Gunmen tried to assassinate the governor.", "185"),
        ("The army gave the militants 48 hours to surrender.", "139"),
        ("The government walked out of the talks.", "164"),
        ("The opposition welcomed the court's decision.", "051"),
        ("Truck drivers went on strike to demand higher wages.", "143"),
        ("The army announced it would withdraw from the town.", "0356"),
        ("The opposition leader attacked the government's economic policy.", "111"),
        ("The parliament voted down the bill.", "120"),
        ("The navy dispatched two destroyers to the gulf.", "154"),
        ("Pirates seized a cargo ship off the coast.", "181"),
        ("The killing of three journalists shocked the country.", "180"),
        ("A guard was murdered in a mortar attack on the base.", "194"),
        # an attack is coded by how it was done
        ("Two soldiers were killed in an airstrike.", "195"),
        ("A car bomb exploded outside the hotel.", "1832"),
    ],
)
def test_the_main_clause_decides(sentence: str, code: str) -> None:
    assert coded(sentence).full == code, triggers(sentence)


@pytest.mark.parametrize(
    ("sentence", "flag"),
    [
        ("The country has not fought a war since 1890.", "negated"),
        ("The navy never fired the missiles.", "negated"),
        ("The army didn't shell the town.", "negated"),
        ("No clashes were reported in the city.", "negated"),
        ("Neither side has fired a shot since the truce.", "negated"),
        ("There were no protests in the capital on Sunday.", "negated"),
        ("The army refrained from shelling the town.", "negated"),
        ("Police failed to disperse the crowd.", "negated"),
        ("Analysts said the army could invade if the talks collapse.", "hypothetical"),
        ("Officials fear militants may attack the pipeline.", "hypothetical"),
        ("The crews were expected to take part in joint exercises.", "planned"),
        ("The fleet is scheduled to hold drills in May.", "planned"),
    ],
)
def test_polarity_and_modality(sentence: str, flag: str) -> None:
    assert flag in coded(sentence).flags, triggers(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry denied that its troops attacked the village.",
        "The government denied that soldiers had fired on the crowd.",
    ],
)
def test_a_denial_leads_and_the_denied_act_is_negated(sentence: str) -> None:
    # CAMEO 1.1b3 §016: the denial is the event; the act it denies is negated (ACE polarity)
    found = triggers(sentence)
    assert coded(sentence).full == "016", found
    acts = [t for t in found if t.code[:2] in ("17", "18", "19", "20")]
    assert acts, found
    assert all("negated" in t.flags for t in acts), found


@pytest.mark.parametrize(
    "sentence",
    ["The minister vowed to attack the rebels.", "The army threatened to shell the town."],
)
def test_a_threat_is_an_event_not_speculation(sentence: str) -> None:
    t = coded(sentence)
    assert t.code == "13"
    assert "hypothetical" not in t.flags


def test_a_warning_of_what_could_happen_is_no_threat() -> None:
    t = main("Analysts warned that the conflict could spread to the capital.")
    assert t is None or (t.code != "13" and "hypothetical" in t.flags)


def test_a_reporting_verb_with_an_object_governs() -> None:
    assert coded("The government recalled its ambassador.").full == "161"
    assert coded("The ministry announced sanctions on the airline.").full == "163"


def test_reporting_verbs_stay_weak() -> None:
    assert main("The minister said the weather was fine.") is None
    assert [t.weight for t in triggers("The minister said it.")] == [WEAK]


def test_speculation_does_not_make_the_background_noun_the_event() -> None:
    assert coded("Analysts said the army could invade if talks collapse.").code == "19"


def test_a_negated_verb_negates_its_object() -> None:
    assert "negated" in coded("The drills did not include ballistic missile launches.").flags


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels shelled the village on Sunday, killing or wounding 30 people.",
        "The prisoners began a hunger strike on Monday to protest against their detention.",
        "The council rejected an offer to hold talks in May to settle the dispute.",
    ],
)
def test_purpose_and_consequence_are_part_of_the_main_event(sentence: str) -> None:
    strong = [t for t in triggers(sentence) if t.weight > WEAK]
    assert len(strong) == 1, strong


def test_a_hazard_is_no_political_actor() -> None:
    assert main("The earthquake destroyed hundreds of homes and killed forty people.") is None


def test_a_negated_verb_leaves_a_prepositional_mention_alone() -> None:
    t = coded("The spokesman said the decision was not linked to the bombing.")
    assert "negated" not in t.flags


def test_names_are_not_triggers() -> None:
    assert main("Amnesty International opened an office.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds of demonstrators stormed the town hall in Lyon on Monday.",
        "Supporters of the jailed opposition leader ransacked the election office overnight.",
        "Crowds angry at fuel prices occupied the governor's residence on 3 May.",
        "Protesters forced their way into the assembly on Tuesday.",
    ],
)
def test_a_crowd_storming_a_building_riots(sentence: str) -> None:
    assert coded(sentence).full == "145"


def test_a_crowd_storming_in_a_background_clause_riots_too() -> None:
    found = triggers("The minister resigned after protesters stormed his office.")
    assert [t.full for t in found if t.text == "stormed"] == ["145"]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Soldiers stormed the rebel-held town.", "190"),
        # the police are no army: their storming is state coercion (CAMEO 17; stop 27)
        ("Police stormed the protest camp at dawn.", "170"),
        ("Troops occupied the airport after crowds had gathered.", "192"),
    ],
)
def test_an_armed_force_storming_is_no_riot(sentence: str, code: str) -> None:
    assert coded(sentence).full == code


@pytest.mark.parametrize(
    "sentence",
    [
        "Air defences shot down most of the drones that the militia fired on Sunday.",
        "The navy intercepted two cruise missiles over the gulf.",
    ],
)
def test_shooting_down_aircraft_or_missiles_is_military_force(sentence: str) -> None:
    assert coded(sentence).full == "190"


def test_intercepting_a_shipment_is_no_fight() -> None:
    assert main("Customs officers intercepted a shipment of cocaine.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said two missiles fell into the sea on Monday.",
        "The missile came down in waters off the east coast.",
    ],
)
def test_a_missile_told_by_where_it_fell_at_sea_is_a_launch(sentence: str) -> None:
    assert coded(sentence).full == "150"


def test_a_rocket_falling_on_a_house_is_no_launch() -> None:
    t = main("A rocket fell on a house in the village.")
    assert t is None or t.full != "150"


@pytest.mark.parametrize(
    "name",
    [
        "cameo.csv",
        "classes.csv",
        "cues.csv",
        "embed.csv",
        "other_senses.csv",
        "sport_context.csv",
        "domains.csv",
        "organisations.csv",
    ],
)
def test_every_lexicon_row_names_its_source(name: str) -> None:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    assert all(r["source"].strip() for r in rows), name


def test_lexicon_codes_are_cameo_codes() -> None:
    for rule in load().rules:
        assert rule.code[:2] in ROOTS, rule
        assert rule.code.isdigit(), rule
        assert 3 <= len(rule.code) <= 4, rule
        assert rule.kind in ("V", "N"), rule
        assert 1 <= rule.weight <= 4, rule


def test_embedded_results_are_cameo_codes() -> None:
    for (governor, complement), result in load().embed.items():
        assert result[:2] in ROOTS, (governor, complement)
        assert result.isdigit(), (governor, complement)


WORDS = [
    "troops",
    "attacked",
    "not",
    "the",
    "talks",
    "said",
    "will",
    "if",
    "could",
    "urged",
    "to",
    "release",
    "prisoners",
    "sanctions",
    "lifted",
    ",",
    "that",
    "who",
    "drills",
    "Police",
    "arrested",
    "protesters",
    "after",
    "killing",
    "strike",
    "no",
    "were",
    "—",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40) | st.text(max_size=200))
def test_any_text_gives_well_formed_triggers(words: list[str] | str) -> None:
    text = words if isinstance(words, str) else " ".join(words)
    found = triggers(text)
    spans = sorted((t.start, t.end) for t in found)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))  # never overlap
    for t in found:
        assert text[t.start : t.end] == t.text
        assert t.code in ROOTS
        assert (t.full or t.code).startswith(t.code)
        assert set(t.flags) <= {"negated", "hypothetical", "planned"}
