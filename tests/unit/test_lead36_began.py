"""The lead's own sentences (stop 36): "the clashes began …, when X did Y" is coded as Y
(reader19's ``began_with``), and its card's line tells Y too, not the stretch of fighting
that Y began. Near miss: a toll told with its cause ("were killed when …") keeps its own line.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "The clashes began on Monday, when rebel fighters stormed an army post outside "
            "Goma, officials said.",
            "Rebel fighters stormed an army post outside Goma",
        ),
        (
            "The war began on 2 April, when Argentine troops shelled the port of Stanley.",
            "Argentine troops shelled the port of Stanley",
        ),
    ],
)
def test_the_line_of_a_stretch_begun_by_an_act_is_the_act(
    extract: Extract, text: str, line: str
) -> None:
    events = real(extract(text), "18", "19", "20")
    assert len(events) == 1
    assert events[0].summary == line


def test_a_toll_told_with_its_cause_keeps_its_own_line(extract: Extract) -> None:
    events = real(
        extract("Six soldiers were killed on Friday when a roadside bomb exploded near Kandahar."),
        "18",
        "19",
        "20",
    )
    assert len(events) == 1
    assert events[0].summary.startswith("Six soldiers were killed")
