"""Issue 16, disasters (hap64): follow-up reports tell the disaster a span before their own
day ("two days after the quake", "a day after the floods", "three days after Cyclone X"), by a
noun phrase of the building it burned ("Tuesday's tower block fire"), or by the airliner's
model ("a Boeing 737 ... crashed"); floods also "tore through" a place. Such reports had no
disaster event, or one dated to the telling's day, and met none of their twins
(``hazards.csv``, ``hazards._noun_first``, ``span_after.span_before``). Every sentence here was
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.events.span_after import span_before
from dashboard.model import DateRange, Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import hazards, make_extract

Extract = Callable[[str], list[Event]]
THURSDAY = date(2024, 9, 12)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    read = make_extract(geoparser)
    return lambda body: read(body, pub="2024-09-12")


@pytest.mark.parametrize(
    ("text", "code", "day"),
    [
        (
            "Rescue teams were still digging through rubble on Thursday, two days after the "
            "earthquake.",
            "DIS-QUAKE",
            date(2024, 9, 10),
        ),
        (
            "Schools in the district reopened on Thursday, a day after the floods.",
            "DIS-FLOOD",
            date(2024, 9, 11),
        ),
        (
            "Relief convoys reached the coast on Thursday, three days after Cyclone Hidaya.",
            "DIS-STORM",
            date(2024, 9, 9),
        ),
        (
            "Police arrested two contractors over Tuesday's tower block fire.",
            "DIS-ACCIDENT",
            date(2024, 9, 10),
        ),
    ],
)
def test_a_disaster_a_follow_up_counts_from_is_read_on_its_day(
    extract: Extract, text: str, code: str, day: date
) -> None:
    assert (code, day, day) in hazards(extract(text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Flash floods tore through three villages in the valley on Thursday.", "DIS-FLOOD"),
        (
            "A Boeing 737 carrying 130 passengers crashed shortly after take-off on Thursday.",
            "DIS-TRANSPORT",
        ),
    ],
)
def test_floods_that_tore_through_and_an_airliner_named_by_model_are_read(
    extract: Extract, text: str, code: str
) -> None:
    assert [c for c, _, _ in hazards(extract(text))] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Officials met on Thursday, two days after the earthquake anniversary.",
        "Two days after the storm of criticism, the minister resigned on Thursday.",
        "Boeing shares crashed on Thursday after the company cut its forecast.",
        "Orders for the Airbus A320 plunged in August, the company said on Thursday.",
    ],
)
def test_no_disaster_in_a_modifier_a_figure_or_a_company(extract: Extract, text: str) -> None:
    assert hazards(extract(text)) == []


def test_an_earlier_hazard_of_the_type_a_sentence_tells_anew_is_left(extract: Extract) -> None:
    # the sentence's magnitude and place are the new tremor's, not the earlier quake's
    text = (
        "A magnitude 4.9 tremor rattled Hualien on Thursday, three days after the big earthquake."
    )
    assert hazards(extract(text)) == [("DIS-QUAKE", THURSDAY, THURSDAY)]


def test_a_counted_span_is_that_many_days_back_and_a_bare_one_a_range() -> None:
    when = DateRange(THURSDAY, THURSDAY, 1, "on Thursday", "test")
    counted = span_before("on Thursday, two days after", 0, len("on Thursday, two days "), when)
    assert counted is not None
    assert (counted.start, counted.end, counted.precision) == (
        date(2024, 9, 10),
        date(2024, 9, 10),
        1,
    )
    bare = span_before("on Thursday, days after", 0, len("on Thursday, days "), when)
    assert bare is not None
    assert (bare.start, bare.end) == (date(2024, 8, 30), date(2024, 9, 10))
    # a duration running on ("for two days after") is not counted back: read as before
    run_on = span_before("lasted for two days after", 0, len("lasted for two days "), when)
    assert run_on is not None
    assert run_on.precision != 1
