"""Faults the lead found reading news of its own (session 84). See docs/history/reading.md,
session 84. Sentences written for these tests; each rule has near misses that must not change.

1. "said it would quit the pact, days after a visit by the envoy" flagged the visit planned:
   the backshifted "would" of the report is no time to come for the noun the set-off
   "days after" adjunct anchors on.
2. "Finland kept its border with Russia closed" made Russia the closer: the neighbour after
   "border with" names the other side of a frontier.
3. "imposed a curfew on Friday after gunmen attacked a village" lost the attack: a curfew or
   a state of emergency answers at once what it came after, as a security alert does.
4. "imposed a curfew in India's Manipur after gunmen torched houses" made India the arsonist:
   an "after" clause takes its sides from its own words.
5. "aid cuts left workers jobless" was read as aid given (§070).
6. "has not taken part in any war" told a war: the negation of a verb of participation was
   read as denying only the subject's part, though "any" presupposes no war at all.
7. "declined to say whether jets had intercepted the aircraft" was a rejection (§120).
8. "resigned on Tuesday after police shot dead 19 demonstrators the day before" lost the
   shooting: repression (§175) told in an "after" clause is done, as force is.
9. "jets flew over the island of Samos" was placed in the jets' country: the gazetteer
   held no island of that name (regions.csv island rows).
10. "Former president X, charged with treason, remains abroad" made X the one who charged:
    the head of a reduced relative of accusing after its comma was charged.
11. "Parliament repealed the state of emergency" was read as a state of emergency imposed.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted, unreal, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# 1. A noun anchoring "days after" under a reported "would" (Quirk et al. 1985 §14.31)


@pytest.mark.parametrize(
    "text",
    [
        "Chile said on Tuesday it would review the mining project, days after a visit by the "
        "US secretary of state.",
        "Peru announced on Monday that it would expel the envoy, two days after a visit by "
        "the Bolivian president to Lima.",
    ],
)
def test_a_visit_a_reported_would_came_after_is_done(extract: Extract, text: str) -> None:
    visits = rooted(extract(text), "04")
    assert visits
    assert not any(unreal(e) for e in visits)
    assert all(e.when.end <= date(2026, 6, 16) for e in visits)


def test_a_visit_a_plan_will_follow_stays_planned(extract: Extract) -> None:
    text = "Chile will leave the trade pact after a visit by the Chinese foreign minister."
    assert not real(extract(text), "04")


# 2. The neighbour across "border with" (Huddleston and Pullum 2002, ch. 7: a PP's object)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Norway kept its land border with Sweden closed on Monday.", "Norway"),
        ("Norway will keep the border with Sweden closed, the ministry said.", "Norway"),
    ],
)
def test_the_neighbour_across_a_border_is_no_closer(
    extract: Extract, text: str, source: str
) -> None:
    events = rooted(extract(text), "13", "17")
    assert [e.roles.source for e in events] == [source]


def test_a_closer_named_after_the_border_still_closes(extract: Extract) -> None:
    events = rooted(extract("Norway closed its land border with Sweden on Monday."), "17")
    assert [(e.roles.source, e.roles.target) for e in events] == [("Norway", "Sweden")]


# 3. A curfew answers what it came after (CAMEO 1.1b3 §1723 impose curfew; TimeML BEFORE)


@pytest.mark.parametrize(
    "text",
    [
        "Authorities imposed a curfew in Kaduna state on Friday after gunmen attacked a village.",
        "The governor declared a state of emergency in Jos on Friday after bandits killed 12 "
        "people in a market.",
    ],
)
def test_force_a_curfew_answers_is_told(extract: Extract, text: str) -> None:
    force = real(extract(text), "18", "19")
    assert len(force) == 1
    assert (force[0].when.start, force[0].when.end) == (date(2026, 6, 6), date(2026, 6, 12))


def test_talks_after_an_attack_still_give_no_attack(extract: Extract) -> None:
    text = "The ministers held talks in Abuja on Friday after gunmen attacked a church."
    assert not real(extract(text), "18", "19")


# 4. An "after" clause's own sides (Quirk et al. 1985 §15.25)


def test_the_main_clauses_owner_is_no_side_of_the_after_clause(extract: Extract) -> None:
    text = (
        "Authorities imposed a curfew in India's Assam state on Friday after gunmen torched "
        "houses in Dhubri."
    )
    force = real(extract(text), "18", "19")
    assert [e.roles.source for e in force] == [None]


def test_a_side_inside_the_after_clause_is_kept(extract: Extract) -> None:
    text = "Authorities imposed a curfew in Assam on Friday after Indian troops shelled a camp."
    force = real(extract(text), "19")
    assert [e.roles.source for e in force] == ["India"]


# 5. Aid cut told as a noun (CAMEO 1.1b3 §162 reduce or stop material aid)


def test_aid_cuts_are_no_aid_given(extract: Extract) -> None:
    events = extract("British aid cuts left thousands of nurses jobless.")
    assert [code(e) for e in rooted(events, "07", "16")] == ["162"]


def test_aid_sent_is_still_aid(extract: Extract) -> None:
    events = extract("Britain sent aid to the flooded villages on Monday.")
    assert [code(e)[:2] for e in rooted(events, "07", "16")] == ["07"]


# 6. Non-assertive "any" under a negated verb of participation (Quirk et al. 1985 §10.58)


@pytest.mark.parametrize(
    "text",
    [
        "Austria has no navy and has not taken part in any war.",
        "Malta has not been involved in any war.",
    ],
)
def test_no_war_is_told_by_not_taking_part_in_any(extract: Extract, text: str) -> None:
    assert not real(extract(text), "19")


def test_not_taking_part_in_the_war_still_tells_the_war(extract: Extract) -> None:
    assert len(real(extract("Austria did not take part in the war."), "19")) == 1


# 7. Declining to say is declining comment (CAMEO 1.1b3 §011)


@pytest.mark.parametrize(
    "text",
    [
        "The army declined to say whether its drones had struck the convoy.",
        "The ministry refused to disclose how many soldiers were wounded.",
    ],
)
def test_declining_to_say_is_declining_comment(extract: Extract, text: str) -> None:
    assert [code(e) for e in rooted(extract(text), "01", "12")] == ["011"]


def test_declining_to_join_is_still_a_rejection(extract: Extract) -> None:
    assert [
        code(e)[:2] for e in rooted(extract("Chile declined to join the pact."), "01", "12")
    ] == ["12"]


# 8. Repression in an "after" clause with its own day (CAMEO 1.1b3 §175; TimeML BEFORE)


def test_repression_a_resignation_came_after_is_told(extract: Extract) -> None:
    text = (
        "The interior minister resigned on Wednesday after police shot dead 12 protesters "
        "the day before."
    )
    repression = real(extract(text), "17")
    assert [(code(e), e.when.start) for e in repression] == [("175", date(2026, 6, 16))]


def test_a_resignation_alone_tells_no_repression(extract: Extract) -> None:
    assert not real(extract("The interior minister resigned on Wednesday."), "17")


# 9. Islands news names (regions.csv rows, hand-curated)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Turkish jets flew over the island of Samos on Tuesday.", ("Samos", "GR")),
        ("Iranian forces seized a tanker off Abu Musa on Tuesday.", ("Abu Musa", None)),
        ("A migrant boat capsized off Lanzarote on Tuesday.", ("Lanzarote", "ES")),
    ],
)
def test_an_act_at_an_island_is_placed_there(
    extract: Extract, text: str, place: tuple[str, str | None]
) -> None:
    events = [e for e in extract(text) if not code(e).startswith("01")]
    assert events
    assert where(events[0]) == place


# 10. A reduced relative of accusing in apposition (Quirk et al. 1985 §17.30)


def test_the_head_of_an_apposed_charge_is_its_target(extract: Extract) -> None:
    text = "Former president Jacob Zuma, charged with corruption, remains at his home."
    charges = rooted(extract(text), "17")
    assert [(e.roles.source, e.roles.target) for e in charges] == [(None, "Jacob Zuma")]


def test_an_apposed_title_charging_is_still_the_source(extract: Extract) -> None:
    text = "Former president Jacob Zuma charged the editor with libel on Monday."
    charges = rooted(extract(text), "17")
    assert [e.roles.source for e in charges] == ["Jacob Zuma"]


# 11. "repeal" undoes the act it names (Merriam-Webster repeal v.; FactBank CT-)


def test_a_repealed_emergency_is_none_imposed(extract: Extract) -> None:
    text = "Parliament repealed the state of emergency on Tuesday."
    assert not real(extract(text), "17")


def test_a_declared_emergency_is_still_imposed(extract: Extract) -> None:
    text = "Parliament declared a state of emergency on Tuesday."
    assert [code(e) for e in real(extract(text), "17")] == ["1724"]


# 12. A riot in an "after" clause is left (after_dissent reads strikes, boycotts, blockades)


def test_a_riot_after_which_police_arrested_gives_no_protest_card(extract: Extract) -> None:
    text = (
        "Police arrested dozens of fans in Leeds on Saturday after they rioted outside a stadium."
    )
    assert not rooted(extract(text), "14")


def test_a_blockade_after_which_police_arrested_is_still_told(extract: Extract) -> None:
    text = "Police arrested dozens of farmers on Saturday after they blocked a motorway near Lille."
    assert [code(e) for e in rooted(extract(text), "14")] == ["144"]
