"""Near misses for the rules that fixed findings of the eighth QA pass
(``test_qa8_findings.py``): the same words in the sense the reader must keep. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import code, unreal

Extract = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date 2026-06-18\n{body}", path="t"))


def told(events: list[Event]) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.event_code or e.event_type.code, e.flags) for e in events]


def test_a_report_not_called_false_is_told_as_it_is(extract: Extract) -> None:
    # only "falsely" or "wrongly" on the reporting verb makes the report counterfactual
    events = extract("State media reported on Monday that rebels had attacked the base.")
    assert told(events) == [("190", ())]


def test_a_wave_of_attacks_that_killed_happened(extract: Extract) -> None:
    # the quantity noun's "of" joins the noun phrase only under a verb of fear
    events = extract("A wave of attacks on police stations in Dagestan killed 15 people on Sunday.")
    assert told(events) == [("190", ())]


def test_jets_hitting_a_city_with_airstrikes_is_force(extract: Extract) -> None:
    # "hit … with" codes sanctions only when what it is hit with is a sanction
    (strike,) = extract("Israeli jets hit Gaza with airstrikes on Tuesday.")
    assert strike.event_code == "195"


def test_shipping_tanks_is_military_aid(extract: Extract) -> None:
    # the verb "ship" after its subject keeps CAMEO 072; only "the ship", "a cargo ship" is the
    # vessel
    (aid,) = extract("Germany shipped 40 tanks to Ukraine on Monday.")
    assert (aid.event_code, aid.roles.source_country) == ("072", "DE")


def test_striking_workers_outside_a_game_still_strike(extract: Extract) -> None:
    # "striker" is a forward only in a game's sentence
    events = extract("Strikers blocked the port of Antwerp on Monday.")
    assert [(e.event_code or "")[:2] for e in events] == ["14"]


def test_an_attack_by_gunmen_on_a_party_is_force(extract: Extract) -> None:
    # only an attack in words ("a blistering attack on the opposition") is criticism
    events = extract(
        "Gunmen launched an attack on the opposition party's offices in Lagos on Tuesday."
    )
    assert [(e.event_code or "")[:2] for e in events] == ["19"]


def test_a_government_shutting_the_internet_imposes_restrictions(extract: Extract) -> None:
    # hackers' outages are no CAMEO act; a government's shutdown is §172
    (shutdown,) = extract("The government shut down the internet in Tigray on Monday.")
    assert shutdown.event_code == "172"


def test_police_attacked_by_gunmen_is_no_riot(extract: Extract) -> None:
    # the passive riot row needs a crowd as the agent
    events = extract("Police were attacked by gunmen in Belfast on Tuesday.")
    assert [(e.event_code or "")[:2] for e in events] == ["18"]


def test_an_inverted_condition_leaves_the_main_clause_as_told(extract: Extract) -> None:
    # an inverted condition opens the sentence and ends at its comma; the main clause's act
    # told after it is not made hypothetical by it
    events = extract("Should the truce collapse, the army will attack Rafah, the minister said.")
    assert all("hypothetical" not in e.flags for e in events)


def test_blocking_a_road_is_no_veto(extract: Extract) -> None:
    events = extract("Police blocked the road to the parliament on Monday.")
    assert all(e.event_code != "129" for e in events)


def test_a_weekday_ahead_of_a_report_keeps_its_future(extract: Extract) -> None:
    # only a weekday read in the past moves before the report's day; talks that "would
    # resume" are ahead of it
    (talks,) = extract("The ministry said on Monday that talks would resume on Friday.")
    assert str(talks.when.start) == "2026-06-19"


def test_where_the_act_itself_is_named_after_a_speaker_it_stands(extract: Extract) -> None:
    # the speaker's city is skipped only for an act done elsewhere; police in a city act there
    events = extract("Police in Brussels fired tear gas at protesters on Monday.")
    assert [e.location.place.name for e in events if e.location and e.location.place] == [
        "Brussels"
    ]


def test_a_place_before_a_condition_stays_the_acts(extract: Extract) -> None:
    # only the condition's own words are cut from the act's stretch
    events = extract("Police will arrest protesters in Lagos if they march on Monday.")
    assert [e.location.place.name for e in events if e.location and e.location.place] == ["Lagos"]


def test_an_act_inside_a_fronted_clause_keeps_its_own_subject(extract: Extract) -> None:
    # only the main clause's trigger loses the fronted clause's subject
    events = extract("After Russia invaded Ukraine in 2022, Finland joined NATO.")
    assert [(e.event_code, e.roles.source_country) for e in events] == [("190", "RU")]


def test_a_launch_that_killed_is_an_air_strike(extract: Extract) -> None:
    # CAMEO 1.1b3 §195: a missile launched at people is force used, its victims the target
    (strike,) = extract(
        "Russia launched a missile that killed five Ukrainian civilians in Kharkiv on Monday."
    )
    assert (strike.event_code, strike.roles.target_country) == ("195", "UA")
    # near miss: a launch whose missile only flew is a show of force
    (launch,) = extract("North Korea launched a missile that flew 1,000 km on Monday.")
    assert launch.event_code == "150"


def test_a_speaker_told_of_as_the_actor_stays_the_source(extract: Extract) -> None:
    # the speaker is set aside only when another actor stands before the act: "it" is hers
    (strike,) = extract("Israel's military said it struck Hezbollah targets in Lebanon on Monday.")
    assert strike.roles.source_country == "IL"


def test_a_country_after_by_is_still_the_agent(extract: Extract) -> None:
    # only a country after a place word ("off the coast of") is no agent
    (killing,) = extract("Two soldiers were killed by Russia on Monday.")
    assert killing.roles.source_country == "RU"


def test_a_call_for_a_strike_looks_ahead(extract: Extract) -> None:
    # a finite "called for" asks for the strike, which has not happened: since stop 27 the
    # call is coded as what it is, an appeal (CAMEO 02; QA9), and no strike is told as done
    events = extract("The opposition called for a general strike on Monday.")
    assert not [e for e in events if code(e).startswith("14") and not unreal(e)]
    assert [code(e) for e in events] == ["020"]


def test_a_documentary_retelling_a_shelling_keeps_the_shelling(extract: Extract) -> None:
    # a work as the subject tells what it shows; the act it retells still happened
    events = extract("The documentary shows Russian troops shelling Mariupol in 2022.")
    assert [(e.event_code, e.when.precision) for e in events] == [("194", 4)]


def test_jets_sent_to_help_an_ally_are_military_aid(extract: Extract) -> None:
    # only a relative clause of intrusion ("that violated … airspace") makes a show of force
    events = extract("Germany sent fighter jets that will help Poland patrol its airspace.")
    assert [(e.event_code, e.roles.target_country) for e in events] == [("072", "PL")]


def test_the_sides_of_a_fight_between_them_stay_its_sides(extract: Extract) -> None:
    # only a link "between" two countries (a cable, a border) names no side
    events = extract(
        "Fighting between Sudan's army and the RSF killed 40 people in Khartoum on Monday."
    )
    assert [e.roles.source_country for e in events] == ["SD"]


def test_a_protest_during_which_no_shots_were_fired_happened(extract: Extract) -> None:
    # NegEx: "no shots were fired" negates the firing; the protest named after "during" is
    # the setting, not the negated object
    events = extract("The ministry said no shots were fired during the protest in Nairobi.")
    assert [(e.event_code, "negated" in e.flags) for e in events] == [("140", False)]
    # near miss: the direct object of a negated verb shares its negation
    events = extract("The government did not allow protests in the capital.")
    assert all("negated" in e.flags for e in events)


def test_aid_goes_to_its_recipient(extract: Extract) -> None:
    # CAMEO 1.1b3 §07 and §033: the one aid is given or pledged "to" is the target
    (pledge,) = extract("Japan pledged $500 million in humanitarian aid to Ukraine on Tuesday.")
    assert (pledge.roles.source_country, pledge.roles.target_country) == ("JP", "UA")
    # near miss: a journey "to" a city names where, not whom
    (visit,) = extract("The minister travelled to Kyiv on Monday.")
    assert visit.roles.target is None


def test_rockets_fired_into_a_country_are_an_attack(extract: Extract) -> None:
    # CAMEO 1.1b3 §195: a launch aimed into a country or at a position is force used
    events = extract("Hezbollah fired dozens of rockets into northern Israel on Sunday.")
    assert [e.event_code for e in events] == ["195"]
    # near misses: a launch into the sea, or a test, is a show of force (§150)
    events = extract("North Korea fired a ballistic missile into the East Sea on Thursday.")
    assert [e.event_code for e in events] == ["150"]
    assert [e.event_code for e in extract("Iran test-fired a missile on Monday.")] == ["150"]


def test_patrols_two_states_agree_to_resume_are_cooperation(extract: Extract) -> None:
    # CAMEO 1.1b3 §0312: a show of force both parties agree to is military cooperation
    events = extract(
        "India and China agreed to resume patrols along their disputed border on Monday."
    )
    assert [e.event_code for e in events] == ["0312"]
    # near miss: one side's vow to hold drills is a threat (§138)
    events = extract("China vowed to hold more drills around Taiwan.")
    assert [e.event_code for e in events] == ["138"]


def test_forces_that_crossed_into_a_country_are_there(extract: Extract) -> None:
    # where forces moved "into" is where they are, not the place they came "from"
    (crossing,) = extract(
        "Hamas fighters crossed into southern Israel from Gaza on 7 October 2023."
    )
    assert crossing.location is not None
    assert crossing.location.place.name == "Israel"
    # near miss: with no "into", the place they came from is the only place named
    (crossing,) = extract("Russian troops crossed the border from Belarus on Thursday.")
    assert crossing.location is not None
    assert crossing.location.place.name == "Belarus"


def test_an_undated_act_a_since_clause_names_is_background(extract: Extract) -> None:
    # "the deadliest since the war began": the war's start only anchors the span
    assert extract("The strike was the deadliest since the war began, officials said.") == []
    # near miss: with a date of its own, the act the clause names is told
    events = extract(
        "Thousands have fled since the clashes began in Goma on 3 May, the UN said on Monday."
    )
    assert [(e.event_code, str(e.when.start)) for e in events] == [("190", "2026-05-03")]
