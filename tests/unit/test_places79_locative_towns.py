"""places79: a name of small towns after "in" or "near" is a place, kept with no point when
the text backs none of its namesakes (``places/locative_towns.py``).

Sentences written for the rule; the near misses (ordinary words, languages and peoples, a
name glued to an institution's, another preposition) keep their reading."""

from __future__ import annotations

import pytest

from dashboard.model import Mention
from dashboard.places.geoparser import Geoparser
from dashboard.places.locative_towns import (
    after_locative,
    language_names,
    locative_pending,
    with_locative_towns,
)

_PENDING = "pending"


def named(gp: Geoparser, text: str, surface: str) -> list[Mention]:
    return [m for m in gp.parse(text) if m.text == surface]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A barn burned in Hopkinton on Sunday.", "Hopkinton"),
        ("Firefighters were called to a house near Crestwood, police said.", "Crestwood"),
        ("The bridge in Winfield reopened.", "Winfield"),
    ],
)
def test_in_or_near_keeps_a_name_of_small_towns(
    geoparser: Geoparser, text: str, surface: str
) -> None:
    found = named(geoparser, text, surface)
    assert len(found) == 1
    assert found[0].place is None
    assert "'in' or 'near'" in found[0].reason


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Support in Congress grew after the vote.", "Congress"),  # an ordinary word
        ("The show aired in English and Spanish.", "English"),  # a language
        ("Jerusalem's role in Arab culture was praised.", "Arab"),  # a people
        ("Pupils gathered near Hopkinton Elementary School.", "Hopkinton"),  # a school's name
        ("A man from Winfield was charged.", "Winfield"),  # another preposition
        ("Crestwood said in a statement that he would run.", "Crestwood"),  # no preposition
        ("The statue stands in Liberty and draws crowds.", "Liberty"),  # an ordinary word
    ],
)
def test_no_locative_no_place(geoparser: Geoparser, text: str, surface: str) -> None:
    assert named(geoparser, text, surface) == []


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("A fire in Scottdale was put out.", 10, 19, True),
        ("A fire near Scottdale.", 12, 21, True),
        ("A fire in Scottdale, crews said.", 10, 19, True),
        ("A fire within Scottdale was put out.", 14, 23, False),  # "within": not read
        ("A fire in Scottdale Park was put out.", 10, 19, False),  # glued
        ("A fire in SCOTTDALE was put out.", 10, 19, False),  # capitals: the dateline's
        ("Praise in Congress grew.", 10, 18, False),
        ("Shows in Spanish aired.", 9, 16, False),
    ],
)
def test_after_locative(text: str, start: int, end: int, expected: bool) -> None:
    assert after_locative(text, start, end, {"spanish": "ES"}) is expected


def test_the_language_list_is_read() -> None:
    assert {"english", "arab", "cherokee"} <= language_names()


def test_only_pending_names_are_held() -> None:
    text = "A fire in Hopkinton and in Crestwood."
    hop = Mention(10, 19, "Hopkinton", None, 0.0, _PENDING)
    crest = Mention(27, 36, "Crestwood", None, 0.0, "another reason")
    assert locative_pending(text, [hop, crest], _PENDING, {}) == [hop]


def test_a_held_name_the_neighbour_pass_placed_is_not_doubled() -> None:
    held = [Mention(10, 19, "Hopkinton", None, 0.0, _PENDING)]
    placed = [Mention(10, 19, "Hopkinton", None, 0.5, "nearest namesake")]
    assert with_locative_towns(placed, held) == placed
    assert [m.text for m in with_locative_towns([], held)] == ["Hopkinton"]
