"""A ship taken (CAMEO 1.1b3 171 seize, 181 hijack) with no place named is not placed in its
owner's, flag's or crew's country, nor in the country of an onlooker who tells of it (issue 16
recall: one outlet's report of a seizure at sea was placed in a third country that never meets
the sea or the taker's country). A ship's flag says whose it is, not where it lies (UNCLOS
1982 art. 91); ACLED codes an event where it took place. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2024, 1, 12)  # a Friday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def taken_countries(events: list[Event]) -> set[str | None]:
    """The countries of the places read for the acts of taking (171, 181)."""
    return {
        e.location.place.country_code if e.location and e.location.place else None
        for e in events
        if (e.event_code or "")[:3] in ("171", "181")
    }


@pytest.mark.parametrize(
    ("body", "not_in"),
    [
        (
            "OSLO — The Norwegian owner of the tanker said on Friday it had been seized by Houthi forces.",
            "NO",
        ),
        (
            "JERUSALEM — Israel's prime minister's office said on Friday that the Houthis had hijacked a British-owned ship.",
            "IL",
        ),
        (
            "ATHENS — The Greek owner of the bulk carrier said on Friday that the ship had been seized by Houthi forces.",
            "GR",
        ),
    ],
)
def test_a_ship_taken_is_not_placed_at_its_owner_or_an_onlooker(
    extract: Extract, body: str, not_in: str
) -> None:
    found = taken_countries(extract(body))
    assert found
    assert not_in not in found


@pytest.mark.parametrize(
    ("body", "country"),
    [
        # the taker's country is kept: a ship seized by a state is taken into its waters
        ("Iran's navy seized a Greek-owned tanker on Friday.", "IR"),
        # off a coast: the sea off that country (``placing._coast_of``, ``cues.offshore``)
        ("A tanker was seized off Oman on Friday, a maritime security agency said.", "OM"),
        # a place told is the place
        ("Houthi fighters seized a cargo ship in the Red Sea on Friday.", None),
        # no ship: the reporter's own forces tell what struck its soil
        ("Ukraine's air force said on Friday that Russian missiles struck a power plant.", "UA"),
    ],
)
def test_near_misses_keep_their_place(extract: Extract, body: str, country: str | None) -> None:
    events = [e for e in extract(body) if e.event_type.code[:2] in ("17", "18", "19")]
    assert events
    first = events[0].location
    assert first is not None
    assert first.place is not None
    assert first.place.country_code == country


def test_the_owner_is_not_put_in_the_onlookers_stead(extract: Extract) -> None:
    """Guard: with the onlooker's country set aside, the owner's (the reader's target) is not
    taken instead."""
    body = (
        "JERUSALEM — Israel's prime minister's office said on Friday that the Houthis had "
        "hijacked a British-owned ship."
    )
    found = taken_countries(extract(body))
    assert found
    assert "GB" not in found


def test_a_seizure_told_at_sea_keeps_its_sea(extract: Extract) -> None:
    """Near miss: a sea named is the place, whoever owns the ship."""
    events = extract("Houthi fighters seized a British-owned cargo ship in the Red Sea on Friday.")
    assert any(e.location and e.location.place and e.location.place.kind == "sea" for e in events)
