"""An act told by a noun inside a clause a saying dates, whose restrictive relative clause
gives its own day ("said on Thursday that ... had died in the ambush ... that killed four
soldiers on Tuesday"), is dated by that day, not by the telling's
(``events.dates_noun_relative``): issue 16, set AU's death told a day later joined another
strike of the telling's day. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real

TUESDAY = date(2026, 6, 16)
MONDAY = date(2026, 6, 15)
SUNDAY = date(2026, 6, 14)
THURSDAY = date(2026, 6, 18)  # the publication day, reading.PUB


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _days(extract: Extract, body: str) -> list[date]:
    return [e.date_start for e in real(extract(body), "18", "19", "20")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The interior ministry said on Thursday that a second officer had died in the "
            "ambush near Tillaberi that killed four soldiers on Tuesday.",
            TUESDAY,
        ),
        (
            "Colombia's army said on Thursday that a guerrilla commander was among the dead "
            "in the bombing of a camp in Guaviare that killed seven fighters on Monday.",
            MONDAY,
        ),
    ],
)
def test_a_noun_act_takes_the_day_of_its_relative_clause(
    extract: Extract, text: str, day: date
) -> None:
    assert _days(extract, text) == [day]


@pytest.mark.parametrize(
    ("text", "not_day"),
    [
        # the day belongs to the main clause's verb after the relative clause ended
        (
            "The army said on Thursday that the strike on Idlib that killed five fighters had "
            "been answered by rockets on Tuesday.",
            TUESDAY,
        ),
        # a connective of time: the day is another act's ("after talks collapsed")
        (
            "Rebels said on Thursday that the shelling of Goma that began after talks "
            "collapsed on Sunday had killed nine civilians.",
            SUNDAY,
        ),
        # a verb's object's relative clause tells the object, not the act
        (
            "Officials said on Thursday that the army had shelled the town that rebels "
            "seized on Monday.",
            MONDAY,
        ),
        # a non-restrictive clause after a comma tells something else
        (
            "The ministry said on Thursday that the attack on the depot in Tillaberi, which "
            "followed clashes on Monday, killed three guards.",
            MONDAY,
        ),
    ],
)
def test_a_day_outside_the_relative_clause_does_not_date_the_noun(
    extract: Extract, text: str, not_day: date
) -> None:
    days = _days(extract, text)
    assert days
    assert not_day not in days


def test_a_day_after_the_telling_is_not_taken(extract: Extract) -> None:
    # a relative clause's day cannot lie after the act was told of
    text = (
        "Officials said on Thursday that two guards had died in the raid on the mine that "
        "the army plans to reopen on Saturday."
    )
    assert all(d <= THURSDAY for d in _days(extract, text))
