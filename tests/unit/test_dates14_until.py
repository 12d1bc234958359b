"""A date that ends a state is not the date of the act that set the state up: "agreed to
suspend talks until 2028" was agreed when it was told, and 2028 is when the suspension ends
(TimeML 1.2.1 §2.4: TLINK ENDED_BY, not IS_INCLUDED). A happening told "until" a date went on
up to it ("protests continued until Sunday"), and a negated act "not ... until" a date happened
then, so both keep the date. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

PUB = "2025-05-06"  # a Tuesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


_STATES = (
    "Iran agreed to suspend talks until 2028, officials said.",
    "The rebels agreed to halt attacks until the end of the year.",
    "Ukraine said it would extend martial law until August.",
    "Police imposed a curfew until Sunday in the northern city of Jos.",
    "The two sides signed a ceasefire that runs to March.",
    "The government said the ban will last until June.",
)


def test_a_state_s_end_does_not_date_the_act(extract: Extract) -> None:
    for text in _STATES:
        events = extract(text, PUB)
        assert events, text
        for ev in events:
            assert (ev.when.text, ev.when.precision) == (None, 2), text
            assert "date_inferred" in ev.flags


def test_the_act_keeps_its_own_date_beside_the_state_s_end(extract: Extract) -> None:
    text = "Iran and the United States agreed on Monday to suspend talks until 2028."
    (ev,) = rooted(extract(text, PUB), "0", "1")
    assert (ev.when.start, ev.when.end, ev.when.precision) == (date(2025, 5, 5),) * 2 + (1,)
    assert ev.when.text == "on Monday"


def test_a_happening_that_went_on_until_a_day_keeps_it(extract: Extract) -> None:
    for text, root, day in [
        ("Protesters marched in Lagos until Sunday, police said.", "14", date(2025, 5, 4)),
        ("Troops shelled the town until dawn on Monday.", "19", date(2025, 5, 5)),
    ]:
        (ev,) = rooted(extract(text, PUB), root)
        assert (ev.when.start, ev.when.precision) == (day, 1)
    # the near miss: a curfew imposed "until Sunday" was not imposed on Sunday
    (ev,) = extract("Police imposed a curfew until Sunday in Jos.", PUB)
    assert ev.when.text is None


@pytest.mark.parametrize(
    ("text", "phrase", "start"),
    [
        # "last" the verb is no "last June": the ban ends next month
        ("The government said the ban will last until June.", "until June", date(2025, 6, 1)),
        # a present state "to" its end looks ahead, as "until" does
        ("The ceasefire runs to March.", "to March", date(2026, 3, 1)),
    ],
)
def test_the_end_of_a_state_is_valued_from_its_verb(text: str, phrase: str, start: date) -> None:
    (got,) = find_dates(text, date.fromisoformat(PUB))
    assert (got.text, got.range.start) == (phrase, start)
    # near misses: the past keeps the month gone; "last" before the month is still "last"
    for other, said, gone in [
        ("The ceasefire ran to March.", "to March", date(2025, 3, 1)),
        ("The ceasefire lasted until last June.", "last June", date(2024, 6, 1)),
        ("The truce could last into June.", "June", date(2025, 6, 1)),
    ]:
        (got,) = find_dates(other, date.fromisoformat(PUB))
        assert (got.text, got.range.start) == (said, gone)
