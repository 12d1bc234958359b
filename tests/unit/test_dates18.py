"""Date faults a fresh user found (newuser22) that dates18 mends (stop 43): a past perfect act
with no date of its own took the very day of the later happening its story continues; a
hazard told with its own past toll in a relative clause ("a cold wave that killed nine")
was flagged planned by the forecast of the main clause; and the day of a closing reporting
frame (", the ministry said on Monday") was lost when the told clause ended in a condition
("if ..."). Each positive case has a near miss that stays as it was. Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract

PUB = "2025-06-11"  # a Wednesday
SAT, SUN, MON = date(2025, 6, 7), date(2025, 6, 8), date(2025, 6, 9)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _coded(events: list[Event], root: str) -> Event:
    got = [e for e in events if code(e).startswith(root)]
    assert len(got) == 1, [(code(e), e.evidence[0].text) for e in events]
    return got[0]


def _span(ev: Event) -> tuple[date, date, int]:
    return ev.when.start, ev.when.end, ev.when.precision


# ------------------------------------------------------------------ a past perfect act told after


@pytest.mark.parametrize(
    ("text", "before"),
    [
        (
            "KINSHASA — Rebels released three aid workers in Goma on Saturday. The army had "
            "threatened to storm Goma if the aid workers were not freed.",
            SAT,
        ),
        (
            "KHARTOUM — The army shelled Kassala on Sunday. The militia had threatened to "
            "attack Kassala if troops advanced.",
            SUN,
        ),
    ],
)
def test_a_past_perfect_threat_is_the_week_before_the_story_day(
    extract: Extract, text: str, before: date
) -> None:
    ev = _coded(extract(text, pub=PUB), "13")
    start, end, precision = _span(ev)
    assert end < before  # the past perfect puts it before the day, never on it
    assert (before - start).days == 7
    assert precision == 2
    assert "past perfect" in ev.when.reason


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # near miss: a simple past continues the story on its day
        (
            "KINSHASA — Rebels released three aid workers in Goma on Saturday. The army "
            "threatened to storm Goma if the aid workers were not freed.",
            (SAT, SAT, 1),
        ),
        # near miss: a past perfect under a reporting verb is reported speech shifted back;
        # tied to the release by the town alone, it runs from Saturday to publication
        # (dates93: a shared place gives no day, ``narrative_ties``), never the week before
        (
            "KINSHASA — Rebels released three aid workers in Goma on Saturday. Officials said "
            "the army had threatened to storm Goma.",
            (SAT, date(2025, 6, 11), 2),
        ),
        # near miss: the story's date is a month, not a day or a week
        (
            "KINSHASA — Rebels released three aid workers in Goma last month. The army had "
            "threatened to storm Goma if the aid workers were not freed.",
            (date(2025, 5, 1), date(2025, 5, 31), 3),
        ),
    ],
)
def test_a_threat_told_otherwise_keeps_its_narrative_date(
    extract: Extract, text: str, want: tuple[date, date, int]
) -> None:
    assert _span(_coded(extract(text, pub=PUB), "13")) == want


def test_a_passive_past_perfect_toll_keeps_the_story_day(extract: Extract) -> None:
    # near miss: "had been killed" is most often the toll of the happening told before
    text = (
        "KHARTOUM — The army shelled Kassala on Sunday. Twelve civilians in Kassala had been "
        "killed."
    )
    toll = [e for e in extract(text, pub=PUB) if "had been killed" in e.evidence[0].text]
    assert toll
    assert _span(toll[0]) == (SUN, SUN, 1)


# ------------------------------------------------------------------ a past toll in a relative clause


@pytest.mark.parametrize(
    "text",
    [
        "NEW DELHI — A cold wave that killed nine people in northern India last week is "
        "expected to ease.",
        "LISBON — A wildfire which destroyed 30 houses near Porto on Sunday is expected to "
        "spread south.",
        "MANILA — Floods that killed 14 people in the north last week will recede by Friday, "
        "officials said.",
    ],
)
def test_a_hazard_with_a_past_relative_clause_is_not_planned(extract: Extract, text: str) -> None:
    hazards = [e for e in extract(text, pub=PUB) if code(e).startswith("DIS-")]
    assert hazards, text
    assert "planned" not in hazards[0].flags


@pytest.mark.parametrize(
    "text",
    [
        # near misses: what the hazard may do, or only a forecast, is still ahead
        "ROME — A heatwave that could kill hundreds of people is expected to hit southern "
        "Italy next week.",
        "ROME — A heatwave is expected to hit southern Italy next week.",
    ],
)
def test_a_forecast_hazard_stays_planned(extract: Extract, text: str) -> None:
    hazards = [e for e in extract(text, pub=PUB) if code(e).startswith("DIS-")]
    assert hazards
    assert "planned" in hazards[0].flags


# ------------------------------------------------------------------ the day of a closing frame


@pytest.mark.parametrize(
    "text",
    [
        "ATHENS — Turkey threatened to send survey ships into the disputed waters if Greece "
        "extended its territorial limit, the defence ministry said on Monday.",
        "ATHENS — Turkey threatened to send survey ships into the disputed waters unless Greece "
        "withdrew its claim, officials said late on Monday.",
        "ATHENS — Turkey threatened to send survey ships into the disputed waters if Greece "
        "extended its territorial limit, the ministry said in a statement on Monday.",
    ],
)
def test_a_closing_frame_dates_a_conditional_threat(extract: Extract, text: str) -> None:
    ev = _coded(extract(text, pub=PUB), "13")
    assert _span(ev) == (MON, MON, 1)
    assert "date_inferred" not in ev.flags


def test_a_day_inside_the_condition_is_not_the_threats(extract: Extract) -> None:
    # near miss: the day belongs to the condition's act, so the threat stays undated
    text = (
        "ATHENS — Turkey threatened to send survey ships into the disputed waters if Greece "
        "extended its territorial limit on Monday."
    )
    ev = _coded(extract(text, pub=PUB), "13")
    assert "date_inferred" in ev.flags


def test_a_joined_clause_day_is_still_its_own(extract: Extract) -> None:
    # near miss: ", and the ministry said on Monday it would…" is a joined clause, no frame
    text = (
        "LIMA — Police arrested two men in the capital, and the ministry said on Monday it would "
        "review the case."
    )
    ev = _coded(extract(text, pub=PUB), "17")
    assert "date_inferred" in ev.flags


def test_a_closing_frame_dates_an_act_told_with_its_grounds(extract: Extract) -> None:
    # the "in retaliation for" grounds span cut the sentence before the frame, as "if" did
    text = (
        "JERUSALEM — Israeli jets struck targets in Gaza in retaliation for rocket fire, the "
        "army said on Monday."
    )
    assert _span(_coded(extract(text, pub=PUB), "19")) == (MON, MON, 1)
