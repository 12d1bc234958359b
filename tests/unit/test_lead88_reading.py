"""Faults the lead found reading news of its own (session 88). See docs/history/reading.md,
session 88. Sentences written for these tests; each rule has near misses that must not change.

1. "Reinforcements arrived in the town on Monday" was §042 make a visit: reinforcements are
   troops sent to an army, so their arrival is §154, as troops' arrival is.
2. "Police detained Castillo in Lima, prosecutors said" after "Congress voted to remove
   Castillo from office" was lost: a reported sentence naming a person told before was taken
   as more of that person's act, though its own act is another named kind of the root
   (§173 after §172), which the article merge already keeps apart.
3. "The militia claimed the attack, saying the hotel was a base, a claim its owners denied"
   hid the claim as hypothetical: a claim of responsibility (§015) was made, as an accusation (§112) is; the
   denial disputes what it says, and the act claimed stays only possible.
4. "India on Wednesday suspended the treaty, closed the border crossing and expelled
   Pakistani diplomats" gave only the first act: two verbs joined by "and" were read, but a
   series of three or more ("A, B and C") was not, and its closing day dated none of them
   (``series_acts``, Quirk et al. 1985 §13.60).
5. "The court sentenced the gunman to 21 years in October" added an assault in October: an
   agent noun after a verb of justice or custody names the person judged (ACE 2005 Justice
   events), not a new act (``judged_agents``).
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "Reinforcements arrived in the border town on Monday.",
        "Fresh reinforcements reached the besieged garrison on Tuesday.",
    ],
)
def test_reinforcements_arriving_are_forces_mobilized_not_a_visit(
    extract: Extract, body: str
) -> None:
    assert [code(e) for e in real(extract(body), "04", "15")] == ["154"]


def test_a_ministers_arrival_stays_a_visit(extract: Extract) -> None:
    body = "The foreign minister arrived in the capital on Monday for talks."
    assert [code(e)[:2] for e in real(extract(body), "04", "15")] == ["04"]


def test_a_reported_arrest_after_the_same_persons_removal_is_its_own_act(
    extract: Extract,
) -> None:
    body = (
        "The assembly voted on Tuesday to remove Governor Ana Ruiz from office. Police detained"
        " Ruiz at the airport in Quito, prosecutors said."
    )
    assert sorted(code(e) for e in real(extract(body), "17")) == ["172", "173"]


def test_a_reported_detail_of_the_same_arrest_stays_one_act(extract: Extract) -> None:
    body = (
        "Police detained Governor Ana Ruiz in Quito on Tuesday. Ruiz was held at a police"
        " station overnight, prosecutors said."
    )
    assert [code(e)[:2] for e in real(extract(body), "17")] == ["17"]


def test_a_claim_of_responsibility_others_deny_was_still_made(extract: Extract) -> None:
    body = (
        "The militia claimed responsibility for the raid, saying the farm was an army post,"
        " a claim its owners denied."
    )
    assert [code(e) for e in real(extract(body), "01")] == ["015"]


def test_an_act_claimed_and_denied_stays_only_possible(extract: Extract) -> None:
    body = "The rebels said they shot down an army helicopter on Monday, a claim the army denied."
    assert real(extract(body), "19") == []


@pytest.mark.parametrize(
    ("body", "codes"),
    [
        (
            "Soldiers detained the mayor, seized his papers and expelled two foreign reporters"
            " on Friday.",
            ["171", "173", "174"],
        ),
        (
            "Police arrested the union leader, questioned him for hours and released him on bail.",
            ["0841", "173"],
        ),
    ],
)
def test_every_act_of_a_series_is_read(extract: Extract, body: str, codes: list[str]) -> None:
    assert sorted(code(e) for e in real(extract(body), "0", "1")) == codes


def test_a_series_closing_day_dates_its_acts(extract: Extract) -> None:
    body = "Soldiers detained the mayor, seized his papers and expelled two foreign reporters on Friday."
    assert {(e.date_start.isoformat(), e.date_end.isoformat()) for e in extract(body)} == {
        ("2026-06-12", "2026-06-12")
    }


@pytest.mark.parametrize(
    "body",
    [
        # a relative clause inside the first object: no series of the subject's acts
        "Police arrested the man, who had attacked a guard, and questioned two others.",
        # a list of nouns after one verb is one act's object
        "Troops seized rifles, grenades and ammunition at the border post.",
    ],
)
def test_no_series_without_coordinated_past_verbs(extract: Extract, body: str) -> None:
    assert len(real(extract(body), "17")) == 1


@pytest.mark.parametrize(
    "body",
    [
        "A court in Lyon sentenced the gunman to 18 years in prison in March 2025.",
        "Prosecutors charged the kidnappers with murder on Monday.",
    ],
)
def test_an_agent_noun_judged_is_no_new_act(extract: Extract, body: str) -> None:
    assert real(extract(body, pub="2025-06-18"), "18", "19", "20") == []


def test_an_agent_noun_doing_the_act_stays(extract: Extract) -> None:
    body = "A gunman opened fire at a bus stop in Lyon on Monday."
    assert [code(e)[:2] for e in real(extract(body), "18")] == ["18"]
