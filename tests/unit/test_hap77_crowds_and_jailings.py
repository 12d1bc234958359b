"""Acts of roots 14 and 17 told through other words (hap77, issue 16): a crowd's own demand,
appeal or condemnation is merged as its protest ("Thousands of protesters called for the
president's resignation"), and "the jailing of" a named person is an arrest (§173) a reaction
may name ("criticised Sunday's jailing of the mayor"). A statement about a crowd and a jail
term stay as they were.

Every sentence here was written for these tests. ``PUB`` is Thursday 18 June 2026."""

from __future__ import annotations

import pytest

from dashboard.happenings.merged_as import merged_as, text_roots
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real

NONE: frozenset[str] = frozenset()


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# -- a crowd's own statement is a facet of its protest (merged_as.csv, lead:) --------------


@pytest.mark.parametrize(
    ("code", "clause"),
    [
        ("0241", "Protesters called for the president's resignation in Lima"),
        ("0241", "Thousands of angry protesters demanded the governor's resignation"),
        ("111", "Demonstrators condemned the new tax outside parliament"),
        ("10", "Tens of thousands of marchers demanded new elections"),
        ("12", "The strikers rejected the government's offer at a rally"),
        ("02", "Student protesters urged the university to cut its ties"),
    ],
)
def test_a_crowds_statement_is_merged_as_its_protest(code: str, clause: str) -> None:
    assert merged_as(code, [clause], NONE) == "14"


@pytest.mark.parametrize(
    ("code", "clause"),
    [
        ("02", "The minister urged protesters to go home"),
        ("111", "The government condemned the protesters for the violence"),
        ("111", "Police said the crowd had been peaceful"),
        ("10", "The union demanded talks as protesters gathered"),
        ("0241", "The opposition called for the president's resignation"),
        ("13", "Protesters threatened to block the port"),
        ("19", "Protesters fought with police"),
    ],
)
def test_a_statement_about_a_crowd_stays_its_own(code: str, clause: str) -> None:
    assert merged_as(code, [clause], NONE) is None


def test_the_store_sends_the_clause_of_the_crowds_statements() -> None:
    assert {"02", "10", "11", "12"} <= set(text_roots())


# -- "the jailing of" a named person is an arrest (cameo.csv 173 N) ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The European Union criticised Sunday's jailing of the city's mayor in Ankara.",
        "Rights groups condemned the jailing of the opposition leader in Minsk on Tuesday.",
        "The imprisonment of the editor in Tunis on Monday drew wide protest.",
    ],
)
def test_a_jailing_is_an_arrest(extract: Extract, text: str) -> None:
    assert real(extract(text), "17")


@pytest.mark.parametrize(
    "text",
    [
        "He faces up to ten years' imprisonment if convicted, his lawyer said on Tuesday.",
        "The court could order his jailing next month, prosecutors said on Tuesday.",
    ],
)
def test_a_jail_term_or_a_future_jailing_is_no_arrest(extract: Extract, text: str) -> None:
    assert not real(extract(text), "17")
