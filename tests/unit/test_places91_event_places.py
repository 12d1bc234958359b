"""places91: a lowercase "state" after a name that no country of the name calls its divisions
so ("the Gulf state"), an embassy telling of a riot abroad, and where a captive was flown
after the act. Sentences written for these tests; each near miss keeps its reading."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract, where

Places = Callable[[str], list[str | None]]


@pytest.fixture(scope="module")
def places(geoparser: Geoparser) -> Places:
    """The place names of the events of a body read as an article of 2025-03-14."""
    extract = make_extract(geoparser)
    return lambda body: [where(e)[0] for e in extract(body, pub="2025-03-14")]


def _countries(geoparser: Geoparser, text: str) -> list[str | None]:
    return [m.place.country_code for m in geoparser.parse(text) if m.place]


def test_a_gulf_state_is_no_province_of_papua_new_guinea(geoparser: Geoparser) -> None:
    text = "Kuwait raised oil output in May. The Gulf state plans a new refinery."
    assert "PG" not in _countries(geoparser, text)


def test_a_state_of_a_country_with_states_stays(geoparser: Geoparser) -> None:
    text = "Farmers in the Benue state of Nigeria lost their crops to floods."
    found = [m for m in geoparser.parse(text) if m.text.startswith("Benue")]
    place = found[0].place if found else None
    assert place is not None
    assert (place.kind, place.country_code) == ("admin1", "NG")


def test_an_embassy_tells_of_looting_abroad(places: Places) -> None:
    found = places(
        "Riots broke out in Malawi on Monday. Pakistan's embassy said Pakistani-owned shops "
        "had been looted."
    )
    assert found
    assert "Pakistan" not in found


def test_a_riot_the_police_tell_keeps_its_country(places: Places) -> None:
    found = places("Rioters looted shops in Malawi on Monday, the police said.")
    assert "Malawi" in found


def test_a_captive_flown_abroad_was_not_seized_there(places: Places) -> None:
    found = places("The blogger said he had been abducted and flown to Belarus last month.")
    assert found
    assert "Belarus" not in found


def test_a_captive_seized_in_a_named_town_keeps_it(places: Places) -> None:
    found = places("The blogger said he had been abducted in Vilnius and flown to Belarus.")
    assert "Vilnius" in found
