"""The reader rules the lead added in stop 34, for the kinds of place fault QA16-18 found,
each with sentences written for these tests (none from an evaluation set or a QA file) and a
near miss the rule must leave alone. Publication is Thursday 2026-06-18."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def told(events: list[Event], words: str) -> list[Event]:
    return [e for e in events if any(words in ev.text for ev in e.evidence)]


# ---------------------------------------------------------------- a summit's members


@pytest.mark.parametrize(
    ("body", "city"),
    [
        (
            "MADRID (Wire) — NATO leaders formally invited Finland and Sweden on Wednesday to "
            "join the alliance.",
            "Madrid",
        ),
        (
            "BRUSSELS (Wire) — EU foreign ministers agreed on Monday to extend sanctions on "
            "Russia for six months.",
            "Brussels",
        ),
    ],
)
def test_a_summit_of_members_people_is_at_the_dateline(
    extract: Extract, body: str, city: str
) -> None:
    events = extract(body)
    assert events
    assert all(where(e)[0] == city for e in events)


def test_a_summit_deciding_about_the_dateline_country_is_not_placed_there(
    extract: Extract,
) -> None:
    # filed from the country the leaders decided about, not from where they sat
    events = extract(
        "KYIV, Ukraine (Wire) — EU leaders agreed on Thursday to open membership talks with "
        "Ukraine."
    )
    assert events
    assert all(where(e)[1] != "UA" for e in events)


def test_the_body_itself_still_sits_at_its_seat(extract: Extract) -> None:
    events = extract(
        "GENEVA (Wire) — The UN Security Council held an emergency meeting on Sunday on the "
        "fighting."
    )
    assert events
    assert all(where(e)[0] != "Geneva" for e in events)


# ---------------------------------------------------------------- a region astride countries


def test_a_division_named_in_the_clause_beats_a_region_astride_countries(
    extract: Extract,
) -> None:
    events = extract(
        "The prime minister returned on Friday from a tour of Southeast Asia and Australia, "
        "where she met the premier in Queensland on Tuesday."
    )
    assert events
    assert all(where(e)[1] == "AU" for e in events)


def test_a_hazard_that_swept_a_region_and_a_division_keeps_the_region(
    extract: Extract,
) -> None:
    events = extract("Floods swept the Balkans and Bavaria on Tuesday.")
    assert events
    assert all(where(e)[1] is None for e in events)
    assert all(where(e)[0] is not None for e in events)


def test_a_region_named_alone_is_the_place(extract: Extract) -> None:
    events = extract("Clashes broke out across the Sahel on Tuesday.")
    assert events
    assert all(where(e)[0] == "Sahel" for e in events)


# ---------------------------------------------------------------- a campaign told beside its gain


def test_an_offensive_told_after_a_gain_is_where_the_gain_was(extract: Extract) -> None:
    events = extract(
        "MANDALAY, Myanmar (Wire) — Rebels said on Tuesday they had captured the town of "
        "Lashio in Shan state, a week after launching an offensive against the army."
    )
    offensive = told(events, "offensive")
    assert offensive
    assert all(where(e)[0] != "Mandalay" for e in offensive)
    assert all(where(e)[1] == "MM" and where(e)[0] is not None for e in offensive)


def test_a_fight_of_another_side_keeps_its_own_place(extract: Extract) -> None:
    # the army's attack is not the rebels' gain: it falls back as before (the dateline)
    events = extract(
        "MANDALAY, Myanmar (Wire) — Rebels captured the town of Lashio in Shan state on "
        "Tuesday. The army bombed a market on Wednesday."
    )
    bombed = told(events, "bombed")
    assert bombed
    assert all(where(e)[0] != "Lashio" for e in bombed)


# ---------------------------------------------------------------- "in" before a name


def test_given_in_a_city_is_no_yield(extract: Extract) -> None:
    # "give in" is intransitive: in "had been given in Kochi" the "in" heads a place
    events = extract(
        "The chancellor showed her Brazilian guest round the harbour on Wednesday, repaying "
        "the hospitality she had been given in Recife in March."
    )
    assert not [e for e in events if code(e)[:2] == "08"]


@pytest.mark.parametrize(
    "body",
    [
        "The government gave in to the strikers' demands on Tuesday.",
        "The minister finally gave in Tuesday after weeks of protests.",
    ],
)
def test_giving_in_is_still_a_yield(extract: Extract, body: str) -> None:
    assert [e for e in extract(body) if code(e)[:2] == "08"]


# ---------------------------------------------------------------- a past perfect's place


def test_a_place_of_an_earlier_act_in_a_past_perfect_clause_is_not_the_visits(
    extract: Extract,
) -> None:
    events = extract(
        "The president visited the families on Tuesday, who had been driven from their homes "
        "in Darfur."
    )
    assert events
    assert all(where(e)[0] != "Darfur" for e in events)


def test_a_place_the_act_itself_names_in_the_past_perfect_stays(extract: Extract) -> None:
    events = extract("The army said on Tuesday it had killed 30 militants in Borno.")
    assert events
    assert all(where(e)[0] == "Borno" for e in events)


# ---------------------------------------------------------------- a possessive day after the act

SUNDAY = date(2026, 6, 14)


def test_a_possessive_day_after_the_act_dates_its_noun_not_the_act(extract: Extract) -> None:
    # TimeML: "Sunday's election" is the election's date; the rejection came after it
    events = extract("The opposition leader rejected the result of Sunday's presidential vote.")
    rejected = [e for e in events if code(e)[:2] == "12"]
    assert rejected
    assert all(e.date_start != SUNDAY or e.date_end != SUNDAY for e in rejected)


def test_an_acts_own_day_beside_a_possessive_day_stays(extract: Extract) -> None:
    events = extract("The opposition on Monday rejected the result of Sunday's vote.")
    rejected = [e for e in events if code(e)[:2] == "12"]
    assert rejected
    assert all(e.date_start == date(2026, 6, 15) for e in rejected)


def test_a_possessive_day_on_the_acts_own_noun_dates_it(extract: Extract) -> None:
    events = extract("Rescuers were trapped by Wednesday's quake.")
    assert events
    assert all(e.date_start == date(2026, 6, 17) for e in events)


def test_a_gapped_second_act_has_an_id_of_its_own(extract: Extract) -> None:
    # the store keys events by id: two acts sharing one verb must not share it
    events = extract("Rebels seized Kindu in March and Uvira last month.")
    assert len(events) >= 2
    assert len({e.id for e in events}) == len(events)
