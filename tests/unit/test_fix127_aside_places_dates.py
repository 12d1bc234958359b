"""Places and dates of cards (fix127), each rule with sentences written for these tests and
near misses that keep their reading:

- "fought in the war in Darfur, which ended with a deal signed in Doha": a place inside a
  comma relative clause after the act tells that clause's own act (Quirk et al. 1985
  §17.22), when the main clause named its own place first (``aside_relative_places``);
- "had seen its last major clash in June 2021, when ...": a calendar period the text names
  holds a ranked act on either reading, so it dates the act; only a deictic period ("the
  biggest protest this year") bounds a ranking and dates nothing (``date_domains``).
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, where

PUB = "2026-06-18"  # a Thursday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# ---------------------------------------------------------------- positives (fail on main)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels fought in the war in Darfur, which ended with a deal signed in Doha.", "Darfur"),
        (
            "Many of the veterans fought in the 1992-1995 war in Bosnia, which ended with an "
            "accord negotiated in Paris.",
            "Bosnia",
        ),
    ],
)
def test_a_relative_aside_s_place_is_not_the_act_s(extract: Extract, text: str, place: str) -> None:
    (ev,) = real(extract(text, PUB), "19")
    name = where(ev)[0]
    assert name is not None, text
    assert place in name, (text, name)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "The district had seen its last major clash in June 2021, when 14 soldiers were "
            "killed.",
            date(2021, 6, 1),
        ),
        ("The border town saw its last battle in October 2019.", date(2019, 10, 1)),
    ],
)
def test_a_named_month_dates_a_ranked_act(extract: Extract, text: str, month: date) -> None:
    (ev,) = real(extract(text, PUB), "19")
    assert (ev.when.start, ev.when.precision) == (month, 3), (text, ev.when)


# ---------------------------------------------------------------- negatives (pass on both)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # no place of its own before the clause: the clause may say where its object is
        ("Troops shelled the village, which lies near Bakhmut.", "Bakhmut"),
        ("Police arrested protesters in Nairobi, which saw riots in Mombasa.", "Nairobi"),
        # a name inside an organisation's is no locative place of the main clause
        (
            "The raid was repelled by the Kaduna State Police Command, who opened fire on the "
            "gunmen in Zaria.",
            "Zaria",
        ),
    ],
)
def test_a_relative_aside_keeps_the_act_s_place(extract: Extract, text: str, place: str) -> None:
    events = real(extract(text, PUB), "17", "19")
    assert events, text
    assert all(where(e)[0] == place for e in events), text


def test_a_deictic_period_still_bounds_a_ranking(extract: Extract) -> None:
    text = "Farmers blocked the highway with tractors, the largest protest this year."
    events = extract(text, PUB)
    assert events, text
    assert all(e.when.precision < 4 for e in events), text
