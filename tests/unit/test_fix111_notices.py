"""Session 89, fix111 (newuser102's items 2, 6, 7): warnings that forecast or give notice,
gatherings and fears that are no act, and crowds' acts against a leader the reader missed.
Sentences written for these tests, with other names, places and topics than the report's."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, full_codes, make_extract, real, rooted, unreal


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "The governor warned the number of displaced could pass ten thousand.",
        "Finland said it had warned Estonian police about the courier.",
        "The ferry turned back after the harbour office warned of a lightning strike.",
        "The ship docked soon after the coastguard warned of a bird strike near the cliffs.",
    ],
)
def test_a_forecast_or_a_notice_is_no_threat(extract: Extract, body: str) -> None:
    assert not rooted(extract(body), "13")


@pytest.mark.parametrize(
    "body",
    [
        "Egypt warned it would retaliate against any attack on its dams.",
        "The general warned the militants could be struck at any time.",
        "Troops withdrew after the rebels warned of retaliation.",
        "Chile warned Peru about the consequences of the seizure.",
    ],
)
def test_a_threat_of_the_warners_own_act_stays(body: str) -> None:
    assert any(c.startswith("13") for c in full_codes(body))


def test_kin_waiting_at_a_harbour_are_no_rally(extract: Extract) -> None:
    body = "Families of the fishermen gathered at the harbour in Brest on Tuesday."
    assert not rooted(extract(body), "14")


@pytest.mark.parametrize(
    "body",
    [
        "Students gathered outside the ministry in Lisbon on Tuesday.",
        "Families of the fishermen gathered outside the ministry to demand answers.",
    ],
)
def test_protesters_and_kin_with_a_demand_still_rally(extract: Extract, body: str) -> None:
    assert rooted(extract(body), "14")


def test_an_act_feared_in_a_relative_clause_is_flagged(extract: Extract) -> None:
    body = "Aid groups said the town had no clinic for the miners, who feared being arrested."
    assert rooted(extract(body), "17")
    assert not real(extract(body), "17")


def test_an_act_done_beside_a_fear_stays_real(extract: Extract) -> None:
    body = "Police arrested the men, who feared for their lives."
    assert [code(e) for e in extract(body) if not unreal(e)] == ["173"]


def test_heckling_a_leader_is_dissent(extract: Extract) -> None:
    body = "Angry farmers heckled the finance minister in Ghent on Monday."
    assert [code(e)[:2] for e in extract(body)] == ["14"]


def test_mud_thrown_with_insults_shouted_is_violent_protest(extract: Extract) -> None:
    body = (
        "On Monday, villagers threw eggs and shouted insults at the governor as he left the hall."
    )
    assert [code(e) for e in extract(body)] == ["145"]


def test_fans_booing_a_referee_are_no_dissent(extract: Extract) -> None:
    assert not extract("Fans booed the referee at the end of the match.")


def test_a_second_act_on_its_own_day_is_its_own_card(extract: Extract) -> None:
    body = (
        "Rioters burned cars in Lyon on Tuesday and clashed with police in Nantes on Monday night."
    )
    days = sorted(e.date_start.isoformat() for e in rooted(extract(body), "14"))
    assert days == ["2026-06-15", "2026-06-16"]


def test_one_act_told_twice_on_one_day_stays_one(extract: Extract) -> None:
    body = "Rioters burned cars in Lyon on Tuesday and torched shops there."
    assert len(rooted(extract(body), "14")) == 1
