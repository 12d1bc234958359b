"""places91: a lowercase "state" after a name that no country of the name calls its divisions
so ("the Gulf state"), an embassy telling of a riot abroad, and where a captive was flown
after the act. Sentences written for these tests; each near miss keeps its reading."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def places(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)

    def found(body: str) -> list[str | None]:
        evs = extractor.extract(parse_article(f"date 2025-03-14\n{body}", path="t"))
        return [e.location.place.name if e.location and e.location.place else None for e in evs]

    return found


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


def test_an_embassy_tells_of_looting_abroad(places) -> None:  # type: ignore[no-untyped-def]
    found = places(
        "Riots broke out in Malawi on Monday. Pakistan's embassy said Pakistani-owned shops "
        "had been looted."
    )
    assert found
    assert "Pakistan" not in found


def test_a_riot_the_police_tell_keeps_its_country(places) -> None:  # type: ignore[no-untyped-def]
    found = places("Rioters looted shops in Malawi on Monday, the police said.")
    assert "Malawi" in found


def test_a_captive_flown_abroad_was_not_seized_there(places) -> None:  # type: ignore[no-untyped-def]
    found = places("The blogger said he had been abducted and flown to Belarus last month.")
    assert found
    assert "Belarus" not in found


def test_a_captive_seized_in_a_named_town_keeps_it(places) -> None:  # type: ignore[no-untyped-def]
    found = places("The blogger said he had been abducted in Vilnius and flown to Belarus.")
    assert "Vilnius" in found
