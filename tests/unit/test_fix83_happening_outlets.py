"""Issue 16, one happening across outlets (fix83, newuser83's missed merges): a territory
filed at its sovereign's cell, a dateline country of several words that keeps its credit,
hazard leads without the usual noun (a storm by its name "made landfall", a mine wall that
"gave way", a boat that "went down" after an appositive or named "MV X") and a body "found
shot dead" dated to the week up to the finding. Near misses: "gave way to", troops that "made
landfall", a mass grave found. Every sentence here was written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.analysis import dateline_outlet
from dashboard.events.hazards import hazard_triggers
from dashboard.happenings.model import Spot
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract, real

Extract = Callable[[str], list[Event]]


def _spot(country: str | None, kind: str = "country") -> Spot:
    return Spot("x", "X", kind, 0.0, 0.0, country, None, 3)


@pytest.mark.parametrize(("code", "cell"), [("YT", "FR"), ("RE", "FR"), ("GU", "US"), ("GL", "DK")])
def test_territory_filed_at_its_sovereign(code: str, cell: str) -> None:
    assert _spot(code).cell == cell == _spot(cell).cell


@pytest.mark.parametrize("code", ["FR", "MX", "KR"])
def test_state_keeps_its_own_cell(code: str) -> None:
    assert _spot(code).cell == code
    assert _spot(None, "sea").cell == "x"  # a sea of no country: the place itself


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("KINSHASA, Democratic Republic of Congo, May 2 (Reuters) - A ferry sank.", "Reuters"),
        ("SARAJEVO, Bosnia and Herzegovina, June 4 (AP) - Floods hit the city.", "AP"),
    ],
)
def test_dateline_country_of_several_words_keeps_its_credit(text: str, outlet: str) -> None:
    assert dateline_outlet(text) == outlet


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("QUITO, Ecuador, March 3 (Reuters) - A bridge fell.", "Reuters"),  # as before
        ("BANGUI, Central African Republic, Jan 9 (AFP) - Gunmen attacked a camp.", "AFP"),
        ("Leaders of the bloc and the union - who met - agreed.", ""),  # no dateline
    ],
)
def test_dateline_near_misses(text: str, outlet: str) -> None:
    assert dateline_outlet(text) == outlet


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Lidia made landfall near Puerto Vallarta on Tuesday night.", "DIS-STORM"),
        ("The town was flattened by Ernesto, which made landfall at dawn.", "DIS-STORM"),
        ("Hurricane Lidia smashed into the Jalisco coast on Tuesday.", "DIS-STORM"),
        ("A wall of the copper mine in Atacama gave way on Friday.", "DIS-INDUSTRIAL"),
        ("The slope of a jade mine in Hpakant caved in on Friday.", "DIS-INDUSTRIAL"),
        ("A gold mine known as El Dorado collapsed on Friday.", "DIS-INDUSTRIAL"),
        ("The MV Lakeside Star went down near Bukavu on Friday.", "DIS-SHIPWRECK"),
        (
            "The ferry, packed with traders bound for the market, went down on Friday.",
            "DIS-SHIPWRECK",
        ),
    ],
)
def test_hazard_told_without_its_usual_noun(text: str, code: str) -> None:
    assert code in [t.code for t in hazard_triggers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Talks at the mine gave way to a strike on Friday.",
        "Marines made landfall on the beach at dawn.",
        "It made landfall late on Friday.",
        "Investors caved in on Friday.",
    ],
)
def test_hazard_near_misses(text: str) -> None:
    assert not hazard_triggers(text)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    read = make_extract(geoparser)
    return lambda body: read(body, pub="2024-09-17")  # a Tuesday


def test_found_shot_dead_is_the_week_up_to_the_finding(extract: Extract) -> None:
    events = real(
        extract("A local judge was found shot dead in his car in Toluca on Monday."), "18"
    )
    assert events
    when = events[0].when
    assert (when.start, when.end, when.precision) == (date(2024, 9, 10), date(2024, 9, 16), 2)


def test_mass_grave_found_keeps_the_month_before(extract: Extract) -> None:
    events = extract("Investigators found a mass grave of murdered farmers near Toluca on Monday.")
    assert all(e.when.precision != 2 for e in events)


def test_territory_and_its_sovereign_are_one_country_for_a_disaster() -> None:
    from dashboard.happenings.rules import _place

    island = Spot("c:YT", "Mayotte", "country", -12.8, 45.2, "YT", None, 3)
    region = Spot("a1:FR-976", "Mayotte", "admin1", -12.8, 45.1, "FR", None, 3)
    part = _place(island, region, True)
    assert part is not None
    assert part.score == 0.6
