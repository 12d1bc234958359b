"""An act named as a situation that has lasted years ("the decade-long killing of
activists", "years of shelling") is background, no event of the article's day (TimeML: the
event's own duration; precision first). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.events.cameo import triggers


@pytest.mark.parametrize(
    "sentence",
    [
        "Villagers said years of shelling had flattened the valley.",
        "The decade-long killing of journalists in Honduras drew a rebuke.",
        "Two decades of fighting have emptied the border towns.",
        "A decade of bombing has left the old city in ruins.",
        "Rights groups condemned the years-long detention of students in the north.",
    ],
)
def test_an_act_spanning_years_is_no_event(sentence: str) -> None:
    codes = [t.full for t in triggers(sentence) if t.weight > 1]
    assert not any(c[:2] in ("17", "18", "19") for c in codes), codes


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        # near misses: days are the report's grain; a year named as a date is no span; an
        # act done to the long situation on a day is that day's act
        ("Two days of shelling killed nine people in Kherson on Friday.", "19"),
        ("The year of the invasion saw shelling of Kharkiv.", "19"),
        ("Rebels lifted their years-long siege of the town on Friday.", "08"),
    ],
)
def test_an_act_of_the_reports_grain_stays(sentence: str, root: str) -> None:
    assert root in [t.code for t in triggers(sentence)]
