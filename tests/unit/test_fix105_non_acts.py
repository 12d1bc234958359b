"""Session 88, fix105 (newuser99's items 5, 9, 11; the lead's items 5, 7, 8): matches that
tell no act, or another act than their row's, and a relative clause's antecedent as the
doer. Sentences written for these tests, with other names, places and topics than the
reports'."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_road_cut_by_rockslides_is_no_sanction(extract: Extract) -> None:
    body = "The village road was blocked by rockslides after the storm."
    assert not rooted(extract(body), "17", "14")


def test_troops_hosted_are_no_visit(extract: Extract) -> None:
    assert not rooted(extract("The garrison hosted about 500 Italian soldiers."), "04")


@pytest.mark.parametrize(
    "body",
    [
        "Firefighters said police officers arrived on the scene within minutes.",
        "Police arrived at the scene of the shooting and arrested a suspect.",
    ],
)
def test_arriving_at_the_scene_is_no_mobilization(extract: Extract, body: str) -> None:
    assert not rooted(extract(body), "15")


def test_the_arrest_after_arriving_at_the_scene_is_kept(extract: Extract) -> None:
    body = "Police arrived at the scene of the shooting and arrested a suspect."
    assert [code(e) for e in extract(body)] == ["173"]


@pytest.mark.parametrize(
    "body",
    [
        "The observers warned that violence after the count was likely.",
        "The rights group had warned in March that unrest in the mining towns was likely.",
    ],
)
def test_a_forecast_warning_is_no_threat(extract: Extract, body: str) -> None:
    assert not extract(body)


def test_an_act_ended_in_an_until_clause_is_no_act(extract: Extract) -> None:
    body = "The students say they will stay in the square until the government ends its crackdown."
    assert not rooted(extract(body), "17", "08")


def test_aid_agencies_halting_their_work_stop_humanitarian_aid(extract: Extract) -> None:
    assert [code(e) for e in extract("Charities suspended their work in the camps on Friday.")] == [
        "1623"
    ]


def test_a_body_halting_its_own_work_imposes_no_sanction(extract: Extract) -> None:
    assert not rooted(extract("The journalists suspended their work for a day."), "17")


def test_clashes_between_police_and_a_crowd_are_violent_protest(extract: Extract) -> None:
    body = "Dozens were injured in clashes between police and demonstrators in Lima on Sunday."
    assert [code(e) for e in extract(body)] == ["145"]


def test_a_relative_clauses_antecedent_not_the_captive_is_the_doer(extract: Extract) -> None:
    body = (
        "The bloc said it could use force if Mali's army did not free President Bah Ndaw "
        "within a week, as the junta that seized power last Monday tightened its hold on Bamako."
    )
    acts = rooted(extract(body), "18", "19")
    assert acts
    assert all(e.roles.source is None for e in acts)


# near misses that keep their readings (pass on main too)
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Jordan hosted the Saudi foreign minister on Monday.", "043"),
        ("Protesters blocked the road into the capital on Monday.", "144"),
        ("Troops arrived in the border town on Monday.", "154"),
        ("The army ordered aid groups to suspend their work in the valley.", "172"),
        ("Ten soldiers were killed in clashes between the army and rebels.", "190"),
        ("Fighting went on until the army halted its offensive on Monday.", "190"),
    ],
)
def test_near_misses_keep_their_codes(extract: Extract, body: str, expected: str) -> None:
    assert expected in [code(e) for e in extract(body)]


def test_a_warned_reprisal_stays_a_statement_of_the_warner(extract: Extract) -> None:
    assert extract("Iran warned that retaliation was likely.")
