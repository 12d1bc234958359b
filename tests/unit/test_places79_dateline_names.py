"""places79: a dateline's name in capitals is a town, even when the text backs none of its
small namesakes (``places/dateline_names.py``).

A name that is only several small towns was dropped by the neighbour pass when nothing in
the text backed one; in capitals where a story's paragraph starts and before a dash, it is
the town the story was filed from (AP Stylebook, "datelines"), kept with no point.
Sentences written for the rule; the near misses (a hyphen glued to a word, capitals that do
not open a paragraph, a name not in capitals) keep their reading."""

from __future__ import annotations

import pytest

from dashboard.model import Mention
from dashboard.places.dateline_names import caps_dateline, dateline_pending, with_dateline_towns
from dashboard.places.geoparser import Geoparser

_PENDING = "pending"


def named(gp: Geoparser, text: str, surface: str) -> list[Mention]:
    return [m for m in gp.parse(text) if m.text == surface]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("HOPKINTON — The school board voted on Monday to raise the budget.", "HOPKINTON"),
        # a headline pasted before the story with a full stop
        ("Board raises budget. WINFIELD — The school board voted on Monday.", "WINFIELD"),
        # a headline line, then two hyphens for the dash
        ("Levy goes to voters\nCRESTWOOD -- Voters will decide on the levy in May.", "CRESTWOOD"),
        # the wire in parentheses before the dash
        ("WINFIELD (AP) - A bridge over the creek reopened on Friday.", "WINFIELD"),
    ],
)
def test_a_dateline_keeps_a_name_of_several_small_towns(
    geoparser: Geoparser, text: str, surface: str
) -> None:
    found = named(geoparser, text, surface)
    assert len(found) == 1
    assert found[0].place is None
    assert "dateline in capitals" in found[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "Talks stalled. HOPKINTON-based firms hired more workers.",  # a hyphen glued to a word
        "A SMALL FIRE IN HOPKINTON — crews came quickly.",  # no paragraph starts there
        "Hopkinton — the town of 18,000 — voted on Monday.",  # not in capitals
        "Voters said CRESTWOOD - the name of the plan - was right.",  # mid-sentence
        "Residents of Crestwood voted on Monday to raise the levy.",  # no dateline at all
    ],
)
def test_no_dateline_no_town(geoparser: Geoparser, text: str) -> None:
    surfaces = ("HOPKINTON", "Hopkinton", "CRESTWOOD", "Crestwood")
    assert [m for m in geoparser.parse(text) if m.text in surfaces] == []


def test_a_dateline_with_its_state_is_still_placed(geoparser: Geoparser) -> None:
    """'X, State —' names which town: the "X, Y" rule places it, as before."""
    found = named(geoparser, "CRESTWOOD, Ky. (AP) — Voters will decide on the levy.", "CRESTWOOD")
    assert len(found) == 1
    assert found[0].place is not None
    assert found[0].place.admin1 == "US-KY"


def test_a_bigger_dateline_town_keeps_its_point(geoparser: Geoparser) -> None:
    """A name with a town above the small-town cut-off is resolved as before, not held."""
    found = named(geoparser, "MILFORD — The school board voted on Monday.", "MILFORD")
    assert len(found) == 1
    assert found[0].place is not None


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("Budget passes. CROMWELL — The council voted.", 15, 23, True),
        ("Budget passes!\n\nCROMWELL – The council voted.", 16, 24, True),
        ("CROMWELL, Conn. (AP) - The council voted.", 0, 8, True),
        ("talks in the NATO-Russia Council", 13, 17, False),
        ("FIRE IN CROMWELL — crews came.", 8, 16, False),
        ("Budget passes. Cromwell — the town — voted.", 15, 23, False),
        ("Budget passes. CROMWELL said the town voted.", 15, 23, False),
    ],
)
def test_caps_dateline(text: str, start: int, end: int, expected: bool) -> None:
    assert caps_dateline(text, start, end) is expected


def test_only_pending_dateline_names_are_held() -> None:
    text = "Vote set. HOPKINTON — Voters in Crestwood met."
    hop = Mention(10, 19, "HOPKINTON", None, 0.0, _PENDING)
    crest = Mention(32, 41, "Crestwood", None, 0.0, _PENDING)
    decided = Mention(10, 19, "HOPKINTON", None, 0.0, "another reason")
    assert dateline_pending(text, [hop, crest, decided], _PENDING) == [hop]


def test_a_held_name_the_neighbour_pass_placed_is_not_doubled() -> None:
    held = [Mention(0, 9, "HOPKINTON", None, 0.0, _PENDING)]
    placed = [Mention(0, 9, "HOPKINTON", None, 0.5, "nearest namesake")]
    assert with_dateline_towns(placed, held) == placed
    assert [m.text for m in with_dateline_towns([], held)] == ["HOPKINTON"]
