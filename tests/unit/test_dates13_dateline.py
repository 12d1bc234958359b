"""One dateline definition (``analysis.DATELINE``) for the three readers that looked for one
with their own near copies: the analysis (where the dateline ends), the places layer (the
dateline's country) and the date reader (the filing date). Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest

from dashboard.analysis import DATELINE, dateline_span
from dashboard.events.dates import dateline_date
from dashboard.places import context


def test_the_places_layer_reads_the_same_dateline_definition() -> None:
    assert context._DATELINE is DATELINE


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("TBILISI, Georgia (Wire) — Ministers met.", "TBILISI, Georgia"),
        ("SÃO PAULO — Ministers met.", "SÃO PAULO"),
        ("ANKARA, Feb 6 (Wire) - Ministers met.", "ANKARA"),
    ],
)
def test_the_places_layer_finds_the_lines_the_analysis_finds(text: str, line: str) -> None:
    m = context._DATELINE.match(text)
    assert m is not None
    assert m["line"].strip() == line
    assert dateline_span(text) == (0, m.end())


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("SÃO PAULO, May 2 (Wire) — Ministers met.", "May 2"),
        ("QUITO, Ecuador, Sept. 9, 2024 (Wire) — Ministers met.", "Sept. 9, 2024"),
        ("QUITO, Mayor 9 (Wire) — Ministers met.", None),  # no month
        ("Rebels, May 2 (Wire) -- a caption's credit.", None),  # no place in capitals
    ],
)
def test_the_date_reader_takes_the_filing_date_of_that_dateline(
    text: str, want: str | None
) -> None:
    span = dateline_date(text)
    assert (text[span[0] : span[1]] if span else None) == want
