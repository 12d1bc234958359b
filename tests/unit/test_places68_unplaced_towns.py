"""places68: two kinds of small town the geoparser dropped, though the text says they are towns.

- A name that is only several small towns, with a municipal organ after it ("the Hopkinton
  Police Department"), is kept without a point when nothing backs one namesake
  (``places/municipal.py``: ``organ_pending``, ``with_organ_towns``).
- "in X, Y", where Y is a state or country holding none of X's small namesakes, is a town of
  Y the gazetteer lacks: kept without a point, and so are its bare repeats
  (``places/named_within.py``).
Sentences written for the rules; the near misses (a person, a firm, a board of directors, a
possessive, a bare "in X") keep their reading."""

from __future__ import annotations

import pytest

from dashboard.model import Mention, Place
from dashboard.places.geoparser import Geoparser
from dashboard.places.municipal import organ_pending, with_organ_towns
from dashboard.places.named_within import holder_named, repeats_within


def named(gp: Geoparser, text: str, surface: str) -> list[Mention]:
    return [m for m in gp.parse(text) if m.text == surface]


@pytest.mark.parametrize(
    ("text", "surface", "count"),
    [
        (
            "Four Hopkinton homes were burglarized, the Hopkinton Police Department said.",
            "Hopkinton",
            2,
        ),
        ("The Crestwood School Board met on Monday to weigh the budget.", "Crestwood", 1),
        ("Winfield police said the driver was not hurt.", "Winfield", 1),
    ],
)
def test_an_organ_keeps_a_name_of_several_small_towns(
    geoparser: Geoparser, text: str, surface: str, count: int
) -> None:
    found = named(geoparser, text, surface)
    assert len(found) == count
    assert all(m.place is None and "municipal organ" in m.reason for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Crestwood said on Monday that he would run again.",  # a person
        "Crestwood Homes, a builder, said on Monday it would hire 40 workers.",  # a firm
        "The Crestwood Board of Directors met on Monday.",  # no municipal organ
        "Hopkinton told reporters the vote was close.",
        "Sheriff Tom Jackson said the Hopkinton man was held.",
    ],
)
def test_no_organ_no_town(geoparser: Geoparser, text: str) -> None:
    assert [m for m in geoparser.parse(text) if m.text in ("Crestwood", "Hopkinton")] == []


def test_a_name_with_one_town_is_still_placed(geoparser: Geoparser) -> None:
    # places61's rule, unchanged: one gazetteer place, so the organ places it
    found = named(geoparser, "Officers of the Paonia Police Department searched it.", "Paonia")
    assert found
    assert found[0].place is not None


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Martha was born in Grantville, Pennsylvania, in 1931.", "Grantville", "Pennsylvania"),
        ("He died in a prison cell in Orient, Ohio, last week.", "Orient", "Ohio"),
        ("A roadside bomb went off in Taji, Iraq, on Tuesday.", "Taji", "Iraq"),
    ],
)
def test_in_x_y_with_no_namesake_in_y_is_a_town_without_a_point(
    geoparser: Geoparser, text: str, surface: str, holder: str
) -> None:
    found = named(geoparser, text, surface)
    assert len(found) == 1
    assert found[0].place is None
    assert f"none in {holder}" in found[0].reason


def test_a_bare_repeat_is_the_same_town(geoparser: Geoparser) -> None:
    text = "She was born in Grantville, Pennsylvania, and attended school in Grantville."
    found = named(geoparser, text, "Grantville")
    assert [m.place for m in found] == [None, None]
    assert all("none in Pennsylvania" in m.reason for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Grantville, Pennsylvania's oldest employer, closed its doors.",  # no preposition
        "The coach praised Grantville, Pennsylvania's star, after the game.",  # a possessive
    ],
)
def test_no_town_without_in_x_y(geoparser: Geoparser, text: str) -> None:
    assert named(geoparser, text, "Grantville") == []


def test_a_bare_in_x_gets_no_point(geoparser: Geoparser) -> None:
    """No state: which Grantville is unknown, so none is placed; since places79 the name
    after "in" is kept as a place with no point (``locative_towns``)."""
    found = named(geoparser, "The suspect was arrested in Grantville on Monday.", "Grantville")
    assert [m.place for m in found] == [None]
    assert "none in" not in found[0].reason


def test_a_namesake_in_y_is_placed_there(geoparser: Geoparser) -> None:
    found = named(geoparser, "She grew up in Grantville, Georgia, near Newnan.", "Grantville")
    assert found
    assert found[0].place is not None
    assert found[0].place.admin1 == "US-GA"


def test_washington_and_jackson_read_as_before(geoparser: Geoparser) -> None:
    # a name with a large namesake is no "only small towns" name: neither rule reads it
    text = "Washington said Jackson was arrested by the Jackson Police Department."
    found = geoparser.parse(text)
    assert [m.text for m in found] == ["Washington", "Jackson", "Jackson"]
    assert not any("municipal organ" in m.reason or "none in" in m.reason for m in found)


_PA = Place("a1:US-PA", "Pennsylvania", "admin1", 40.9, -77.8, "US", 3)
_TOWN = Place("gn:1", "Grantville", "city", 33.2, -84.8, "US", 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("born in Grantville, Pennsylvania.", "Pennsylvania"),
        ("a man from Grantville, Pennsylvania.", "Pennsylvania"),
        ("born Grantville, Pennsylvania.", None),  # no preposition
        ("in Grantville, Pennsylvania’s capital region", None),  # a possessive
        ("in Grantville; Pennsylvania", None),  # no comma gap
    ],
)
def test_holder_named(text: str, expected: str | None) -> None:
    start = text.index("Grantville")
    nxt = text.index("Pennsylvania")
    got = holder_named(text, start, start + 10, nxt, nxt + 12, [_TOWN, _PA])
    assert (got.name if got else None) == expected


def test_holder_named_wants_a_state_or_country() -> None:
    text = "born in Grantville, Pennsylvania."
    assert holder_named(text, 8, 18, 20, 32, [_TOWN]) is None


def test_repeats_within_moves_only_pending_repeats() -> None:
    pending = "pending"
    within = [Mention(8, 18, "Grantville", None, 0.0, "none in Pennsylvania")]
    placed = Mention(40, 50, "Grantville", _TOWN, 0.9, "a rule")
    repeat = Mention(60, 70, "Grantville", None, 0.0, pending)
    other = Mention(80, 86, "Orient", None, 0.0, pending)
    kept, moved = repeats_within([placed, repeat, other], within, pending)
    assert kept == [placed, other]
    assert [(m.start, m.reason) for m in moved] == [(60, "none in Pennsylvania")]


def test_organ_towns_come_back_only_where_nothing_was_placed() -> None:
    held = [Mention(4, 13, "Hopkinton", None, 0.0, "pending")]
    assert organ_pending(held, {"hopkinton": "Police"}, "pending") == held
    assert organ_pending(held, {"hopkinton": None}, "pending") == []
    placed = Mention(4, 13, "Hopkinton", _TOWN, 0.8, "nearest namesake")
    assert with_organ_towns([placed], held) == [placed]
    back = with_organ_towns([], held)
    assert [(m.start, m.place) for m in back] == [(4, None)]
