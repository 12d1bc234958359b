"""The gazetteer's compact table answers as the dict of places it was built from, before and
after the cache's pickle: the towns' block changes how places are stored, never what a
lookup, a membership test or an iteration gives (place_table.py)."""

from __future__ import annotations

import pickle

import pytest

from dashboard.model import Place
from dashboard.places.place_table import PackedDict, PlaceTable


def _town(gid: int, name: str, admin1: str | None = "GB-ENG") -> Place:
    return Place(f"gn:{gid}", name, "city", 52.4, 0.26, "GB", 1, gid, 20000, admin1=admin1)


PLACES = [
    Place(
        "cc:GB",
        "United Kingdom",
        "country",
        54.0,
        -2.0,
        "GB",
        3,
        2635167,
        66000000,
        bbox=(-8.6, 49.9, 1.8, 60.9),
    ),
    Place("a1:GB-ENG", "England", "admin1", 52.2, -1.2, "GB", 3, 6269131, 53000000),
    _town(2650060, "Ely"),
    _town(2633352, "York"),  # a lower id after a higher: the block sorts its own index
    _town(11, "Tab\tName"),  # a tab in the name: a tuple row, outside the block
    _town(2643743, "London"),
    Place("gn:007", "Odd id", "city", 1.0, 2.0, "GB", 1, 7),  # not written plainly: the dict
    _town(2655603, "Bath", admin1=None),
    Place("rg:fens", "The Fens", "region", 52.5, 0.1, "GB", 3, bbox=(-0.5, 52.0, 0.6, 53.0)),
]
BY_ID = {p.id: p for p in PLACES}


@pytest.fixture(params=["built", "unpickled"])
def table(request: pytest.FixtureRequest) -> PlaceTable:
    built = PlaceTable(BY_ID)
    return built if request.param == "built" else pickle.loads(pickle.dumps(built))


def test_lookups_give_the_places_it_was_built_from(table: PlaceTable) -> None:
    for pid, place in BY_ID.items():
        assert table[pid] == place
        assert table.get(pid) == place
        assert pid in table


@pytest.mark.parametrize("pid", ["gn:7", "gn:0", "gn:2650061", "gn:02650060", "gn:", "gn:x", 5])
def test_ids_it_does_not_hold_are_missing(table: PlaceTable, pid: object) -> None:
    # "gn:7" is not "gn:007", and "gn:02650060" is not Ely's "gn:2650060"
    assert pid not in table
    assert table.get(pid) is None  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        table[pid]  # type: ignore[index]


def test_iteration_keeps_the_order_places_were_added(table: PlaceTable) -> None:
    assert list(table) == list(BY_ID)
    assert len(table) == len(BY_ID)
    assert [pid for pid, _ in table.rows()] == list(BY_ID)
    assert list(table.values()) == PLACES


def test_town_rows_of_a_division(table: PlaceTable) -> None:
    names = [row.split("\t")[0] for row in table.town_rows("GB-ENG")]
    assert names == ["Ely", "York", "London"]  # the tab-named town is a tuple row


def test_the_towns_sit_in_one_block_and_the_rest_in_the_dict() -> None:
    table = PlaceTable(BY_ID)
    assert list(table._ids) == [2633352, 2650060]  # the longest run of plain town rows
    assert {"gn:2643743", "gn:11", "gn:007"} <= set(table._rows)


@pytest.mark.parametrize(
    "d",
    [
        {"paris": ("gn:1", "gn:2"), "ely": ("gn:3",)},
        {"paris": 3, "ely": 1},
        {"big": 300},  # no byte: a list
        {"a\x00b": 1},  # the separator in a key: kept as a dict
        {},
    ],
)
def test_a_packed_dict_unpickles_as_the_same_plain_dict(d: dict) -> None:
    back = pickle.loads(pickle.dumps(PackedDict(d)))
    assert type(back) is dict
    assert list(back.items()) == list(d.items())
