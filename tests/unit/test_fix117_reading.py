"""Faults newuser105 found (session 90), each tested with sentences of our own on other
topics. See docs/history/reading.md, session 90 (fix117).

1. Two acts of one named doer and one root, told in two sentences on days that do not meet,
   folded into one card dated by the later telling ("visited Leyte on Monday. Mora visited
   Leyte again on Thursday"; "Hours later X signed an order … X imposed a ban on Monday"):
   ACE 2005 event coreference needs no conflicting attribute, and the day is one, when the
   second is told as another act (another leaf, "again", a day counted from another
   happening; ``days_apart``).
2. "The union called Friday a day of shame" dated the calling Friday: a day that is the
   object of a verb of naming, with a complement of days after it, is no time adjunct
   (Quirk et al. 1985 §16.44; ``day_objects``).
3. "It was the strongest storm since 2013, when a typhoon flattened Tacloban" read a hazard
   of this week: the hazard match ran from the copula's noun into the "when" clause, which
   its "since" year dates (``hazards._within_clause``).
4. "Since then protesters have blocked the road" (no comma) lost its act: "since then" is a
   preposition and its object, not a "since" clause (Quirk et al. 1985 §8.55).
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real

MON, TUE, THU = date(2026, 6, 15), date(2026, 6, 16), date(2026, 6, 18)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "root", "days"),
    [
        (
            "Senator Ines Mora visited Leyte on Monday. Mora visited Leyte again on Thursday.",
            "04",
            {MON, THU},
        ),
        (
            "On Tuesday rioters burned a market in Kisumu. Hours later Governor Peter Anyang "
            "signed an order imposing a curfew. Anyang imposed a ban on public gatherings on "
            "Monday.",
            "17",
            {MON, TUE},
        ),
    ],
)
def test_one_doers_acts_on_days_apart_are_two(
    extract: Extract, body: str, root: str, days: set[date]
) -> None:
    got = {e.when.start for e in real(extract(body), root)}
    assert got == days


@pytest.mark.parametrize(
    "body",
    [
        # an undated retelling is the act told again, one card
        "Minister Juan Perez visited Iloilo on Monday. Perez visited the flooded districts "
        "of Iloilo, officials said.",
        # one sentence telling two days is one telling
        "Minister Juan Perez visited Iloilo on Monday and Tuesday.",
        # one act told twice with two days and nothing else apart: one card, dates in conflict
        "Minister Lea Kost was welcomed aboard a frigate in Split on Wednesday. Kost greeted "
        "sailors aboard the frigate in Split on Thursday.",
        # a stretch told by its first day holds the later day's act
        "Minister Juan Perez began a visit to Iloilo on Monday. Perez held more talks with "
        "local officials on Tuesday.",
    ],
)
def test_a_retelling_without_a_day_of_its_own_stays_one(extract: Extract, body: str) -> None:
    assert len(real(extract(body), "04")) == 1


def test_a_day_named_by_call_dates_no_act(extract: Extract) -> None:
    evs = real(extract("The union called Friday a day of shame and vowed to keep striking."), "1")
    assert evs
    assert all(e.when.precision > 1 and e.when.text is None for e in evs)


def test_a_bare_day_after_call_for_is_still_the_acts(extract: Extract) -> None:
    evs = real(extract("The union called Friday for a national strike."), "14")
    assert [e.when.start for e in evs] == [date(2026, 6, 12)]


def test_a_hazard_of_a_since_when_clause_is_dated_by_its_year(extract: Extract) -> None:
    evs = [
        e
        for e in extract(
            "It was the strongest storm since 2013, when a typhoon flattened Tacloban."
        )
        if code(e).startswith("DIS-")
    ]
    assert evs
    assert all(e.when.start.year == 2013 for e in evs)


def test_a_hazard_told_with_its_day_keeps_it(extract: Extract) -> None:
    evs = [
        e for e in extract("A typhoon flattened Tacloban on Monday.") if code(e).startswith("DIS-")
    ]
    assert [e.when.start for e in evs] == [MON]


@pytest.mark.parametrize("comma", ["", ","])
def test_since_then_opens_a_main_clause(extract: Extract, comma: str) -> None:
    body = (
        "Police arrested the mayor of Tula on May 3. "
        f"Since then{comma} protesters have blocked the main road."
    )
    evs = real(extract(body), "14")
    assert len(evs) == 1
    assert evs[0].when.start == date(2026, 5, 3)
    assert evs[0].when.end > date(2026, 5, 3)
