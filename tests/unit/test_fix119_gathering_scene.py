"""Session 90, fix119: a gathering told after "after" ("after a council meeting in the town
of X", "after a match in Lyon") is the scene of the act, so its place is the act's; an act
told after "after" ("after the strike on its consulate in Damascus") is another happening,
whose place stays its own. Sentences written for these tests, on other topics than the
user's."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_shooting_after_a_council_meeting_in_the_town_of_x_is_there(extract: Extract) -> None:
    evs = real(
        extract("A gunman shot the mayor after a council meeting in the town of Tarnów on Monday."),
        "18",
        "19",
    )
    assert [where(e) for e in evs] == [("Tarnów", "PL")]


def test_a_clash_after_a_match_is_where_the_match_was(extract: Extract) -> None:
    evs = real(extract("Police clashed with fans after a match in Lyon on Sunday."), "19")
    assert [where(e)[0] for e in evs] == ["Lyon"]


def test_an_attack_after_prayers_is_where_the_worshippers_were(extract: Extract) -> None:
    evs = real(
        extract("Gunmen attacked worshippers after the evening prayers in Kano on Friday."),
        "18",
        "19",
    )
    assert [where(e)[0] for e in evs] == ["Kano"]


def test_an_act_answered_after_after_keeps_its_own_place(extract: Extract) -> None:
    evs = real(
        extract(
            "Iran fired missiles at Israel on Monday after the strike on its consulate in Damascus."
        ),
        "19",
    )
    assert evs
    assert all(where(e)[0] != "Damascus" for e in evs)


def test_a_place_named_with_the_act_outranks_the_gatherings(extract: Extract) -> None:
    evs = real(
        extract("Farmers marched in Quito on Monday after a meeting of their union in Lima."), "14"
    )
    assert [where(e)[0] for e in evs] == ["Quito"]
