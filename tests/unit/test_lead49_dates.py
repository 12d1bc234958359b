"""What a report tells as done happened by its publication, also when the unit it names
starts on publication day ("earlier this month" in a story of the 1st ran to the 31st,
newuser49). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser


@pytest.mark.parametrize(
    ("published", "phrase"),
    [("2026-03-01", "earlier this month"), ("2026-03-02", "earlier this week")],
)
def test_a_past_act_in_a_unit_opening_on_publication_day_ends_there(
    geoparser: Geoparser, published: str, phrase: str
) -> None:
    text = f"date {published}\nGOMA — Rebels shelled the town of Sake {phrase}, the army said."
    events = EventExtractor(geoparser).extract(parse_article(text, path="t"))
    assert [e.when.end for e in events] == [date.fromisoformat(published)]


@pytest.mark.parametrize(
    "tail",
    ["which ended the 1998-99 war", "which ended the 2001-02 insurgency"],
)
def test_a_closing_relative_clause_dates_its_noun_not_the_act(
    geoparser: Geoparser, tail: str
) -> None:
    text = (
        "date 2026-03-04\nSKOPJE — The embassy warned that such a vote would violate the Ohrid"
        f" agreement, {tail}."
    )
    events = EventExtractor(geoparser).extract(parse_article(text, path="t"))
    warnings = [e for e in events if (e.event_code or "").startswith("13")]
    assert [e.when.start.year for e in warnings] == [2026]


def test_an_aside_before_the_attribution_keeps_the_attributions_day(
    geoparser: Geoparser,
) -> None:
    text = (
        "date 2026-03-06\nCONAKRY — Soldiers beat dozens of detainees, whom officials blame for"
        " the riots, a rights group said on Thursday."
    )
    events = EventExtractor(geoparser).extract(parse_article(text, path="t"))
    assert [str(e.when.start) for e in events] == ["2026-03-05"]
