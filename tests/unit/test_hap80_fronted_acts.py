"""An act named by a definite noun in a fronted "Following"/"After"/"In the wake of" phrase
with its own day is a happening of its own beside the main clause's act (hap80, issue 16:
``fronted_acts.fronted_act``): "Following the police's arrest of the mayor in Izmir on
Tuesday, ..." reads the arrest, as "After police arrested the mayor ... on Tuesday," does. A
phrase of a plan, a call, a span of time, an act to come ("Ahead of"), a "Before" phrase, a noun with no day of its own, and an act after a verb of
its own (a denial, a failure, "said it would") stay as they were.

Every sentence here was written for these tests. ``PUB`` is Thursday 18 June 2026."""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _read(events: list[Event], root: str) -> list[tuple[str, str]]:
    return [(code(e), e.date_start.isoformat()) for e in real(events, root)]


@pytest.mark.parametrize(
    ("text", "root", "want"),
    [
        (
            "Following the police's arrest of the mayor in Izmir on Tuesday, the opposition "
            "called a rally.",
            "17",
            [("173", "2026-06-16")],
        ),
        (
            "After Serbia's shelling of a village in Kosovo on Monday, the United Nations "
            "called an emergency meeting.",
            "19",
            [("194", "2026-06-15")],
        ),
        (
            "Following the army's raid on the refugee camp in Jenin on Monday, the United "
            "Nations called an emergency meeting.",
            "19",
            [("190", "2026-06-15")],
        ),
        # a verb's clause with its own subject counts as the noun does
        (
            "After police arrested the mayor in Izmir on Tuesday, the opposition called a rally.",
            "17",
            [("173", "2026-06-16")],
        ),
    ],
)
def test_a_fronted_definite_act_with_its_own_day_is_read(
    extract: Extract, text: str, root: str, want: list[tuple[str, str]]
) -> None:
    assert _read(extract(text), root) == want


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a call for the act, a span of it, an act to come, one before, one with no day
        ("Following calls for the arrest of the mayor in Izmir on Tuesday, the party met.", "17"),
        (
            "After years of shelling of the village, the European Union called for calm on Monday.",
            "19",
        ),
        (
            "Ahead of the arrest of the mayor in Izmir on Tuesday, the opposition called a rally.",
            "17",
        ),
        (
            "Before the arrest of the mayor in Izmir on Tuesday, the opposition called a rally.",
            "17",
        ),
        (
            "Following the arrest of the mayor, the opposition called a rally in Izmir on Tuesday.",
            "17",
        ),
        ("After a planned strike on the port on Monday, the European Union called for calm.", "19"),
        # a verb of its own before the act: a denial, a failure, a report of what will be
        (
            "After police denied arresting the mayor in Izmir on Tuesday, the opposition "
            "called a rally.",
            "17",
        ),
        (
            "After police failed to arrest the mayor in Izmir on Tuesday, the opposition "
            "called a rally.",
            "17",
        ),
        (
            "After the army said it would arrest the mayor in Izmir on Tuesday, the opposition "
            "called a rally.",
            "17",
        ),
        (
            "Following the failed arrest of the mayor in Izmir on Tuesday, the opposition "
            "called a rally.",
            "17",
        ),
    ],
)
def test_a_call_a_span_a_plan_or_an_undated_noun_is_not(
    extract: Extract, text: str, root: str
) -> None:
    assert not real(extract(text), root)
