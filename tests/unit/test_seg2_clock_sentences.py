"""A clock reading's "a.m." or "p.m." ends a sentence when a new one opens after it ("by
phone at 3:35 p.m. Hours later, ..."), but not before a zone, a day, a date or a named time
(AP style: "9 a.m. EST", "3 p.m. Tuesday"); the C splitter agrees with the Python one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.places import runs
from dashboard.places.names import sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoys spoke by phone at 3:35 p.m. Hours later, shells fell on Zubakor.",
            ["The envoys spoke by phone at 3:35 p.m.", "Hours later, shells fell on Zubakor."],
        ),
        (
            "The truce took effect at 4 a.m. Farmers went back to the fields.",
            ["The truce took effect at 4 a.m.", "Farmers went back to the fields."],
        ),
        (
            'The sirens stopped at 11 p.m. "We slept at last," one nurse said.',
            ["The sirens stopped at 11 p.m.", '"We slept at last," one nurse said.'],
        ),
        (
            "The market closed at 2 p.m. Tuesday's trading was thin.",
            ["The market closed at 2 p.m.", "Tuesday's trading was thin."],
        ),
    ],
)
def test_a_clock_time_ends_a_sentence_when_a_new_one_opens(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The vote opened at 9 a.m. EST and closed at noon.",
        "The rally starts at 10 a.m. on Tuesday outside the hall.",
        "The rally starts at 10 a.m. Tuesday outside the hall.",
        "The court sits at 10 a.m. Jan. 5 in the old town.",
        "The flight lands at 6 p.m. Moscow time at the airfield.",
        "The strike began at 8 p.m. Eastern Standard Time and went on.",
        "The talks began at 9 a.m. (0600 GMT) in the capital.",
        "U.S. forces and U.N. monitors left the valley.",
        "The P.M. Modi said nothing.",
    ],
)
def test_a_time_before_its_zone_day_or_date_ends_nothing(text: str) -> None:
    assert _split(text) == [text]


CLOCK_WORDS = [
    "at",
    "4",
    "a.m.",
    "p.m.",
    "P.M.",
    "xa.m.",
    ".p.m.",
    "U.S.",
    "EST",
    "ESTA",
    "Tuesday",
    "Tuesday's",
    "Jan.",
    "May",
    "5",
    "Moscow",
    "time",
    "Time",
    "Hours",
    "later",
    "“",
    '"',
]
CLOCK_GLUE = [" ", " ", ". ", '." ', ")", "\n\n", "’", "\u00a0", ""]


@pytest.mark.skipif(runs.sentences_c is None, reason="the C extension is not built")
@pytest.mark.parametrize(
    "text",
    [
        "Spoke at 3:35 p.m. Hours later, shells fell.",
        "At 9 a.m. EST. Then at 10 a.m. GMT Sunday and 4 p.m. Moscow time. Done at 5 p.m.",
        "a.m. Tuesday's. p.m.) Jan. 5. p.m. May 5. p.m. Sept 9. p.m. Central European Summer Time.",
    ],
)
def test_the_c_splitter_ends_the_same_sentences(text: str) -> None:
    assert runs.sentences_c is not None
    assert runs.sentences_c(text) == list(sentences(text))


@pytest.mark.skipif(runs.sentences_c is None, reason="the C extension is not built")
@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(CLOCK_WORDS), st.sampled_from(CLOCK_GLUE)), max_size=16))
def test_the_c_splitter_agrees_on_generated_times(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + glue for word, glue in parts)
    assert runs.sentences_c is not None
    assert runs.sentences_c(text) == list(sentences(text))
