"""Reading faults behind issue 16's split reports of protests and shows of force (hap66):
one outlet leads with the act, another with its message or a statement beside it.

- "Union leaders accused the government as protesters gathered in Paris": the "as" clause's
  protest (§14) is an act of its own beside the statement;
- "ordered the carrier strike group to the eastern Mediterranean": forces ordered to a place
  are deployed (§154).

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.events.crowd_as import crowd_as_act
from dashboard.events.trigger import Trigger
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, full_codes, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        (
            "Union leaders accused the minister of lying on Friday as protesters gathered in Lyon.",
            "141",
        ),
        (
            "The dockers' union demanded higher wages on Friday as its members rallied outside"
            " the port offices in Antwerp.",
            "141",
        ),
        (
            "The government criticised the unions on Friday as a general strike paralysed Lisbon.",
            "143",
        ),
        (
            "Opposition leaders accused the president of fraud on Friday as a huge rally made"
            " its way through Tbilisi.",
            "141",
        ),
    ],
)
def test_a_protest_in_an_as_clause_beside_a_statement_is_read(
    extract: Extract, text: str, protest: str
) -> None:
    events = extract(text)
    protests = real(events, "14")
    assert protests, [code(e) for e in events]
    assert code(protests[0]).startswith(protest)
    # the statement is read too, on the same day
    assert real(events, "10", "11", "12")
    assert protests[0].date_start.isoformat() == "2026-06-12"


@pytest.mark.parametrize(
    "text",
    [
        # "as" of a role or a comparison: no clause with a protest for its verb
        "The minister criticised the rally as illegal on Friday.",
        "The mayor described the march as a protest that failed.",
        "Police said as many as 2,000 protesters were expected on Friday.",
    ],
)
def test_as_naming_no_protest_clause_adds_none(extract: Extract, text: str) -> None:
    assert len(real(extract(text), "14")) <= 1
    ev = extract("The minister criticised the rally as illegal on Friday.")
    assert not real(ev, "14")


def test_crowd_as_act_needs_a_statement_first() -> None:
    s = "Police fired tear gas as protesters gathered in Lyon"
    at = s.index("gathered")
    fired = Trigger("18", 5, 7, 21, "fired tear gas", "175")
    gathered = Trigger("14", 3, at, at + 8, "gathered", "141")
    assert crowd_as_act(s, fired, [fired, gathered], len(s)) is None
    s = "Unions denounced the plan as protesters gathered in Lyon"
    at = s.index("gathered")
    said = Trigger("11", 5, 7, 16, "denounced", "111")
    gathered = Trigger("14", 3, at, at + 8, "gathered", "141")
    assert crowd_as_act(s, said, [said, gathered], len(s)) == (gathered, s.index("protesters"))


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon ordered a carrier strike group to the eastern Mediterranean on Sunday.",
        "Beijing ordered two destroyers toward the strait on Sunday.",
    ],
)
def test_forces_ordered_to_a_place_are_deployed(text: str) -> None:
    assert "154" in full_codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The president ordered troops to withdraw from the border on Sunday.",
        "The court ordered the police officer to pay damages on Sunday.",
    ],
)
def test_an_order_to_act_is_no_deployment(text: str) -> None:
    assert "154" not in full_codes(text)


def test_crowd_as_act_reads_no_material_act_nor_a_participle() -> None:
    # a concession (§08 yield) is no statement; "protesters led by" is a reduced relative
    s = "The government gave in as protesters led by students, its rivals, were nearing Lyon"
    at = s.index("protesters")
    gave = Trigger("08", 5, 15, 22, "gave in", "080")
    crowd = Trigger("14", 2, at, at + 10, "protesters", "140")
    assert crowd_as_act(s, gave, [gave, crowd], len(s)) is None
    said = Trigger("11", 5, 15, 22, "gave in", "111")
    assert crowd_as_act(s, said, [said, crowd], len(s)) is None
    s = s.replace("led by students, its rivals, were nearing", "marched on")
    assert crowd_as_act(s, said, [said, crowd], len(s)) == (crowd, at)
