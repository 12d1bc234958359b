"""Persons received are a handover, not a hosted visit; a demonym before "gang" or "cartel"
is no state acting (received53). Sentences written for these tests."""

from __future__ import annotations

from functools import cache

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser


@cache
def _extractor() -> EventExtractor:
    return EventExtractor(Geoparser())


def _cards(sentence: str) -> list[tuple[str, str | None, str | None]]:
    raw = f"date 2026-03-10\n\n{sentence}\n"
    events = _extractor().extract(parse_article(raw, path="t.txt"))
    return [(e.event_code or e.event_type.code, e.roles.source, e.roles.target) for e in events]


def test_detainees_received_from_a_state_are_its_release() -> None:
    assert _cards("Jordan received four detainees from Syria on Monday.") == [
        ("0841", "Syria", "Jordan")
    ]


def test_prisoners_released_by_a_state_and_received() -> None:
    assert _cards("Qatar received two prisoners released by Iran.") == [("0841", "Iran", "Qatar")]


def test_bodies_received_are_no_visit() -> None:
    codes = [c for c, _s, _t in _cards("Lebanon received the bodies of two soldiers on Tuesday.")]
    assert "043" not in codes


def test_a_guest_received_stays_a_visit() -> None:
    assert _cards("Putin received Modi in Moscow on Monday.") == [
        ("043", "Vladimir Putin", "Narendra Modi")
    ]


def test_a_leader_received_is_no_release() -> None:
    codes = [c for c, _s, _t in _cards("Xi received the Vietnamese leader in Beijing.")]
    assert codes == ["043"]


def _sources(sentence: str) -> list[str | None]:
    return [s for _c, s, _t in _cards(sentence)]


def test_a_cartel_of_a_nationality_is_no_state() -> None:
    sources = _sources("A Colombian drug cartel killed three soldiers near Cali.")
    assert sources
    assert "Colombia" not in sources


def test_a_gang_of_a_nationality_is_no_state() -> None:
    sources = _sources("The Salvadoran gang attacked a village in San Miguel.")
    assert sources
    assert "El Salvador" not in sources


def test_a_national_army_stays_the_state() -> None:
    assert _sources("Colombian troops killed three gunmen near Cali.") == ["Colombia"]


def test_members_of_a_named_gang_are_its_target() -> None:
    cards = _cards("Guatemalan police killed four members of the Barrio 18 gang.")
    assert [t for _c, _s, t in cards] == ["Barrio 18 gang"]


def test_leaders_of_a_named_gang_arrested() -> None:
    cards = _cards("Soldiers arrested three leaders of the Los Choneros gang in Guayaquil.")
    assert [t for _c, _s, t in cards] == ["Los Choneros gang"]


def test_the_north_of_a_country_is_no_member_group() -> None:
    cards = _cards("The army killed two soldiers in the north of Syria.")
    assert [t for _c, _s, t in cards] == [None]


def test_persons_received_from_no_one_named_give_no_card() -> None:
    assert _cards("Lebanon received the bodies of two soldiers on Tuesday.") == []
