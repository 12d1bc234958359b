"""Sub-codes the CAMEO 1.1b3 definitions give and the coder missed (session 81, cameo81).
Sentences written for these tests; each rule has near misses that must not change.

1. An armed body disbanded is §0873 (demobilize armed forces), not §082 (ease dissent).
2. A market opened to another party is §061 (cooperate economically), so a demand or an
   appeal for it is §1011 / §0211.
3. A tax, price or fare cut ("cut fuel taxes") is no aid stopped (§162): the good only
   modifies the tax; a time adjunct after the object ("next month") is no word of it.
4. A promise to settle a dispute is §037, not the bare §030.
5. A march against subsidy cuts or austerity is for policy change (§14x2).
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def codes(extract: Extract, text: str) -> list[str]:
    return [code(e) for e in real(extract(text), "")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Kurdish group disbanded its armed wing on Monday.", "0873"),
        ("The new government disbanded the tribal militias last week.", "0873"),
        ("Seoul asked Tokyo to open its rice market to Korean farmers.", "0211"),
        ("Brussels demanded that India open its car market to European makers.", "1011"),
        ("The junta vowed to cut fuel taxes next week.", "0342"),
        ("Lima and Quito pledged to settle their fishing dispute.", "037"),
        ("Workers marched in Rome against the austerity budget.", "1412"),
        ("Thousands marched in Accra against cuts to fuel subsidies.", "1412"),
    ],
)
def test_the_definition_names_the_sub_code(extract: Extract, text: str, want: str) -> None:
    assert want in codes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "The finance ministry cut fuel taxes on Monday.",
        "The minister slashed food prices in state shops last week.",
    ],
)
def test_a_tax_or_price_cut_stops_no_aid(extract: Extract, text: str) -> None:
    assert not [c for c in codes(extract, text) if c.startswith(("16", "13"))]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The students disbanded their protest movement.", "082"),
        ("The court dissolved the main opposition party.", "1722"),
        ("Donors halted food aid to the province last week.", "1623"),
        ("Moscow cut gas supplies to Chisinau.", "163"),
        ("Iran agreed to hold talks with the European Union.", "036"),
        ("The rebels promised to release the hostages.", "0353"),
        ("Thousands demonstrated against the new property tax in Lusaka.", "141"),
        ("Dockers in Genoa walked out over pension cuts.", "143"),
    ],
)
def test_near_misses_keep_their_code(extract: Extract, text: str, want: str) -> None:
    assert want in codes(extract, text)


def test_a_market_opened_with_no_party_is_no_cooperation(extract: Extract) -> None:
    assert not [
        c
        for c in codes(extract, "The city opened a new market in the old town.")
        if c.startswith("06")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The senate killed the budget bill last week.",
        "The cabinet shot down the proposal last month.",
    ],
)
def test_a_time_after_the_object_keeps_its_figure_of_speech(extract: Extract, text: str) -> None:
    # "last week" is no word of the object: its head is "bill", a thing, so no force is used
    assert not [c for c in codes(extract, text) if c.startswith(("18", "19"))]


def test_force_with_a_time_after_the_object_stays(extract: Extract) -> None:
    assert [
        c for c in codes(extract, "Troops shelled rebel positions last night.") if c[:2] == "19"
    ]
