"""A name's initial ("P. Okafor", "Ruth B. Adeyemi", "K. L. Mensah", "Col. T. Haddad") ends
no sentence, so a clause's date after the name stays in the clause; a single capital with a
dot before a closed-class word ("...adopted Option C. The vote...") still ends one."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places import runs
from dashboard.places.geoparser import Geoparser
from dashboard.places.names import sentences
from tests.unit.reading import make_extract, real


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


JOINED = [
    "The port authority signed a lease with its new director, P. Okafor, on Monday.",
    "Mayor Ruth B. Adeyemi opened the new bridge over the river on Friday.",
    "The board thanked K. L. Mensah for the report on Wednesday.",
    "Col. T. Haddad inspected the flooded depot on Sunday.",
]


def test_an_initial_opening_a_sentence_stays_with_its_name() -> None:
    text = "The nurses asked for more staff. P. Okafor said so."
    assert _split(text) == ["The nurses asked for more staff.", "P. Okafor said so."]


@pytest.mark.parametrize("text", JOINED)
def test_an_initial_before_a_name_ends_no_sentence(text: str) -> None:
    assert _split(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council adopted Option C. The vote was close.",
            ["The council adopted Option C.", "The vote was close."],
        ),
        (
            "Nobody came except I. Then the hall was locked.",
            ["Nobody came except I.", "Then the hall was locked."],
        ),
        (
            "The trains ran in the U.S. Farmers waited.",
            ["The trains ran in the U.S. Farmers waited."],  # as before: an abbreviation
        ),
    ],
)
def test_a_capital_before_a_closed_class_word_still_ends_one(
    text: str, expected: list[str]
) -> None:
    assert _split(text) == expected


@pytest.mark.skipif(runs.sentences_c is None, reason="the C extension is not built")
@pytest.mark.parametrize(
    "text",
    [
        *JOINED,
        "The council adopted Option C. The vote was close. Col. T. Haddad left. A. B. C.",
        "Plan B. Then J. K. Rowe. X. Y.",
    ],
)
def test_the_c_splitter_joins_the_same_initials(text: str) -> None:
    assert runs.sentences_c is not None
    assert runs.sentences_c(text) == list(sentences(text))


def test_the_day_after_an_initial_dates_the_meeting(geoparser: Geoparser) -> None:
    extract = make_extract(geoparser)  # published Thursday 2026-06-18
    body = "The trade minister met the union leader, D. Mwangi, on Tuesday."
    met = real(extract(body), "04")
    assert met
    assert {(e.date_start, e.date_end) for e in met} == {(date(2026, 6, 16), date(2026, 6, 16))}
