"""Dates an act gets from the story around it (newuser64's report, stop 64): "The two
leaders" continues the latest act with a party, not a background act told with none.
Sentences written for these tests, with near misses. Publication is Thursday 2026-06-18."""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _day(ev: Event) -> tuple[str, str]:
    return str(ev.when.start), str(ev.when.end)


def test_the_two_leaders_skip_a_background_act_without_parties(extract: Extract) -> None:
    body = (
        "ASTANA, Kazakhstan (AP) — The presidents of Armenia and Azerbaijan signed a peace "
        "agreement on Monday. The war in 2020 around Nagorno-Karabakh killed thousands of "
        "soldiers. The two leaders did not discuss the border, an aide said."
    )
    talks = rooted(extract(body), "04")
    assert talks
    assert all(_day(e) == ("2026-06-15", "2026-06-15") for e in talks)


def test_the_two_leaders_carry_on_the_act_just_told(extract: Extract) -> None:
    body = (
        "ASTANA, Kazakhstan (AP) — The president of Armenia visited Baku on Monday. The two "
        "leaders signed a transit agreement."
    )
    signed = rooted(extract(body), "057")
    assert signed
    assert all(_day(e) == ("2026-06-15", "2026-06-15") for e in signed)


def _plans(extract: Extract, body: str) -> list[Event]:
    return [e for e in extract(body) if "planned" in e.flags]


def test_a_date_between_an_announced_plan_and_its_verb_is_the_announcings(
    extract: Extract,
) -> None:
    # "on Monday" dates the announcing; the closure stays planned, undated as a plan is
    body = "LONDON (AP) — The energy ministry announced plans on Monday to close three coal mines."
    plans = _plans(extract, body)
    assert plans
    assert all(_day(e)[0] != _day(e)[1] and _day(e)[0] != "2026-06-22" for e in plans)


def test_a_date_after_the_planned_act_stays_its_own(extract: Extract) -> None:
    body = "LONDON (AP) — The energy ministry plans to close three coal mines on Monday."
    plans = _plans(extract, body)
    assert plans
    assert all(_day(e) == ("2026-06-22", "2026-06-22") for e in plans)
