"""A "that" after a verb of saying opens a clause: "warned that winter would ..." is no date."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import DateRange, find_dates

PUB = date(2025, 2, 20)
# the narrative was in August 2021 before the sentence (an earlier sentence named it)
ANCHOR = DateRange(date(2021, 8, 1), date(2021, 8, 31), 3, "August 2021", "earlier")


def _texts(sentence: str) -> list[str]:
    with_anchor = find_dates(sentence, PUB, anchor=ANCHOR)
    return [d.text for d in with_anchor + find_dates(sentence, PUB)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Relief groups cautioned that winter would bring more hunger to the valley.",
        "The union warned that week would see longer queues at the ports.",
        "Farmers feared that year was lost to the drought.",
    ],
)
def test_that_after_a_verb_of_saying_opens_a_clause_not_a_date(sentence: str) -> None:
    assert not any(t.lower().startswith("that ") for t in _texts(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The river flooded the camps again that winter.",
        "The ministry said that day rebels attacked a convoy.",
        "Engineers reopened the bridge that week after repairs.",
    ],
)
def test_a_demonstrative_that_still_names_a_time(sentence: str) -> None:
    assert any(t.lower().startswith("that ") for t in _texts(sentence))
