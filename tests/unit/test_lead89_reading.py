"""Faults the lead found reading news of its own (session 89). See docs/history/reading.md,
session 89. Sentences written for these tests; each rule has near misses that must not change.

1. "Students, who have occupied Latvia's faculties, marched to Riga" made Latvia the
   marchers, and "The rocket, which Kyiv said was Iranian-made, hit a depot" made Kyiv the
   attacker and cut the line to "Was Iranian-made hit a depot": a state, or the speaker of a
   saying verb, named inside a non-restrictive relative clause is no party to the main
   clause's act (Quirk et al. 1985, 17.22; ``aside_parties``).
2. "No one was hurt in the blast, but two people died in Quito in a second explosion" kept
   only the blast: a toll set by "but" against a toll the first clause denies is no toll of
   the first act, so the second clause is read as its own, with its place
   (``joined_clauses``); "at least eight people" opens a subject as "eight people" does.
3. "arrested three men, all citizens of Albania, in the Bavaria region" was placed in Albania:
   a country after "citizens of" names the men's nationality (``nationality_of``).
4. "Another rally is planned for Saturday in Balti" gave the line "planned for in Balti": the
   date was cut from the line but not its "for" (``summary._cut_dates``).
5. "police detained them … outside the National Assembly" made the Assembly the detention's
   actor (newuser104): a body named after "outside", "opposite", "near", "beside" or "in front
   of" is the building the act happened beside (``beside_sites``).
6. "visited Mayotte on Thursday, five days after Cyclone Chido, and was heckled" gave the
   heckling the cyclone's day and no cyclone card (once heckling became a trigger), and "turned
   himself in late on Saturday, a day after the stabbing, and was arrested" dated the arrest
   from the stabbing: a predicate joined by ", and" after the counted phrase's closing comma
   is the main clause's (``phrase_close``).
7. "France sent firefighters to Athens on Tuesday, and the European Union appealed for
   blankets" lost the appeal: another named party's act after a dated first clause.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "state"),
    [
        (
            "Students, who have occupied most of Latvia's university faculties since March, "
            "marched from Jelgava to Riga on Saturday.",
            "Latvia",
        ),
        (
            "Farmers, who have blocked France's motorways for weeks, marched to Paris on Saturday.",
            "France",
        ),
        (
            "The rocket, which Ukraine said was an Iranian-made drone, hit a fuel depot near "
            "the port on Friday.",
            "Ukraine",
        ),
    ],
)
def test_a_state_in_a_relative_aside_is_no_party(extract: Extract, body: str, state: str) -> None:
    events = [e for e in extract(body) if code(e)[:2] in ("14", "18", "19")]
    assert events
    assert all(state not in e.actors for e in events)
    assert all(not (e.summary or "").startswith(state) for e in events)


def test_a_speaker_inside_the_aside_leaves_the_line_whole(extract: Extract) -> None:
    body = "The rocket, which Ukraine said was an Iranian-made drone, hit a fuel depot on Friday."
    (event,) = real(extract(body), "19", "18")
    assert (event.summary or "").startswith("The rocket hit")


@pytest.mark.parametrize(
    ("body", "party"),
    [
        # the antecedent itself is the state: it stays the doer
        (
            "Russia, which has occupied parts of Ukraine since 2014, shelled Kharkiv on Monday.",
            "Russia",
        ),
        # a named group in the aside says who the doers are
        (
            "Gunmen, who the army said belonged to Boko Haram, killed ten villagers in Borno "
            "on Monday.",
            "Boko Haram",
        ),
        # a state named outside the aside stays
        ("Latvian students, who had travelled for days, marched in Riga on Saturday.", "Latvia"),
    ],
)
def test_near_misses_keep_their_parties(extract: Extract, body: str, party: str) -> None:
    assert any(party in e.actors for e in extract(body))


def test_the_aside_state_is_not_the_target(extract: Extract) -> None:
    body = "Russia, which has occupied parts of Ukraine since 2014, shelled Kharkiv on Monday."
    (event,) = real(extract(body), "19")
    assert "Ukraine" not in event.actors


def test_a_toll_set_against_a_denied_one_is_its_own_event(extract: Extract) -> None:
    body = "No one was hurt in the blast, but two people died in Quito in a second explosion on Tuesday."
    placed = [where(e)[0] for e in real(extract(body), "18", "19", "DIS")]
    assert "Quito" in placed


def test_at_least_opens_a_subject(extract: Extract) -> None:
    body = (
        "No one was killed in the raid on the radio station, but at least eight people died "
        "in Guayaquil in a wave of attacks that night, police said."
    )
    placed = [where(e)[0] for e in real(extract(body), "18", "19")]
    assert "Guayaquil" in placed


@pytest.mark.parametrize(
    "body",
    [
        # the toll of the first act, no second event
        "A bomb exploded in the market in Quito on Tuesday, and five people died.",
        "Gunmen stormed a bar in Durban on Saturday, and at least six people were wounded.",
    ],
)
def test_a_plain_toll_stays_with_its_act(extract: Extract, body: str) -> None:
    assert len(real(extract(body), "18", "19")) == 1


@pytest.mark.parametrize(
    "body",
    [
        "Police arrested three men, all citizens of Albania, in the Bavaria region on Monday.",
        "Border guards detained two nationals of Vietnam in Bavaria on Tuesday.",
    ],
)
def test_citizens_of_a_country_name_no_place(extract: Extract, body: str) -> None:
    (event,) = real(extract(body), "17")
    assert where(event)[1] == "DE"


def test_a_country_as_the_scene_stays(extract: Extract) -> None:
    (event,) = real(extract("Police arrested two citizens in Albania on Monday."), "17")
    assert where(event)[1] == "AL"


def test_for_goes_with_its_day_in_the_line(extract: Extract) -> None:
    body = "Another rally is planned for Saturday in Tiraspol, organisers said."
    (event,) = rooted(extract(body), "14")
    assert "for in" not in (event.summary or "")
    assert "planned in Tiraspol" in (event.summary or "")


def test_for_before_a_possessive_day_stays(extract: Extract) -> None:
    events = extract("Unions called for Monday's strike to go ahead, organisers said.")
    assert events
    assert all("called for" in (e.summary or "") for e in events)


@pytest.mark.parametrize(
    "body",
    [
        # review89: a relief verb or relief goods with no disaster told is an army's errand
        "The army deployed 2,000 soldiers to the border on Monday to rebuild the fence.",
        "The government sent troops to the oil field on Monday to repair the pipeline.",
        "A warship arrived in the port on Monday with food for the garrison.",
    ],
)
def test_no_relief_without_a_disaster(extract: Extract, body: str) -> None:
    events = extract(body)
    assert events
    assert not rooted(events, "07")


def test_a_driver_hitting_is_no_assault(extract: Extract) -> None:
    # review89: a road user as the subject of "hit" tells a road accident
    assert not rooted(extract("A driver hit a policeman at a roadblock on Wednesday."), "18")


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        (
            "Police detained 40 farmers outside the National Assembly in Lima on Wednesday.",
            "National Assembly",
        ),
        ("Teachers protested in front of the Supreme Court in Lima on Wednesday.", "Supreme Court"),
    ],
)
def test_a_body_beside_which_an_act_happened_is_no_party(
    extract: Extract, body: str, body_name: str
) -> None:
    events = real(extract(body), "14", "17")
    assert events
    assert all(body_name not in e.actors for e in events)


def test_a_body_acted_on_stays_a_party(extract: Extract) -> None:
    events = real(
        extract("Protesters stormed the National Assembly in Lima on Wednesday."), "14", "18"
    )
    assert any("National Assembly" in e.actors for e in events)


def test_another_partys_act_after_a_dated_first_clause_is_read(extract: Extract) -> None:
    # "…on Tuesday, and the European Union appealed for …": another named party's own act of
    # another root, read apart even when only the first clause names a day
    body = "Spain sent firefighters to Lisbon on Tuesday, and the European Union appealed for blankets and tents."
    assert rooted(extract(body), "02")


def test_a_joined_act_without_another_named_party_shares_the_day(extract: Extract) -> None:
    body = "Protesters marched in Lima on Monday, and police fired tear gas."
    (gas,) = real(extract(body), "17")
    assert (gas.date_start, gas.date_end) == (date(2026, 6, 15), date(2026, 6, 15))


def test_a_predicate_after_a_counted_phrase_is_the_main_clauses(extract: Extract) -> None:
    # "…on Thursday, five days after the cyclone, and was heckled": the phrase's act is the
    # cyclone, counted back from Thursday; the joined predicate is the main clause's
    body = "The president visited Tonga on Thursday, five days after Cyclone Nora, and was jeered by residents."
    hazards_read = [e for e in extract(body) if code(e).startswith("DIS-")]
    assert hazards_read
    assert hazards_read[0].date_start == date(2026, 6, 13)


def test_an_arrest_after_a_counted_phrase_takes_the_main_day(extract: Extract) -> None:
    body = (
        "A man turned himself in to police late on Saturday, a day after the stabbing, and "
        "was arrested on suspicion of murder."
    )
    (arrest,) = real(extract(body), "17")
    assert arrest.date_start == date(2026, 6, 13)


def test_a_noun_of_the_first_act_in_a_joined_object_is_no_other_partys_act(
    extract: Extract,
) -> None:
    # "…on Monday, and its Afghan branch later released footage of the raid": the raid named
    # again and a bare statement are no act of another party
    body = "The group claimed responsibility on Monday, and its Syrian branch later released footage of the raid."
    events = extract(body)
    assert [code(e) for e in events] == ["015"]
