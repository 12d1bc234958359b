"""The recogniser's whole-text tests in C answer as the Python tests they stand for:
``_feature_hint`` as the regex ``_FEATURE_HINT``, the one ``any_of`` pass over the ship and
company words as the two per list, and ``any_of``'s second-letter filter as plain substring
tests. Sentences are our own; the generated texts mix the words with near misses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.places import recognise, runs
from dashboard.places.recognise_words import _COMPANY_WORDS, _VESSEL_WORDS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops crossed the peninsula at dawn.", True),
        ("Storms hit the Crimean peninsula.", True),
        ("Ships left the islands.", True),
        # near misses: a capital or a digit before the space, a longer word, no space
        ("Visit Peninsula mall.", False),
        ("The A peninsula.", False),
        ("Route 9 valley", False),
        ("the peninsular war", False),
        ("the-valley", False),
        ("", False),
    ],
)
def test_feature_hint_answers_as_its_regex(text: str, expected: bool) -> None:
    assert recognise._feature_hint(text) is expected
    assert (recognise._FEATURE_HINT.search(text) is not None) is expected


_PIECES = ["the", "a", "X", "9", "é", "valley", "valleys", "island", "islands", "gulf", "Gulf"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, " ", "-", "\n", "’"]), max_size=24))
def test_feature_hint_agrees_with_its_regex_on_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert recognise._feature_hint(text) == (recognise._FEATURE_HINT.search(text) is not None)


def test_thing_words_are_both_lists() -> None:
    # the one pass answers "neither" for both lists only if it reads every word of each
    assert set(recognise._THING_WORDS) == set(_VESSEL_WORDS) | set(_COMPANY_WORDS)


_LOWER = ["tanker", "tank", "ship ", "ship", "sh", " ceo", "ceo", "loss", "lo", "s", " ", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_LOWER, "é", "\n", "’"]), max_size=24))
def test_any_of_second_letter_filter_agrees_with_substring_tests(pieces: list[str]) -> None:
    text = "".join(pieces)
    for words in (_VESSEL_WORDS, _COMPANY_WORDS, ("s", "sh", "ship "), ("é", "éa", "x")):
        assert runs.any_of(text, words) == runs.any_of_python(text, words)
        assert runs.where_any(text, words) == runs.where_any_python(text, words)


def _at(text: str, name: str) -> recognise.Match:
    start = text.rindex(name)
    return recognise.Match(start, start + len(name), ())


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Fighting near Ras al-Ain went on.", "Ain", True),
        ("Fighting near Ras al-\nAin went on.", "Ain", True),  # "$" before a last newline
        ("Trucks crossed at Bab al-Hawa today.", "Bab", True),
        # near misses: a hyphen that joins no article, a dash with spaces, no hyphen at all
        ("Fighting near well-Ain went on.", "Ain", False),
        ("Fighting near Ras - Ain went on.", "Ain", False),
        ("Fighting near Ras al Ain went on.", "Ain", False),
        ("Ain", "Ain", False),
    ],
)
def test_arabic_name_part_after_the_hyphen_test(text: str, name: str, expected: bool) -> None:
    from dashboard.places.recognise_filters import _part_of_arabic_name

    assert _part_of_arabic_name(text, _at(text, name)) is expected
