"""An expulsion told as a noun names its expelled side in its "of" phrase
(``dashboard.events.expelled_nationals``), and a report acted on by a country does not join
a report of that country acting (``dashboard.happenings.reversed_sides``). Sentences and
reports written for these tests (issue 16, newuser81 F1)."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.reversed_sides import reversed_sides
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _sides(events: list, root: str) -> list[tuple[str | None, str | None]]:
    return [(e.roles.source_country, e.roles.target_country) for e in rooted(events, root)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Tuesday's expulsions of four Russian diplomats came after a spying case.", "RU"),
        ("The expulsion of two Chilean diplomats drew an angry reply.", "CL"),
        ("The expulsion of the Danish ambassador was announced on Monday.", "DK"),
        ("Last week's expulsion of three senior Iranian envoys surprised observers.", "IR"),
    ],
)
def test_the_of_phrase_of_an_expulsion_names_its_target(
    extract: Extract, text: str, target: str
) -> None:
    sides = _sides(extract(text), "16")
    assert sides
    assert all(t == target for _, t in sides)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a subject expeller keeps its target
        ("Norway expelled four Russian diplomats on Tuesday.", ("NO", "RU")),
        # an expulsion with no nationality named stays without a target
        ("The expulsions of the diplomats came after a spying case.", (None, None)),
    ],
)
def test_expulsions_with_sides_told_otherwise_stay(
    extract: Extract, text: str, sides: tuple[str | None, str | None]
) -> None:
    assert _sides(extract(text), "16") == [sides]


DAY = date(2024, 3, 5)
CAPITAL = Spot("gn:1", "Northtown", "city", 59.9, 10.7, "NO", None, 1)


def _report(eid: str, art: str, root: str, src: str | None, tgt: str | None) -> Report:
    countries = frozenset(c for c in (src, tgt) if c)
    return Report(
        eid, art, root, DAY, DAY, 1, CAPITAL,
        countries=countries, source_country=src, target_country=tgt,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("16", None, "RU"), ("16", "RU", "NO")),  # an expulsion, answered
        (("16", "RU", "NO"), ("16", None, "RU")),  # either order
    ],
)
def test_sides_the_other_way_round_are_reversed(a: tuple, b: tuple) -> None:
    assert reversed_sides(_report("x", "a1", *a), _report("y", "a2", *b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("16", None, "RU"), ("16", "NO", "RU")),  # the same side expelled
        (("16", "NO", "RU"), ("16", "RU", "NO")),  # both doers named: other_sides' part
        (("19", None, "UA"), ("19", "UA", "RU")),  # a fight: both sides act
        (("04", None, "IR"), ("04", "IR", "US")),  # talks: both sides consult
        (("16", None, None), ("16", "RU", "NO")),  # no sides named
        (("17", None, "RU"), ("17", "RU", "NO")),  # arrests: one exchange may hold both
        (("14", None, "KE"), ("14", "KE", None)),  # a protest against its own government
        (("14", None, "KE"), ("17", "KE", "US")),  # a protest and its policing: two roots
    ],
)
def test_sides_not_swapped_or_shared_are_not_reversed(a: tuple, b: tuple) -> None:
    assert not reversed_sides(_report("x", "a1", *a), _report("y", "a2", *b))


def test_a_tit_for_tat_expulsion_of_the_same_day_stays_apart() -> None:
    told = _report("x", "a1", "16", None, "RU")
    answer = _report("y", "a2", "16", "RU", "NO")
    same = _report("z", "a3", "16", "NO", "RU")
    groups = {e: set(g.event_ids) for g in cluster([told, answer, same]) for e in g.event_ids}
    assert "y" not in groups["x"]
    assert groups["z"] >= {"z", "x"}
