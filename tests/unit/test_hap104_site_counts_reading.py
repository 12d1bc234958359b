"""How many sites of a class a report counts struck (``happenings.site_counts``): a number or
a singular under an article before the class's word; none when the text gives two counts of
one class or counts no site. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.happenings.site_counts import counted_sites


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Shells hit two schools and a hospital in the town.", {("school", 2), ("hospital", 1)}),
        ("A drone struck the Lviv regional hospital.", {("hospital", 1)}),
        ("Missiles hit 3 hospitals in the region.", {("hospital", 3)}),
        ("Strikes killed 30 people in two towns.", set()),  # no class of site counted
        ("The strike killed 12 people in a school and two schools were shut.", set()),  # two counts
        ("Rockets struck near the school's gate.", set()),  # a possessive names no site struck
    ],
)
def test_counted_sites(sentence: str, counts: set[tuple[str, int]]) -> None:
    assert counted_sites([sentence]) == counts
