"""Session 91, fix121: "since" before a phrase of time, no comma after it, is a preposition
("Since Tuesday militants have abducted six engineers"): the clause after it is the main
clause and its act is read, dated from the phrase (Quirk et al. 1985 §8.55, §9.37, §17.63;
``dashboard/events/since_phrase.py``). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "root", "start"),
    [
        ("Since Tuesday militants have abducted six engineers.", "18", date(2026, 6, 16)),
        ("Since May the police have detained 30 students.", "17", date(2026, 5, 1)),
        ("Since last week gunmen have kidnapped nine traders.", "18", date(2026, 6, 8)),
    ],
)
def test_an_act_after_a_fronted_since_phrase_without_comma_is_read(
    extract: Extract, body: str, root: str, start: date
) -> None:
    events = [e for e in extract(body) if code(e).startswith(root)]
    assert len(events) == 1
    assert events[0].when.start == start


@pytest.mark.parametrize(
    "body",
    [
        "Since Tuesday, militants have abducted six engineers.",
        "Since then militants have abducted six engineers.",
    ],
)
def test_the_comma_and_since_then_are_read_as_before(extract: Extract, body: str) -> None:
    assert [e for e in extract(body) if code(e).startswith("18")]


def test_a_since_clause_with_a_possessive_day_stays_a_clause() -> None:
    from dashboard.events.since_phrase import since_preposition
    from dashboard.events.tokens import tokenize

    tokens = tokenize("Since Monday's ballot was voided, crowds have gathered.")
    assert not since_preposition(tokens, 0)
    assert since_preposition(tokenize("Since Monday crowds have gathered."), 0)
