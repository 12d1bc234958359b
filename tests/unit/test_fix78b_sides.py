"""Confident wrong sides and places (newuser78): a private person's nationality is no state;
a court's act is at its court; an office's holder in apposition; US federal agencies and
"the city"; an apposed speaker reports; an objector is no side. Every sentence here was
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.events.non_parties import objector
from dashboard.events.private_nationals import private_person_after
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article("date 2024-03-08\n\n" + body, path="t"))


def _sides(events: list[Event]) -> list[tuple[str | None, str | None]]:
    return [(e.roles.source, e.roles.target) for e in events]


# -- one private person named by nationality is neither source nor target (CAMEO 1.1b3)


@pytest.mark.parametrize(
    ("text", "demonym"),
    [
        ("A 31-year-old Iraqi man drove a van into shoppers at a market in Hamburg.", "Iraq"),
        (
            "A 19-year-old Tunisian migrant stabbed two passers-by at a tram stop in Lyon.",
            "Tunisia",
        ),
        ("An Eritrean asylum seeker stabbed a guard at a shelter in Bern on Monday.", "Eritrea"),
        ("A Moroccan man was arrested in Utrecht on Thursday over a stabbing.", "Morocco"),
    ],
)
def test_private_persons_nationality_is_no_side(extract: Extract, text: str, demonym: str) -> None:
    events = extract(text)
    assert events, text
    assert all(demonym not in (s, t) for s, t in _sides(events)), _sides(events)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a state's forces, a state's official and a plural group keep their state
        ("Iraqi forces shelled a village near the border on Thursday.", "Iraq"),
        ("Russian troops attacked the town of Pokrovsk on Thursday.", "Russia"),
        ("France on Friday accused Algeria of backing armed groups in the Sahel.", "Algeria"),
        # a victim's people after the act still place and take the force (lead61)
        ("Israeli soldiers beat a Palestinian man on Monday.", "Palestinian Territory"),
    ],
)
def test_states_and_their_forces_stay_sides(extract: Extract, text: str, side: str) -> None:
    assert any(side in (s, t) for s, t in _sides(extract(text))), _sides(extract(text))


def test_private_person_after_reads_the_article_and_the_noun() -> None:
    t = "an Iraqi official said"
    assert not private_person_after(t, 3, 8)
    t = "the Afghan man said"
    assert not private_person_after(t, 4, 10)
    t = "a 40-year-old Afghan driver"
    assert private_person_after(t, 14, 20)


# -- a court's act is where the court named by its town sits, not at the crime (ACLED)


def _place(e: Event) -> str | None:
    return e.location.place.name if e.location and e.location.place else None


@pytest.mark.parametrize(
    ("text", "court_town"),
    [
        (
            "A judge at Manchester Crown Court sentenced Tom Hale on Friday to life in prison "
            "for the murder of a teenager in Bolton last May.",
            "Manchester",
        ),
        (
            "Tom Hale was jailed for life at Leeds Crown Court on Friday for killing a "
            "shopkeeper in Bradford.",
            "Leeds",
        ),
        (
            "A judge at Cardiff Crown Court jailed Mark Lowe for 20 years on Friday over an "
            "arson attack in Swansea.",
            "Cardiff",
        ),
    ],
)
def test_court_act_is_at_the_courts_town(extract: Extract, text: str, court_town: str) -> None:
    events = extract(text)
    assert [_place(e) for e in events] == [court_town], [(_place(e), e.summary) for e in events]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a court named without a town, and a court's town that is no court's: unchanged
        (
            "A court sentenced Tom Hale on Friday to life in prison for the murder of a "
            "teenager in Bolton.",
            "Bolton",
        ),
        ("Police arrested Tom Hale in Bradford on Friday after a stabbing.", "Bradford"),
    ],
)
def test_court_seat_near_misses(extract: Extract, text: str, place: str) -> None:
    assert [_place(e) for e in extract(text)] == [place]


# -- an office named first and its holder in the apposition: the holder acts (Quirk 17.65)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sonora's governor, Alfonso Durazo, declared three days of mourning on Friday.",
            "Alfonso Durazo",
        ),
        (
            "The governor of Kherson region, Oleksandr Prokudin, declared a day of mourning "
            "on Friday.",
            "Oleksandr Prokudin",
        ),
        (
            "The mayor of Tepic, Ana Ruiz, declared a day of mourning on Friday.",
            "Ana Ruiz",
        ),
    ],
)
def test_holder_apposed_after_the_office_is_the_source(
    extract: Extract, text: str, name: str
) -> None:
    assert [e.roles.source for e in extract(text)] == [name]


def test_office_first_near_misses(extract: Extract) -> None:
    # a name in a list after a comma, and a relative clause after the office: no apposition
    events = extract("The governor, who was elected in May, declared a day of mourning.")
    assert all(e.roles.source is None for e in events)
    events = extract("Ana Ruiz, the mayor of Tepic, declared a day of mourning on Friday.")
    assert [e.roles.source for e in events] == ["Ana Ruiz"]


# -- US federal agencies are sides (bodies.csv); "the city" is the dateline city (M6)


def _dated(body: str) -> list[Event]:
    return EventExtractor(Geoparser()).extract(parse_article(body, path="t"))


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            " date 2024-03-08 CHICAGO (Reuters) — Agents from the Drug Enforcement "
            "Administration arrested 12 people in raids across the city on Thursday.",
            "Drug Enforcement Administration",
        ),
        (
            " date 2024-03-08 DENVER (Reuters) — Immigration and Customs Enforcement "
            "officers detained 30 people in sweeps throughout the city on Thursday.",
            "Immigration and Customs Enforcement",
        ),
    ],
)
def test_federal_agency_is_source_and_the_city_is_the_dateline(text: str, agency: str) -> None:
    events = _dated(text)
    assert [(e.roles.source, _place(e)) for e in events] == [(agency, text.split()[2].title())]


def test_the_city_after_another_town_is_not_the_dateline() -> None:
    events = _dated(
        " date 2024-03-08 KYIV (Reuters) — Russian missiles hit Kharkiv on Thursday. Police "
        "arrested two looters in raids across the city on Thursday."
    )
    assert [_place(e) for e in events] == ["Kharkiv", "Kharkiv"]


# -- a speaker opening the sentence with an apposition reports the act, no side of it


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's interior minister, Amina Mohamed, said today that bandits have killed seven "
        "people near the town of Garissa.",
        "Amina Mohamed, the interior minister of Kenya, said today that bandits have killed "
        "seven people near the town of Garissa.",
    ],
)
def test_apposed_speaker_is_no_side_of_what_she_reports(extract: Extract, text: str) -> None:
    events = extract(text)
    assert events
    assert all(e.roles.source is None for e in events), _sides(events)


def test_apposed_speaker_pointing_back_keeps_her_side(extract: Extract) -> None:
    # near miss: "its" points back to the speaker, whose own forces acted
    events = extract(
        "Ukraine's defence minister, Rustem Umerov, said on Friday that its drones struck "
        "an oil depot in Bryansk."
    )
    assert events
    assert events[0].roles.source is not None


# -- who objected to an act is neither its source nor its target (H11)


@pytest.mark.parametrize(
    "text",
    [
        "President Andres Lopez sent 500 soldiers to Culiacan over the objections of Governor "
        "Ana Ruiz on Friday.",
        "The army deployed tanks in Culiacan on Friday despite objections from Governor Ana Ruiz.",
    ],
)
def test_objector_is_no_side(extract: Extract, text: str) -> None:
    events = extract(text)
    assert events
    assert all("Ana Ruiz" not in (s, t) for s, t in _sides(events)), _sides(events)


def test_requester_is_not_an_objector() -> None:
    t = "sent troops at the request of Governor Ana Ruiz"
    assert not objector(t, t.index("Ana"))
