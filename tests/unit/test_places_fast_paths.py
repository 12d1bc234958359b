"""The geoparser's cheap tests before costly ones must never turn a match away: each is a
necessary condition of what it spares (the relative-sea regex, the NFKC walk)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.places import geoparser, names

SEA_PIECES = [
    "sea",
    "SEA",
    "ſea",
    "Seas",
    "waters",
    "Ocean",
    "North",
    "ſouth",
    "EAST",
    "west",
    "ern",
    "of",
    "off",
    "the",
    "just",
    "20 km",
    "overseas",
    "disease",
    "İ",
    "Σ",
    " ",
    "  ",
    "\n",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SEA_PIECES), max_size=14))
def test_a_window_the_sea_regex_matches_passes_the_cheap_test(pieces: list[str]) -> None:
    window = "".join(pieces)
    if geoparser._RELATIVE_SEA.search(window, 0, len(window)):
        assert geoparser._may_be_relative(window)


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ("into the sea east of the ", True),
        ("into the ſea eaſt of the ", True),  # the long s: the regex decides
        ("into the bay east of the ", False),  # no sea noun
        ("into the sea off the coast of the ", False),  # no compass word
    ],
)
def test_the_cheap_test_needs_a_sea_noun_and_a_compass_word(window: str, expected: bool) -> None:
    assert geoparser._may_be_relative(window) is expected


@pytest.mark.parametrize("text", ["Rain in Kyiv’s “old” town — again", "São Paulo, Zürich £5 €6"])
def test_settled_characters_leave_a_text_as_it_is(text: str) -> None:
    assert names._UNSETTLED.search(text) is None
    assert names.for_matching(text) is None


@pytest.mark.parametrize(
    "text",
    ["Nairobi\u2026", "Kyiv\u00a0today", "K\u200byiv", "Kh\u0430rkiv", "Ｎａｉｒｏｂｉ"],
)
def test_other_characters_still_take_the_slow_path(text: str) -> None:
    # an ellipsis, a no-break space, an invisible character, a Cyrillic lookalike, full width
    assert names._UNSETTLED.search(text) is not None
    assert names.for_matching(text) is not None


def test_settled_means_unchanged_alone() -> None:
    for c in names._SETTLED:
        assert names.for_matching(f"K{c}yiv") is None
    for c in "\u00a0\u00ad\u00bd\u00b5\u0430\u2026":
        assert not names._settled(c)
