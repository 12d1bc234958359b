"""One act led by outlets at other roots (hap83, issue 16): a flood told only as the one whose
victims an aid act helps, when the aid's words and the hazard's phrase share their noun ("sent
soldiers to help victims of the floods that struck ..."), dated by the day in the hazard
noun's own relative clause; a civil aircraft told as striking another aircraft (a collision,
not an air strike) and a collision named by its two craft; a crowd's protest told by its past
verb in the "after" clause of an appeal or statement; the release of a counted nationality
("the release of five Americans") in a reaction. Near misses keep their readings: a flood of
last month beside aid now, fighter jets or a missile striking an aircraft, a protest only
threatened or told by a noun, the release of things.

Every sentence here was written for these tests. ``PUB`` is Thursday 18 June 2026."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, hazards, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


TUESDAY = date(2026, 6, 16)


def floods(events: list[Event]) -> list[tuple[str, date, date]]:
    return [h for h in hazards(events) if h[0] == "DIS-FLOOD"]


# -- the flood an aid act answers (stories._told_after; clause_hazard.hazard_beside) ----------


@pytest.mark.parametrize(
    "text",
    [
        "Italy sent 500 soldiers on Thursday to help victims of the floods that struck Bologna on Tuesday.",
        "The army deployed rescue teams on Thursday to assist victims of the floods that hit Porto Alegre on Tuesday.",
    ],
)
def test_aid_to_victims_of_a_flood_reads_the_flood_on_its_own_day(
    extract: Extract, text: str
) -> None:
    events = extract(text)
    assert floods(events) == [("DIS-FLOOD", TUESDAY, TUESDAY)]
    assert real(events, "07")  # the aid stays the lead


def test_survivors_helped_read_the_flood_on_its_relative_clauses_day(extract: Extract) -> None:
    text = "Volunteers handed out food on Thursday to survivors of the floods that hit Porto Alegre on Tuesday."
    assert floods(extract(text)) == [("DIS-FLOOD", TUESDAY, TUESDAY)]


def test_a_flood_of_last_month_beside_aid_now_keeps_its_month(extract: Extract) -> None:
    # near miss: a week up to the aid's day would join a later flood of that week
    text = "The EU pledged money on Thursday to rebuild homes for victims of the floods that struck Valencia last month."
    assert floods(extract(text)) == [("DIS-FLOOD", date(2026, 5, 1), date(2026, 5, 31))]


def test_victims_of_a_flood_beside_a_protest_name_no_flood(extract: Extract) -> None:
    # near miss: no aid answers the flood; survivors' own act is told (stories._VICTIMS_OF)
    text = "Victims of the floods in Bologna protested outside the town hall on Thursday."
    assert floods(extract(text)) == []


# -- an aircraft striking another (hazards.csv, air rows) ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A regional jet struck a military helicopter near the airport on Tuesday night.",
        "A passenger plane hit a small aircraft on the runway at Lisbon airport on Tuesday.",
        "Officials said on Thursday that four crew died after an airliner struck their plane on the runway on Tuesday.",
        "The minister on Thursday blamed the controllers for Tuesday's collision of a passenger jet and an army helicopter.",
    ],
)
def test_a_civil_aircraft_striking_another_is_an_accident(extract: Extract, text: str) -> None:
    events = extract(text)
    assert [h[0] for h in hazards(events)] == ["DIS-TRANSPORT"]
    assert not real(events, "18", "19", "20")


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian fighter jets struck a Russian helicopter over Kherson on Tuesday.",
        "A missile hit a passenger plane over the Black Sea on Tuesday.",
    ],
)
def test_force_against_an_aircraft_stays_force(extract: Extract, text: str) -> None:
    events = extract(text)
    assert hazards(events) == []
    assert real(events, "18", "19", "20")


def test_a_passenger_jet_hit_by_a_drone_is_no_accident(extract: Extract) -> None:
    assert hazards(extract("A passenger jet was hit by a drone near Kazan on Tuesday.")) == []


# -- a protest an appeal answers (tried and taken out at stop 78: the appeal's speaker became
# the protest's source; the near misses still hold) -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # only threatened: no protest happened
        "The EU urged calm on Thursday after students threatened to protest in Tbilisi.",
        # a noun's weekday is not read as past here: left
        "The EU urged calm on Thursday after a protest in Tbilisi on Saturday.",
    ],
)
def test_a_protest_not_told_done_after_an_appeal_is_no_happening(
    extract: Extract, text: str
) -> None:
    assert real(extract(text), "14") == []


# -- a release of counted nationals in a reaction (reacted_acts._persons) ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Washington welcomed the release of five Americans by Iran on Tuesday.",
        "London welcomed the release of three Britons from prison in Tehran on Tuesday.",
    ],
)
def test_a_welcomed_release_of_nationals_is_a_release(extract: Extract, text: str) -> None:
    assert [code(e) for e in real(extract(text), "08")] == ["0841"]


@pytest.mark.parametrize(
    "text",
    [
        "Airlines welcomed the release of five Boeings from storage on Tuesday.",
        "The board welcomed the release of two Reports on Tuesday.",
    ],
)
def test_a_welcomed_release_of_things_is_no_release(extract: Extract, text: str) -> None:
    assert rooted(extract(text), "08") == []


# -- a show of force one is concerned by (reacted_acts._OBJECT_PATTERN "concerned by") -------


def test_drills_a_state_is_concerned_by_are_a_show_of_force(extract: Extract) -> None:
    text = "Washington said on Thursday it was deeply concerned by China's military drills around Taiwan."
    assert [code(e) for e in real(extract(text), "15")] == ["150"]


def test_drills_condemned_by_a_ministry_are_not_read_from_the_agent(extract: Extract) -> None:
    # near miss: "by" after a verb of judgement names its agent, not its object
    text = "The plan was condemned by Japan's defence ministry on Thursday."
    assert real(extract(text), "15") == []


# -- a freeze of aid told as a noun (cameo.csv §162 noun row) ---------------------------------


def test_a_condemned_freeze_of_foreign_aid_is_a_cut_in_aid(extract: Extract) -> None:
    text = "Aid groups on Thursday condemned Tuesday's freeze of US foreign aid."
    cuts = real(extract(text), "16")
    assert [(code(e), e.when.start) for e in cuts] == [("162", TUESDAY)]


def test_cuts_to_a_budget_are_no_cut_in_aid(extract: Extract) -> None:
    # near miss: a state's own budget cut is no aid withheld from another party
    assert (
        real(extract("Students protested on Thursday against cuts to university funding."), "16")
        == []
    )
