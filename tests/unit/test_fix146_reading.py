"""Session 94, fix146: an act that ends a period named as a range ("ended the 1998-2003
conflict") lies at the period's end (TimeML 1.2.1: an event that TERMINATES a period, TLINK
ENDS), so it is dated by the range's last year, not over the whole range
(``period_end``). And the nationality of captives ("one Austrian was abducted") is no
place to lend an abduction with no place of its own (``placing``: ACLED codes an event where
it took place). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "year"),
    [
        ("The peace accords ended the 1992-95 war in Bosnia.", 1995),
        ("A ceasefire agreement ended the 2008-2011 fighting in the province of Aceh.", 2011),
    ],
)
def test_act_ending_a_ranged_period_is_at_its_end(extract: Extract, body: str, year: int) -> None:
    events = [e for e in extract(body) if code(e)[:2] == "08"]
    assert events, [code(e) for e in extract(body)]
    assert all(
        (e.when.start, e.when.end) == (date(year, 1, 1), date(year, 12, 31)) for e in events
    ), [(code(e), e.when.start, e.when.end) for e in events]


def test_act_through_a_ranged_period_keeps_the_range(extract: Extract) -> None:
    # a near miss: fighting through the war is spread over it, no ending verb
    body = "Rebels fought the army through the 1992-95 war in Bosnia."
    spans = [(e.when.start, e.when.end) for e in extract(body)]
    assert (date(1992, 1, 1), date(1995, 12, 31)) in spans, spans


def test_abduction_with_its_own_place_keeps_it(extract: Extract) -> None:
    # a near miss: the act's own place is named
    body = "Gunmen abducted two Canadian engineers near Kaduna in Nigeria on Saturday."
    events = [e for e in extract(body) if code(e).startswith("181")]
    assert events, [code(e) for e in extract(body)]
    assert all(where(e)[1] == "NG" for e in events), [(code(e), where(e)) for e in events]
