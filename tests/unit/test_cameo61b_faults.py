"""cameo61b: codes and polarity from a fresh user's report, each a general rule.

A crowd's stampede or crush is an accident, no force (EM-DAT; CAMEO 1.1b3 §19 needs an
armed actor); flights halted by an airport or a storm reduce no relations (§160); calling an
act "an attack" accuses its doer of aggression (§1123), "an attack on press freedom" is
criticism (§111), and saying a trial "was a sham" denounces it (§111); a visit called off for
trouble at home is no downgrade of ties (§160); a denier's next spoken act is outside the
denial; an act readied ("preparing new sanctions") is planned (TimeML I_ACTION); "give up
on" is no yield (§080); what a decision "would allow" is its foreseen effect. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from dashboard.events.cameo import triggers
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _codes(text: str) -> list[str]:
    """The full codes of the sentence's triggers told as done (no flag of modality)."""
    unreal = {"negated", "hypothetical", "planned"}
    return [t.full or t.code for t in triggers(text) if not unreal & set(t.flags)]


def _flags(text: str, full: str) -> set[str]:
    return {f for t in triggers(text) if t.full == full for f in t.flags}


# --- 1. a stampede or a crowd crush is an accident ---------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "LAGOS, Nigeria (AP) — At least 12 people were killed in a stampede at a food "
        "distribution in the city of Kano on Tuesday, police said.",
        "LAGOS, Nigeria (AP) — A deadly crush during a religious procession in Kano killed "
        "nine pilgrims on Tuesday, police said.",
    ],
)
def test_a_crowd_stampede_is_an_accident_not_force(extract: Extract, body: str) -> None:
    events = extract(body)
    assert not rooted(events, "18", "19", "20", "03")
    assert [code(e) for e in events] == ["DIS-ACCIDENT"]


def test_gunmen_who_killed_worshippers_are_still_force(extract: Extract) -> None:
    # near miss: no stampede, an armed attack
    events = extract("LAGOS, Nigeria (AP) — Gunmen killed 12 worshippers in Kano on Tuesday.")
    assert rooted(events, "18", "19")


# --- 2. flights halted by an airport or a hazard ----------------------------------------------


def test_an_airport_halting_flights_reduces_no_relations() -> None:
    assert not _codes("The main airport in Manila halted all flights for two days.")
    assert not _codes("The snowstorm halted flights across the north of the country.")


def test_a_state_suspending_flights_still_reduces_relations() -> None:
    assert _codes("Russia suspended all flights to Georgia after the row.")[:1] == ["160"]


# --- 3. naming an act an attack -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Latvia's minister called the balloon flights over the border a hybrid attack.",
        "The minister called the shelling an act of aggression by Russia.",
        "Taiwan called the Chinese drills an act of war.",
    ],
)
def test_calling_an_act_an_attack_is_an_accusation(text: str) -> None:
    assert _codes(text)[:1] == ["1123"]


def test_calling_a_law_an_attack_on_press_freedom_is_criticism() -> None:
    assert _codes("The opposition called the new media law an attack on press freedom.")[:1] == [
        "111"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The commander called off an attack on the town.", "087"),
        ("The president called for an attack on the bridge.", "020"),
        ("The minister called the attack on the hospital a war crime.", "111"),
    ],
)
def test_call_off_call_for_and_called_a_crime_are_unchanged(text: str, expected: str) -> None:
    assert _codes(text)[:1] == [expected]


def test_saying_a_trial_was_a_farce_denounces_it() -> None:
    assert _codes("Their families said the trial was a farce.")[:1] == ["111"]


# --- 5. a visit called off for trouble at home -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Boric called off a planned visit to Argentina because of severe flooding at "
        "home.",
        "The prime minister postponed his trip to Japan due to illness.",
    ],
)
def test_a_visit_called_off_for_an_own_cause_is_no_event(text: str) -> None:
    assert not [t for t in triggers(text) if t.weight > 1]


def test_a_visit_called_off_over_a_dispute_still_reduces_relations() -> None:
    text = "President Boric called off a planned visit to Argentina over the border dispute."
    assert _codes(text)[:1] == ["160"]


# --- 6. a denier's next spoken act -------------------------------------------------------------


def test_an_accusation_after_a_denial_is_not_denied() -> None:
    text = "The leader denied that his country was responsible and accused Poland of provocation."
    assert "1123" in _codes(text)


def test_a_deed_joined_inside_the_denial_stays_denied() -> None:
    text = "The leader denied that his army had shelled the town and killed civilians."
    assert not [c for c in _codes(text) if c[:2] in ("18", "19")]


# --- 7. an act readied ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The bloc said it was preparing new sanctions against Minsk.",
        "Ministers drew up new sanctions against Minsk on Monday.",
        "The bloc is preparing to impose new sanctions against Minsk.",
    ],
)
def test_sanctions_being_prepared_are_planned(text: str) -> None:
    assert "planned" in _flags(text, "163")


def test_sanctions_imposed_are_done_and_a_prepared_intent_stays_intent() -> None:
    assert _codes("The bloc imposed new sanctions against Minsk.")[:1] == ["163"]
    assert _codes("Egypt is prepared to step up its investment in Sudan.")[:1] == ["0311"]


# --- 8. give up on ---------------------------------------------------------------------------


def test_giving_up_on_a_town_is_no_yield_nor_a_refusal_to_yield() -> None:
    text = "The president said Norwegians would not give up on the town of Vik."
    assert not rooted_codes(text, "08") + rooted_codes(text, "12")


def test_giving_up_and_giving_up_on_a_weekday_stay_yields() -> None:
    assert rooted_codes("The government gave up on Monday after weeks of protests.", "08")
    assert rooted_codes("The government gave up.", "08")


def rooted_codes(text: str, root: str) -> list[str]:
    return [t.full or t.code for t in triggers(text) if (t.full or t.code).startswith(root)]


# --- 9. what a decision would allow ----------------------------------------------------------


def test_what_a_decision_would_allow_is_no_act(extract: Extract) -> None:
    events = extract(
        "BAMAKO, Mali (AP) — Mali said on Sunday it was leaving the regional bloc. A spokesman "
        "said the move would allow Mali to protect its borders."
    )
    assert [code(e) for e in events] == ["160"]


def test_a_junta_allowing_rallies_still_grants_a_right() -> None:
    assert _codes("The junta allowed opposition parties to hold rallies in the capital.")[:1] == [
        "0833"
    ]


# --- 10. a harm disowned, a decision called a betrayal -----------------------------------------


def test_having_nothing_to_do_with_a_blast_denies_responsibility() -> None:
    text = "The ministry said on Monday it had nothing to do with the poisoning of the activist."
    assert _codes(text)[:1] == ["016"]


def test_having_nothing_to_do_with_elections_denies_nothing() -> None:
    assert "016" not in _codes("The ministry said it had nothing to do with the elections.")


@pytest.mark.parametrize(
    "text",
    [
        "The opposition called the government's decision a betrayal.",
        "The rebel front called France's recognition of the plan a betrayal of the people.",
    ],
)
def test_a_decision_called_a_betrayal_is_denounced(text: str) -> None:
    assert _codes(text)[:1] == ["111"]


def test_a_decision_called_a_step_forward_is_no_denunciation() -> None:
    assert "111" not in _codes("The minister called the decision a step forward.")
