"""Event words in another sense (``data/lexicon/other_senses.csv``), and a happening's effect
told as if an actor did it. Sentences written for these tests: CAMEO 1.1b3 codes acts of
political actors, so an illness, an animal, a cyber operation or a lawsuit is no fight, and
"the attack halted operations" says what the attack did, not that someone de-escalated. Also
the main verb after a restrictive relative clause ("Militants who opposed the budget killed…")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.events.lexicon import other_senses
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2025, 9, 17)  # a Wednesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


def violent(events: list[Event]) -> list[str]:
    return [c for c in codes(events) if c.startswith(("18", "19", "20"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor of Lyon died of a heart attack on Tuesday.",
        "A swimmer was hurt in a shark attack off Perth on Tuesday.",
        "A brown bear attacked two hikers in Alaska on Tuesday.",
        "A tourist was killed by a crocodile in Queensland on Tuesday.",
        "Hackers attacked the websites of Danish ministries on Tuesday.",
        "A ransomware attack hit the city council of Leeds on Tuesday.",
        "The two carmakers are locked in a legal battle in Munich over patents.",
        "A price war broke out among airlines in India on Tuesday.",
        "Beijing launched a charm offensive across Africa on Tuesday.",
        "Pakistan's foreign ministry hit back at Kabul on Tuesday, calling the claims baseless.",
    ],
)
def test_another_sense_is_no_violence(extract: Extract, sentence: str) -> None:
    assert violent(extract(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        # near misses: the same heads in their political sense stay
        ("Russian troops attacked Kharkiv on Tuesday.", "19"),
        ("Gunmen attacked a police station in Kano on Tuesday.", "18"),
        ("Fighting broke out between the army and rebels in Goma on Tuesday.", "19"),
        ("In a lightning raid, commandos killed five militants in Somalia on Tuesday.", "19"),
        # the ministry speaks; its forces, the subject after "said", hit
        ("The defence ministry said its forces hit back at rebels near Goma on Tuesday.", "19"),
    ],
)
def test_the_political_sense_stays(extract: Extract, sentence: str, root: str) -> None:
    assert any(c.startswith(root) for c in codes(extract(sentence)))


def test_lightning_is_a_storm_hazard_not_a_fight(extract: Extract) -> None:
    # EM-DAT: lightning is a convective storm
    events = extract("A lightning strike killed three farmers in Bangladesh on Tuesday.")
    assert codes(events) == ["DIS-STORM"]


def test_an_attacks_effect_is_no_de_escalation(extract: Extract) -> None:
    events = extract("The shelling halted grain shipments from Odesa on Tuesday.")
    assert not [c for c in codes(events) if c.startswith(("08", "16"))]
    # near miss: a state halting its own operation de-escalates (CAMEO 087)
    events = extract("Russia halted its offensive near Kharkiv on Tuesday.")
    assert "087" in codes(events)


def test_a_participle_after_a_comma_has_the_sentences_subject(extract: Extract) -> None:
    events = extract("Floods swept Kerala on Tuesday, forcing schools to close.")
    assert not [c for c in codes(events) if c.startswith("17")]


def test_every_row_has_a_source_and_a_yes_or_no() -> None:
    senses = other_senses()
    assert {"attack", "war", "battle"} <= set(senses)
    assert all(s.modifiers and s.sense for rows in senses.values() for s in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        "Arsenal beat Chelsea 3-1 at the Emirates on Sunday.",
        "Brazil thrashed Bolivia 5 – 0 in Recife on Tuesday.",
    ],
)
def test_a_game_won_by_a_score_is_no_assault(extract: Extract, sentence: str) -> None:
    assert violent(extract(sentence)) == []


def test_violence_beside_a_score_stays(extract: Extract) -> None:
    # near miss: the score follows a noun, not the verb's object
    events = extract("Fans clashed with police in Marseille after the 2-1 defeat on Sunday.")
    assert [c for c in codes(events) if c.startswith("14")]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A fire at a market in Lagos killed 12 people on Tuesday.", "Lagos"),
        ("A stampede at a temple in Andhra Pradesh killed nine pilgrims on Tuesday.", None),
    ],
)
def test_a_fire_or_crush_in_a_building_is_an_accident(
    extract: Extract, sentence: str, place: str | None
) -> None:
    # EM-DAT: a miscellaneous (technological) accident, with no attacker
    events = extract(sentence)
    assert codes(events) == ["DIS-ACCIDENT"]
    if place:
        assert events[0].location
        assert events[0].location.place
        assert events[0].location.place.name == place


def test_gunmen_opening_fire_at_a_market_stay_an_attack(extract: Extract) -> None:
    events = extract("Gunmen opened fire at a market in Lagos on Tuesday, killing 12 people.")
    assert violent(events)
    assert "DIS-ACCIDENT" not in codes(events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Unemployment hit a ten-year high in Spain in August.",
        "The Senate killed the budget bill in Washington on Tuesday.",
        "The spokesman shot down speculation of a snap election in Tokyo on Tuesday.",
        "Food prices exploded in Khartoum last month.",
    ],
)
def test_force_verbs_said_of_figures_and_bills_are_figures_of_speech(
    extract: Extract, sentence: str
) -> None:
    assert violent(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the same verbs said of people, places and weapons
        "A missile hit a shopping centre in Kremenchuk on Tuesday.",
        "Air defences shot down two drones over Belgorod on Tuesday.",
        "Gunmen attacked a council meeting on the budget in Borno on Tuesday.",
    ],
)
def test_force_verbs_said_of_people_and_places_stay(extract: Extract, sentence: str) -> None:
    assert violent(extract(sentence))


# ------------------------------------------------ a restrictive relative clause ends at its object


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("Militants who opposed the budget killed three soldiers in Borno on Tuesday.", "19"),
        ("Rebels who seized the airport shelled the town of Goma on Tuesday.", "19"),
    ],
)
def test_the_main_verb_after_a_relative_clause_governs(
    extract: Extract, sentence: str, root: str
) -> None:
    # a relative clause describes an actor (cues.csv); its one finite verb ends with its
    # object, and the next finite verb is the sentence's own
    assert any(c.startswith(root) for c in codes(extract(sentence)))
    assert not [c for c in codes(extract(sentence)) if c.startswith(("12", "17"))]


def test_a_relative_clause_with_two_joined_verbs_stays_one(extract: Extract) -> None:
    # near miss: "who fled and hid" joins the clause's verbs; the main verb comes after
    events = extract("Villagers who fled and hid in the forest returned to Beni on Tuesday.")
    assert not violent(events)


# ------------------------------------------------ epidemics and extreme temperatures are hazards


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("An outbreak of diphtheria has killed 25 people in Kano since March.", "DIS-EPIDEMIC"),
        ("A dengue epidemic has killed 80 people in Dhaka this year.", "DIS-EPIDEMIC"),
        ("A heat wave killed 40 people in Karachi last week.", "DIS-HEAT"),
    ],
)
def test_an_epidemic_or_a_heat_wave_is_a_hazard_not_a_fight(
    extract: Extract, sentence: str, code: str
) -> None:
    # EM-DAT (CRED): biological (epidemic) and meteorological (extreme temperature) hazards
    events = extract(sentence)
    assert codes(events) == [code]


def test_an_attack_on_a_clinic_stays_an_attack(extract: Extract) -> None:
    # near miss: the disease names the target, not the attacker
    events = extract("Gunmen attacked an Ebola treatment centre in Butembo on Tuesday.")
    assert violent(events)


@pytest.mark.parametrize(
    "sentence",
    [
        "The central bank of Brazil raised rates on Tuesday to fight inflation.",
        "Firefighters battled a blaze at a warehouse in Rotterdam on Tuesday.",
        "The new government vowed to combat corruption.",
    ],
)
def test_fighting_a_social_ill_or_a_fire_is_no_armed_fight(extract: Extract, sentence: str) -> None:
    assert violent(extract(sentence)) == []


def test_fighting_people_stays_a_fight(extract: Extract) -> None:
    # near miss: the same verb with armed men as its object
    assert violent(extract("Government troops battled Islamist fighters in Cabo Delgado."))


@pytest.mark.parametrize(
    "sentence",
    [
        "Liverpool captured the Premier League title on Sunday.",
        "The opposition seized on the chance to attack the budget.",
        "The central bank's move arrested the slide of the rupee.",
        "The chancellor fought off a leadership challenge in Berlin.",
        "Temperatures hit 47 degrees in Jacobabad on Tuesday.",
        "The director shot a documentary in Tunis last year.",
        "The treaty struck a careful balance between the two sides.",
        "The Celtics beat the Knicks 118-104 in Boston on Sunday.",
    ],
)
def test_idioms_games_and_readings_are_no_force(extract: Extract, sentence: str) -> None:
    # WordNet's other senses of seize, capture, arrest, hit, shoot and strike; a game's score
    assert not [c for c in codes(extract(sentence)) if c.startswith(("17", "18", "19", "20"))]


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the same verbs with people, places or control as their object
        "Rebels captured the town of Bunia on Tuesday.",
        "Troops seized control of the airport in Khartoum on Tuesday.",
        "Police arrested the opposition leader in Dhaka on Tuesday.",
        "Gunmen shot a police officer in Karachi on Tuesday.",
    ],
)
def test_force_on_people_places_and_control_stays(extract: Extract, sentence: str) -> None:
    assert [c for c in codes(extract(sentence)) if c.startswith(("17", "18", "19", "20"))]


def test_a_year_on_the_noun_outranks_a_day_after_it(extract: Extract) -> None:
    # TimeML: "the 1982 massacre" is anchored to 1982; "on Monday" dates the marking of it
    events = extract("Lebanon marked 40 years since the 1982 massacre on Monday.")
    assert all(e.when.start.year == 1982 for e in events if violent([e]))


def test_no_casualty_denies_no_act_in_a_clause_of_its_own(extract: Extract) -> None:
    # NegEx: the negation's scope ends at the clause; the explosion happened
    events = extract("Nobody was hurt when a car bomb exploded near a court in Lima on Monday.")
    assert violent(events)
    assert all("negated" not in e.flags for e in events if violent([e]))


def test_no_casualty_alone_stays_negated(extract: Extract) -> None:
    # near miss: with no clause telling an act, the sentence reports nothing that happened
    events = extract("No one was killed, the police said on Monday.")
    assert all("negated" in e.flags for e in events if violent([e]))


@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistan's pace attack bowled England out for 210 in Multan on Monday.",
        "Shares in Nissan came under attack in Tokyo on Monday.",
        "The boardroom battle for control of the bank continued on Monday.",
    ],
)
def test_games_and_markets_under_attack_are_no_fight(extract: Extract, sentence: str) -> None:
    assert violent(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Swiatek beat Gauff in straight sets in Rome on Saturday.",
        "India crushed Pakistan by an innings and 40 runs in Ahmedabad on Sunday.",
    ],
)
def test_a_game_told_in_its_own_words_is_no_violence(extract: Extract, sentence: str) -> None:
    # sport_context.csv: words only a game's report uses
    assert violent(extract(sentence)) == []


def test_armed_men_at_a_game_stay_violence(extract: Extract) -> None:
    # near miss: gunmen named beside a World Cup match
    assert violent(extract("Gunmen attacked fans outside a World Cup match in Lagos on Sunday."))
