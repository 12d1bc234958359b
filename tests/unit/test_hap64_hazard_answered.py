"""Issue 16, disasters (hap64): a report led by the response to a disaster ("appealed for help
on Wednesday after floods killed 30") used to keep only the appeal: a hazard in an "after"
clause with no day of its own was dropped as the response's story. A response follows the
hazard it answers (EM-DAT), so the hazard is read too, in the week up to the response's day
(precision 2) (``embedded_acts.after_act``). With no day in the main clause it stays the response's story.
Every sentence here was written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    # Thursday 12 September 2024
    return lambda body: extractor.extract(parse_article("date 2024-09-12\n\n" + body, path="t"))


def _hazards(events: list[Event]) -> list[Event]:
    return [e for e in events if e.event_type.code.startswith("DIS-")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Charities appealed for donations on Wednesday after floods killed at least 40 "
            "people in southern Chad.",
            "DIS-FLOOD",
        ),
        (
            "The government declared three days of mourning on Wednesday after a landslide "
            "buried a mining village in western Uganda.",
            "DIS-LANDSLIDE",
        ),
    ],
)
def test_a_hazard_a_response_answers_is_read_in_the_week_up_to_it(
    extract: Extract, text: str, code: str
) -> None:
    found = _hazards(extract(text))
    assert [e.event_type.code for e in found] == [code]
    when = found[0].when
    assert (when.start, when.end, when.precision) == (date(2024, 9, 5), date(2024, 9, 11), 2)


@pytest.mark.parametrize(
    "text",
    [
        # no day in the main clause: the rescue's own story, no second happening
        "Fishermen were rescued after their boat sank off the coast of Senegal.",
        # a hazard only feared: no hazard struck
        "Officials appealed for calm on Wednesday after warnings that floods could hit the delta.",
    ],
)
def test_no_hazard_without_the_response_day_or_when_only_feared(
    extract: Extract, text: str
) -> None:
    found = _hazards(extract(text))
    assert [e for e in found if "hypothetical" not in e.flags] == []


def test_a_hazard_told_after_another_hazard_is_no_response(extract: Extract) -> None:
    # the storm's own landfall told after its later track: one storm, no second reading
    text = (
        "Hurricane Nadine tore across southern Georgia on Wednesday after it made landfall "
        "in north Florida as a Category 3 storm, leaving flattened trees."
    )
    assert [e.event_type.code for e in _hazards(extract(text))] == ["DIS-STORM"]
