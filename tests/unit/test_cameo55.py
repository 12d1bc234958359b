"""Full CAMEO codes that the coder left at their root's general code (cameo55): a mandative
clause with "that" left out or a long subject, a protest noun's aim, a refused request read by
what it asks, a possible coercive act under a condition, and lexicon rows for permitted
rallies, refugees' return, threats to secede, support asked for, trade accords refused and
trips made to mediate. Each rule has near misses that must stay. Every sentence here was
written for these tests."""

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
    return [e.event_code or e.event_type.code for e in events if "negated" not in e.flags]


def _flags(events: list[Event]) -> set[str]:
    return {f for e in events for f in e.flags}


# --- 1. a mandative clause: "demanded (that) X do Y" is coded by Y (§10) ---------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Seoul demanded Pyongyang abandon its nuclear program.", "105"),
        ("Ankara demanded Moscow withdraw its troops.", "1056"),
        ("The union demanded the government release the detained workers.", "1053"),
        ("The opposition insisted the president resign.", "1041"),
        (
            "Seoul demanded that the Islamic Republic of Iran (IRI) forsake its nuclear program.",
            "105",
        ),
        (
            "Tokyo demanded that the Democratic People's Republic of Korea release the abductees.",
            "1053",
        ),
    ],
)
def test_a_mandative_clause_codes_the_demand(extract: Extract, text: str, code: str) -> None:
    assert _codes(extract(text)) == [code]


def test_a_demand_with_no_clause_stays_general(extract: Extract) -> None:
    assert _codes(extract("The ministers demanded answers from the company.")) == ["100"]


def test_a_participle_before_a_noun_opens_no_mandative_clause(extract: Extract) -> None:
    # "proposed" is an adjective here: "plan" is a noun, no intent to plan anything
    assert _codes(extract("The city's proposed spending plan will include cuts to staff.")) == []


def test_a_possessive_ends_the_demanded_noun_phrase(extract: Extract) -> None:
    # "demanding the governor's resignation": "resignation" is the possessive's noun
    text = "In a march demanding the governor's resignation, thousands walked to the capitol."
    assert _codes(extract(text)) == ["1411"]


# --- 2. a protest noun is aimed as a protest verb is (§1411-§1454) ---------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Riots against the new tax policies continued in the capital on Friday.", "1452"),
        ("Thousands joined rallies against the new policy on Friday.", "1412"),
    ],
)
def test_a_protest_noun_takes_its_aim(extract: Extract, text: str, code: str) -> None:
    assert code in _codes(extract(text))


def test_a_protest_noun_with_no_aim_stays_general(extract: Extract) -> None:
    codes = _codes(extract("Riots in the northern city continued on Friday."))
    assert codes == ["145"]


# --- 3. a refused request is coded by what it asks (§12) --------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Belgrade rejected an ultimatum to extradite the suspect.", "1213"),
        ("The junta rejected the demand to withdraw its troops from the border.", "1246"),
        ("The president rejected a demand for his resignation.", "1231"),
        ("The government rejected an appeal for military aid.", "1222"),
        ("The UN rejected a call for peacekeepers.", "1224"),
        ("The president rejected an offer to host peace talks.", "125"),
    ],
)
def test_a_refused_request_is_coded_by_its_act(extract: Extract, text: str, code: str) -> None:
    assert _codes(extract(text)) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "The president rejected the ultimatum.",
        "The board rejected an offer to buy the company.",
    ],
)
def test_a_refused_request_with_no_act_stays_general(extract: Extract, text: str) -> None:
    assert _codes(extract(text)) == ["120"]


# --- 4. "may/might/could" a coercive act on a non-compliance condition: a threat (§13) ------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The EU may halt its mediation if the fighting continues, the minister said.", "135"),
        ("The donors may suspend aid if the government delays the elections.", "1311"),
        ("Washington could impose sanctions unless Caracas frees the prisoners.", "1312"),
    ],
)
def test_a_possible_coercive_act_under_a_condition_is_a_threat(
    extract: Extract, text: str, code: str
) -> None:
    events = extract(text)
    assert _codes(events) == [code]
    assert "hypothetical" not in _flags(events)


@pytest.mark.parametrize(
    "text",
    [
        "The EU may halt its mediation.",  # no condition: speculation
        "Analysts said the army might attack the town if talks fail.",  # onlookers' forecast
        "Residents feared the army might attack the town if talks failed.",  # a belief
        "The army may withdraw from the town if the talks succeed.",  # a promise's condition
        "Israel could strike Iran if talks fail, officials fear.",  # a belief told after
        "The airline may cancel flights if the strike continues.",  # no act named (§160)
        "The army may withdraw from the town if the talks fail.",  # the row ran into the "if"
    ],
)
def test_a_possible_act_without_a_threat_stays_hypothetical(extract: Extract, text: str) -> None:
    events = extract(text)
    assert not [c for c in _codes(events) if c.startswith("13")]


# --- 5. lexicon rows: the CAMEO leaf named by the object ------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The minister allowed the opposition to hold a rally in the capital.", "0833"),
        ("The governor permitted the students to stage a protest march.", "0833"),
        ("The government allowed the displaced families to return to their villages.", "0833"),
        ("Turkey will allow refugees to return home.", "0343"),
        ("The province threatened to secede from the federation.", "1313"),
        ("The separatists vowed to break away from the republic.", "1313"),
        ("The mayor demanded support from the national government.", "102"),
        ("The mayor asked the council for its support.", "022"),
        ("Seoul rejected a proposal to sign a free trade agreement with Tokyo.", "1211"),
        ("Seoul turned down the trade deal.", "1211"),
        ("The president will travel to Cairo to mediate between the factions.", "039"),
        ("The envoy visited Khartoum to mediate in the border dispute.", "045"),
    ],
)
def test_the_leaf_named_by_the_object(extract: Extract, text: str, code: str) -> None:
    assert _codes(extract(text)) == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The court allowed the mayor to hold the election in May.", "083"),
        ("The ministry asked the United States for military support.", "0232"),
        ("Seoul refused to sign the peace deal.", "127"),
        ("The envoy will visit Khartoum on Monday.", "036"),
    ],
)
def test_near_misses_keep_their_code(extract: Extract, text: str, code: str) -> None:
    assert _codes(extract(text)) == [code]
