"""Session 92, fix130: acts told inside "X came (hours|a day) after Y" with no event and no
day in the main clause are read with their own place (``came_after``), coded by the clause's
verb, not its subject noun ("after demonstrators stormed": §145, not §141); and property set
on fire by saboteurs, vandals or arsonists, or network equipment set on fire by anyone, is
§1712 destroy property (cameo.csv rows). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "root", "place"),
    [
        (
            "The verdict came hours after demonstrators stormed the courthouse in Nairobi.",
            "145",
            "Nairobi",
        ),
        (
            "The decision came two weeks after gunmen killed nine farmers near Maiduguri.",
            "18",
            "Maiduguri",
        ),
    ],
)
def test_act_told_after_came_is_read_with_its_place(
    extract: Extract, body: str, root: str, place: str
) -> None:
    acts = real(extract(body), root)
    assert acts, [code(e) for e in extract(body)]
    assert where(acts[0])[0] == place


def test_act_after_came_keeps_its_own_day(extract: Extract) -> None:
    body = "The verdict came hours after demonstrators stormed the courthouse in Nairobi on 9 June."
    acts = real(extract(body), "145")
    assert acts
    assert (acts[0].date_start.isoformat(), acts[0].when.precision) == ("2026-06-09", 1)


@pytest.mark.parametrize(
    "body",
    [
        "The rain came hours after the heatwave ended.",
        "The verdict came hours after the hearing.",
        "The incident came five days after the city announced its agency would launch a joint venture.",
    ],
)
def test_no_act_after_came_gives_no_card(extract: Extract, body: str) -> None:
    assert not [e for e in extract(body) if code(e)[:2] in ("06", "14", "17", "18", "19")]


@pytest.mark.parametrize(
    "body",
    [
        "Saboteurs set fire to signal cables near Lille on Tuesday.",
        "Vandals set fire to a phone mast in Cardiff on Tuesday.",
        "Arsonists set fire to a school in Malmo on Tuesday.",
    ],
)
def test_arson_on_property_is_destroy_property(extract: Extract, body: str) -> None:
    assert [code(e) for e in real(extract(body), "1712")], [code(e) for e in extract(body)]


@pytest.mark.parametrize(
    "body",
    [
        "Engineers laid new signal cables near Lille on Tuesday.",
        "Protesters set fire to a police station in Cardiff on Tuesday.",
    ],
)
def test_no_destruction_without_arson_or_by_crowds(extract: Extract, body: str) -> None:
    assert not real(extract(body), "1712")
