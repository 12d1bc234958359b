"""Actor roles a fresh tester found confidently wrong (newuser57, fixed on branch roles58):
a possessor inside an apposition read as the passive's patient, a broadcaster's name read as
its country, "placed under arrest" read as active, "disarmed his bodyguards" as a voluntary
demobilisation, a mission's host country as its voice, an office holder's killing coded
§180, a sayer made the doer of the arrests it reports, and a denied threat coded §130 or
negating the next verb. Sentences written for these tests; each rule has near misses that
must not change. See docs/history/reading.md, roles58."""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted, unreal, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _sides(ev: Event) -> tuple[str | None, str | None]:
    return ev.roles.source, ev.roles.target


# --- a possessor inside an apposition is no subject ------------------------------------


@pytest.mark.parametrize(
    ("body", "patient"),
    [
        (
            "Opposition leader Ana Petrova, President Ivan Dragov's fiercest critic, was"
            " detained on Monday.",
            "Ana Petrova",
        ),
        (
            "Senator Luis Ortega, President Maria Lopez's closest ally, was arrested in the"
            " capital on Monday.",
            "Luis Ortega",
        ),
    ],
)
def test_the_head_of_a_possessive_apposition_is_the_patient(
    extract: Extract, body: str, patient: str
) -> None:
    arrests = rooted(extract(body), "17")
    assert arrests
    assert arrests[0].roles.target == patient
    assert arrests[0].roles.source is None
    assert patient in arrests[0].summary


def test_the_possessor_of_a_critic_is_no_side(extract: Extract) -> None:
    # stop 59 (roles59): a critic of X is someone other than X, so with no named head the
    # arrest has no named target rather than the president it was once given
    arrests = rooted(
        extract("President Ivan Dragov's fiercest critic was detained on Monday."), "17"
    )
    assert arrests
    assert arrests[0].roles.target != "Ivan Dragov"


# --- a news outlet's name holds no place or side ----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The president told France 24 that soldiers had detained him in his office.",
        # read right before the rule too on lead57 7b744ad2: kept as a check
        "The minister told Voice of America that police had detained ten protesters.",
    ],
)
def test_an_outlet_is_no_side_nor_place(extract: Extract, body: str) -> None:
    events = extract(body)
    assert events
    for ev in events:
        assert ev.roles.source not in ("France", "United States")
        assert ev.roles.target not in ("France", "United States")
        assert where(ev)[1] not in ("FR", "US")


def test_the_line_of_an_act_told_to_an_outlet_starts_at_its_own_subject(
    extract: Extract,
) -> None:
    body = "The minister told Voice of America on Monday that the army had shelled rebel positions."
    events = extract(body)
    assert events
    assert events[0].summary.startswith("The army had shelled")


def test_the_country_outside_an_outlet_stays(extract: Extract) -> None:
    events = rooted(extract("France expelled two Russian diplomats, France 24 reported."), "16")
    assert events
    assert events[0].roles.source == "France"


def test_the_summary_takes_a_several_word_addressee() -> None:
    from dashboard.events.summary import _REPORTING

    m = _REPORTING.search("The president told France 24 he had been held")
    assert m is not None
    assert m.group().endswith("France 24 ")


# --- "placed under arrest" is a passive -------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Opposition leader Ana Petrova was placed under arrest on Monday.",
        "Opposition leader Ana Petrova was put under house arrest on Monday.",
    ],
)
def test_placed_under_arrest_is_done_to_the_subject(extract: Extract, body: str) -> None:
    arrests = rooted(extract(body), "17")
    assert arrests
    assert _sides(arrests[0]) == (None, "Ana Petrova")


def test_taken_into_custody_stays_done_to_the_subject(extract: Extract) -> None:
    # read right before the rule too (cameo.csv "take * into custody")
    arrests = rooted(
        extract("Opposition leader Ana Petrova was taken into custody on Monday."), "17"
    )
    assert arrests
    assert _sides(arrests[0]) == (None, "Ana Petrova")


def test_an_active_arrest_keeps_its_subject(extract: Extract) -> None:
    arrests = rooted(extract("Opposition leader Ana Petrova placed the mayor under arrest."), "17")
    assert not arrests or arrests[0].roles.target != "Ana Petrova"


# --- another side's guards disarmed is coercion ------------------------------------------


def test_disarming_a_leaders_bodyguards_is_coercion(extract: Extract) -> None:
    body = (
        "Opposition leader Ana Petrova was freed on Monday. On Tuesday a convoy led by the"
        " interior minister entered Petrova's house and disarmed her bodyguards."
    )
    events = extract(body)
    assert not rooted(events, "0873")
    disarmed = [e for e in events if "disarm" in e.summary]
    assert disarmed
    assert code(disarmed[0]).startswith("17")
    assert disarmed[0].roles.source != "Ana Petrova"


def test_a_side_laying_down_its_arms_is_still_demobilisation(extract: Extract) -> None:
    events = extract("The rebels disarmed their fighters on Monday.")
    assert rooted(events, "0873")


# --- a mission's host country is not its voice -----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The U.N. mission in Chad said it was alarmed by the shelling.",
        "The embassy in Kenya condemned the attack on Wednesday.",
        "The delegation to Serbia condemned the violence on Wednesday.",
    ],
)
def test_the_host_of_a_mission_is_no_source(extract: Extract, body: str) -> None:
    events = extract(body)
    assert events
    assert events[0].roles.source not in ("Chad", "Kenya", "Serbia")


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("The U.S. embassy in Kenya condemned the attack on Wednesday.", "United States"),
        ("The EU delegation to Serbia condemned the violence on Wednesday.", "EU"),
        ("Fighting in Chad killed ten people, Chad's army said.", None),
    ],
)
def test_the_sender_of_a_mission_still_speaks(
    extract: Extract, body: str, source: str | None
) -> None:
    events = extract(body)
    assert events
    if source is not None:
        assert events[0].roles.source == source


# --- an office holder killed is an assassination ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Mayor Ana Ruiz of Tepic was shot dead on Saturday night.",
        "Ana Ruiz, the mayor of Tepic in the Mexican state of Nayarit, was shot dead on Saturday.",
    ],
)
def test_an_office_holder_killed_is_186(extract: Extract, body: str) -> None:
    events = extract(body)
    assert events
    assert code(events[0]) == "186"
    assert events[0].roles.target == "Ana Ruiz"


def test_an_office_noun_beside_the_verb_stays_186(extract: Extract) -> None:
    events = extract("Gunmen killed Governor Luis Ortega outside his home on Saturday.")
    assert events
    assert code(events[0]) == "186"


def test_an_office_holder_shot_but_not_killed_is_no_186(extract: Extract) -> None:
    events = extract("Mayor Ana Ruiz of Tepic was shot on Saturday night.")
    assert events
    assert code(events[0]) != "186"


@pytest.mark.parametrize(
    "body",
    [
        "Prosecutors said one of the attackers was killed by the mayor's bodyguards.",
        "One gunman was killed by the governor's guards.",
    ],
)
def test_an_office_named_after_by_is_the_killers_side(extract: Extract, body: str) -> None:
    events = extract(body)
    assert events
    assert code(events[0]) != "186"
    assert code(events[0]).startswith("18")


def test_a_plain_killing_is_no_186(extract: Extract) -> None:
    events = extract("Gunmen killed a farmer, Ana Ruiz, outside Tepic on Saturday.")
    assert events
    assert code(events[0]) != "186"


# --- the sayer of a force's act is not its doer ----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "President Ivan Dragov said police had arrested 22 people at the rally.",
        "Interior Minister Ana Petrova said riot police had detained 40 students.",
    ],
)
def test_a_force_in_the_reported_clause_does_the_act(extract: Extract, body: str) -> None:
    events = [e for e in extract(body) if not code(e).startswith("14")]
    assert events
    assert events[0].roles.source not in ("Ivan Dragov", "Ana Petrova")


def test_troops_in_the_reported_clause_stay_unread_as_the_sayer(extract: Extract) -> None:
    # read right before the rule too (military_subjects.csv)
    events = extract("Interior Minister Ana Petrova said troops shelled the village on Monday.")
    assert events
    assert events[0].roles.source != "Ana Petrova"


def test_a_sayer_reporting_its_own_act_stays(extract: Extract) -> None:
    events = rooted(
        extract("Interior Minister Ana Petrova said she had ordered the arrests."), "0", "1"
    )
    assert all(e.roles.source in (None, "Ana Petrova") for e in events)


# --- a threat denied is none made, and its negation stops at its noun phrase ------------


@pytest.mark.parametrize(
    "body",
    [
        "The minister said the new dam was not a threat to its neighbours and invited"
        " Kenya to join talks.",
        "The minister said on Tuesday the dam was not a threat to anyone and invited Kenya to"
        " join talks.",
    ],
)
def test_a_denied_threat_is_no_threat_and_the_invitation_stands(
    extract: Extract, body: str
) -> None:
    events = extract(body)
    assert not rooted(events, "13")
    invites = rooted(events, "02", "03", "04")
    assert invites
    assert not unreal(invites[0])


def test_a_no_threat_stays_no_threat(extract: Extract) -> None:
    # read right before the rule too: lead57's "no" stops at its own noun phrase
    events = extract("The foreign minister said the drills were no threat to Chad and urged calm.")
    assert not rooted(events, "13")
    assert rooted(events, "0")


@pytest.mark.parametrize(
    "body",
    [
        "Iran said the drills were a threat to the region.",
        "The army warned of a threat to the border towns.",
    ],
)
def test_a_threat_affirmed_stays(extract: Extract, body: str) -> None:
    assert rooted(extract(body), "1")


def test_a_shared_passive_auxiliary_still_negates_both(extract: Extract) -> None:
    events = extract("The activists were not arrested and charged, police said.")
    arrests = rooted(events, "17")
    assert all(unreal(e) for e in arrests)


# --- a body's officials telling of a passive act are no patient of it ------------------


def test_a_bodys_officials_are_no_patient_of_the_passive_they_report(extract: Extract) -> None:
    events = rooted(
        extract("Foreign Ministry officials said 30 people had been detained since Monday."), "17"
    )
    assert events
    assert events[0].roles.target != "Foreign Ministry"


def test_a_bodys_officials_telling_of_their_own_offices_stay_the_patient(
    extract: Extract,
) -> None:
    events = extract("Interior Ministry officials said their offices had been attacked.")
    assert events
    assert events[0].roles.target == "Interior Ministry"
