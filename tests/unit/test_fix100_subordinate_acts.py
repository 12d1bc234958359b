"""An act of force or protest told in a bare "after", "as" or "when" clause beside an act of
another kind is read as its own card (``subordinate_acts``), session 87. Sentences written
for these tests; the near misses (causal "as", a past with its own year, a negated or
hypothetical main clause, a passive, "as well as") must stay without one.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real

MONDAY = date(2026, 6, 15)  # the Monday before ``reading.PUB``
FORCE = ("14", "15", "17", "18", "19", "20")


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_force_proper_after_a_main_act_is_on_or_before_its_day(extract: Extract) -> None:
    # force (CAMEO 18-20) in an "after" clause is ``embedded_acts.after_act``'s: it dates
    # the act on or before the main clause's day (the merged session 87 kept both readers)
    body = "The university rector quit on Monday after students occupied the senate building."
    occupied = real(extract(body), *FORCE)
    assert len(occupied) == 1
    assert occupied[0].date_start < MONDAY == occupied[0].date_end


@pytest.mark.parametrize("mark", ["as", "when"])
def test_an_act_as_or_when_the_main_one_came_is_on_its_day(extract: Extract, mark: str) -> None:
    body = f"The interior minister resigned on Monday {mark} riot police beat demonstrators."
    beaten = real(extract(body), *FORCE)
    assert [(e.date_start, e.date_end) for e in beaten] == [(MONDAY, MONDAY)]


def test_the_clause_keeps_its_own_place(extract: Extract) -> None:
    body = "The governor resigned on Monday as troops shelled the outskirts of Kharkiv."
    shelled = real(extract(body), *FORCE)
    assert [e.location.place.name for e in shelled if e.location and e.location.place] == [
        "Kharkiv"
    ]


@pytest.mark.parametrize(
    "body",
    [
        # causal "as": no act of force for the clause's verb
        "The finance minister resigned on Monday as the currency slumped.",
        # a past with its own year: background, not this day's
        "The mayor resigned on Monday after rebels shelled the town in 2019.",
        # a passive: no doer of the clause's own
        "The mayor resigned on Monday after he was beaten by rioters.",
        # "as well as" joins, it opens no clause of time
        "The council met on Monday as well as the union leaders.",
        # an idiom of pace, no act of the crowd's
        "The premier defended the budget on Monday as the strikes gathered momentum.",
    ],
)
def test_background_and_other_senses_stay_without_a_card(extract: Extract, body: str) -> None:
    assert real(extract(body), *FORCE) == []


@pytest.mark.parametrize(
    "body",
    [
        "The mayor would resign if rioters stormed the town hall.",
        "The mayor did not resign on Monday as troops shelled the port.",
    ],
)
def test_a_main_clause_not_asserted_lends_no_day(extract: Extract, body: str) -> None:
    assert all(e.date_start != MONDAY for e in real(extract(body), *FORCE))
