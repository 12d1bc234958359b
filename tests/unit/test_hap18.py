"""hap18's own sentences (stop 43, issue 16) for reports whose act was unread or misread, so
that they joined the wrong happening or none. Every sentence here was written for these tests;
none is taken from an evaluation set. Publication is a Thursday, 2026-06-18.

- A time adjunct's edge word ("early on Thursday", "late on Monday") between "carried out
  strikes" and the "on" that opens their target leaves the strikes a use of force (CAMEO 1.1b3
  §190; Quirk et al. 1985, 8.53: "early"/"late" move a time within its day and name no target).
- A list of weapons joined by commas ("fired 90 drones, 20 cruise missiles and 40 rockets at
  the port") is one object, so the lexicon's gap reaches the target past it (CAMEO 1.1b3 §195;
  Huddleston and Pullum 2002, ch. 15: coordination joins like constituents).
- A forces noun that is the complement of a spatial preposition ("pushed past police lines and
  entered the compound") is no mover of a force-posture row (§154): a prepositional complement
  is never the clause's subject (Huddleston and Pullum 2002, ch. 7).
- A "suicide bomber" is a person (WordNet 3.0 suicide bomber n.), no aircraft: "a suicide
  bomber struck the crowd" is a suicide bombing (§1831), not an air strike (§195).
"""

from __future__ import annotations

import pytest

from dashboard.events.cameo import triggers
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _codes(sentence: str) -> list[str | None]:
    return [t.full for t in triggers(sentence)]


def test_an_edge_word_before_the_date_keeps_the_strikes_force() -> None:
    assert _codes("The navy carried out strikes early on Monday on rebel depots.") == ["190"]
    assert _codes("Ankara launched strikes late on Friday on camps in northern Syria.") == ["190"]


def test_an_edge_word_before_the_date_reads_an_event(extract: Extract) -> None:
    body = "The air force carried out strikes early on Tuesday on arms dumps near Kandahar."
    assert real(extract(body), "19")


def test_edge_word_near_misses_stay_as_they_are() -> None:
    # a second time past the date is no target: no force
    assert "190" not in _codes("The army carried out a strike early on Sunday at 6 a.m.")
    assert "190" not in _codes("The army carried out a strike late on Sunday.")
    # strikers' walkout stays a walkout, dated early or not
    assert _codes("Dockworkers launched a strike early on Monday at the port.") == ["143"]


def test_a_weapon_list_with_commas_is_fired_at_its_target() -> None:
    body = "Russia fired 90 drones, 20 cruise missiles and 40 rockets at Odesa overnight."
    assert _codes(body)[0] == "195"
    assert _codes("The militia fired rockets, missiles or drones at the base.")[0] == "195"


def test_a_weapon_list_with_commas_reads_a_strike_at_the_target(extract: Extract) -> None:
    body = "Russia fired 90 drones, 20 cruise missiles and 40 rockets at Ukraine on Tuesday night."
    strikes = real(extract(body), "19")
    assert [(code(e), where(e)[1]) for e in strikes] == [("195", "UA")]


def test_weapon_list_near_misses_stay_as_they_are() -> None:
    # a clause with a verb of its own after the comma ends the list: no target reached
    assert "195" not in _codes("Iran fired 170 drones, police said, and missiles at Israel.")
    assert "195" not in _codes("The army fired missiles, and the navy fired shells at the port.")
    # a list fired into the sea is still a launch shown, not a strike (§150's own row)
    assert (
        _codes("The North fired two cruise missiles, three rockets and a drone into the sea.")[0]
        == "150"
    )


def test_forces_noun_after_a_spatial_preposition_moves_no_force() -> None:
    body = "Students pushed past police lines and entered the ministry courtyard on Friday."
    assert not [c for c in _codes(body) if c and c.startswith("15")]
    assert not [
        c
        for c in _codes("Rebels slipped behind army lines and crossed the river.")
        if c and c.startswith("15")
    ]


def test_a_crowd_past_police_lines_is_read_as_the_crowd(extract: Extract) -> None:
    body = "Hundreds of protesters pushed past police lines and entered the senate grounds in Lima."
    events = extract(body)
    assert not rooted(events, "15")
    assert real(events, "14")


def test_forces_noun_near_misses_stay_as_they_are() -> None:
    # the forces noun as the clause's subject still moves a force, after a subordinator too
    assert _codes("Russian troops entered the town on Monday.") == ["154"]
    assert _codes("The town fell after troops entered it on Monday.")[0] == "154"


def test_a_suicide_bomber_is_no_warplane(extract: Extract) -> None:
    struck = real(extract("A suicide bomber struck a bus depot in Quetta on Tuesday."), "18", "19")
    assert [code(e) for e in struck] == ["1831"]
    attacked = real(extract("A suicide bomber attacked a bus depot in Quetta on Tuesday."), "19")
    assert "195" not in [code(e) for e in attacked]


def test_suicide_bomber_near_misses_stay_as_they_are(extract: Extract) -> None:
    # bombers with no "suicide" are aircraft: an air strike
    assert _codes("Russian bombers struck the depot.")[0] == "195"
    air = real(extract("Heavy bombers struck a bus depot in Quetta on Tuesday."), "19")
    assert [code(e) for e in air] == ["195"]
