"""runs.any_of, the fast test that spares most texts the landmark regex: the C twin agrees
with plain substring tests, and no text it refuses holds a landmark type word."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.places import landmarks, runs

WORDS = ("Street", "St.", "Air Force Base", "Base", "Ünïon")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crews closed Baker Street in Leeds.", True),
        ("A crash on the Stree near Leeds.", False),
        ("Ramstein Air Force Base", True),
        ("Ünïon Hall", True),
        ("", False),
    ],
)
def test_any_of_finds_whole_strings(text: str, expected: bool) -> None:
    assert runs.any_of(text, WORDS) is expected
    assert runs.any_of_python(text, WORDS) is expected


def test_the_landmark_types_are_read_as_literal_words() -> None:
    # None would silently switch the fast test off
    assert landmarks._TYPE_WORDS is not None
    assert "Air Force Base" in landmarks._TYPE_WORDS
    assert "St." in landmarks._TYPE_WORDS


PIECES = ["Main", "Street", "St.", "Stree", "Air", "Force", "Base", "Bases", "Ave", ".", "x", "ü"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, " ", "-", "\n"]), max_size=20), st.text(max_size=8))
def test_no_type_word_means_no_landmark_match(pieces: list[str], noise: str) -> None:
    text = "".join(pieces) + noise
    types = landmarks._TYPE_WORDS
    assert types is not None
    assert runs.any_of(text, types) == runs.any_of_python(text, types)
    if landmarks._TYPE.search(text):
        assert runs.any_of(text, types)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a curly quote makes the text two bytes a character: the same answers
        ("Crews closed Baker Street in Leeds’s centre.", True),
        ("“Stree” is no street.", False),
        # words sharing a first letter are all tried there, in any order
        ("Stop at St. Mary’s", True),
        ("A Stre, a Stree, a Stret", False),
        ("Ünïon", True),
        ("Ünïo", False),
    ],
)
def test_any_of_tries_every_word_a_letter_opens(text: str, expected: bool) -> None:
    assert runs.any_of(text, WORDS) is expected
    assert runs.any_of(text, tuple(reversed(WORDS))) is expected
    assert runs.any_of_python(text, WORDS) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Baker Street, St. Mary’s", [6, 14]),
        ("Air Force Base", [0, 10]),  # "Base" inside it begins a place too
        ("Ünïon Hall", [0]),
        ("no such word", []),
    ],
)
def test_where_any_gives_every_place_a_word_begins(text: str, expected: list[int]) -> None:
    assert runs.where_any(text, WORDS) == expected
    assert runs.where_any_python(text, WORDS) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, " ", "-", "’", "Base", "Medical Center"]), max_size=20))
def test_the_type_regex_tried_where_a_word_begins_finds_what_finditer_finds(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    types = landmarks._TYPE_WORDS
    assert types is not None
    spots = runs.where_any(text, types)
    assert spots == runs.where_any_python(text, types)
    got = [m.span() for m in landmarks._type_words(text, spots)]
    assert got == [m.span() for m in landmarks._TYPE.finditer(text)]
