"""cameo50a: another party's forecast is the speaker's comment (§012), a side's own reprisal
its threat (§130); captives freed by troops from their holder are force against the holder
(§190, the holder its target), a release by captors has them as its source; acts held open by
a negated "rule out"; an exercise announced is §150 to come; arson by a gang with its leader
named; "teargassed". Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Callable[[str, str], list[Event]]:
    extractor = EventExtractor(geoparser)
    return lambda dateline, body: extractor.extract(
        parse_article(f"date 2026-06-17\n\n{dateline} — {body}", path="t")
    )


@pytest.fixture(scope="module")
def extract(read: Callable[[str, str], list[Event]]) -> Extract:
    return lambda body: read("SKOPJE", body)


def _codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


# --- 1. a forecast of another party's act ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin said on Tuesday that Ukraine will attack the Kursk region.",
        "Erdogan said Greece would attack Turkish fishing boats.",
        "Serbian officials predicted that Kosovo will attack the bridge in Mitrovica.",
        "Sudan's army warned that the RSF will attack Kassala.",
        "Putin said Ukraine will retaliate against Belarus.",
    ],
)
def test_a_speaker_foretelling_anothers_force_comments(extract: Extract, sentence: str) -> None:
    events = extract(sentence)
    assert _codes(events) == ["012"]
    assert all("planned" not in e.flags for e in events)


def test_the_foretold_side_is_what_the_comment_is_about(extract: Extract) -> None:
    events = extract("Putin said on Tuesday that Ukraine will attack the Kursk region.")
    assert [(e.roles.source, e.roles.target) for e in events] == [("Vladimir Putin", "Ukraine")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Erdogan said Turkey will attack the militants in northern Iraq.",
        "Putin said Russian troops will attack Kharkiv.",
    ],
)
def test_a_speaker_for_the_same_state_threatens(extract: Extract, sentence: str) -> None:
    assert [c[:2] for c in _codes(extract(sentence))] == ["13"]


def test_a_sides_own_reprisal_is_its_threat(extract: Extract) -> None:
    events = extract("Putin said Russia will retaliate against Britain.")
    assert _codes(events) == ["130"]
    assert [(e.roles.source, e.roles.target) for e in events] == [("Russia", "United Kingdom")]


def test_a_past_retaliation_is_no_threat(extract: Extract) -> None:
    assert "130" not in _codes(extract("Russia retaliated against Britain on Monday."))


def test_a_threat_told_from_the_targets_side_stays_one(extract: Extract) -> None:
    assert [c[:2] for c in _codes(extract("Putin said Ukraine would face consequences."))] == ["13"]


# --- 2. rescues and releases -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("Abducted villagers were rescued by Nigerian troops from ISWAP in Borno.", "ISWAP"),
        ("Abducted villagers were freed by Nigerian troops from ISWAP in Borno.", "ISWAP"),
        ("Kenyan police freed 12 hostages from al-Shabaab militants near Mandera.", "al-Shabaab"),
        ("Nigerien soldiers rescued nine hostages from gunmen near Tillaberi.", "gunmen"),
        ("Malian troops released four hostages from JNIM captivity near Gao.", "JNIM"),
    ],
)
def test_captives_taken_back_target_their_holder(
    read: Callable[[str, str], list[Event]], sentence: str, holder: str
) -> None:
    events = read("ABUJA", sentence)
    assert _codes(events) == ["190"]
    assert [e.roles.target for e in events] == [holder]


def test_a_participle_after_the_dateline_is_no_verb(
    read: Callable[[str, str], list[Event]],
) -> None:
    events = read("KANO", "Kidnapped traders were freed by soldiers on Sunday.")
    assert "181" not in _codes(events)


def test_captors_who_release_are_the_source(extract: Extract) -> None:
    events = extract("Two engineers were released by their Houthi captors on Sunday.")
    assert _codes(events) == ["0841"]
    assert [e.roles.source for e in events] == ["Houthi"]


def test_a_rescue_from_floodwaters_names_no_holder(extract: Extract) -> None:
    events = extract("Troops rescued 20 villagers from the floodwaters near Kumanovo.")
    assert all((e.event_code or "")[:2] != "19" for e in events)


# --- 3. acts held open ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Scholz did not rule out that German troops could be sent to Lithuania.",
        "Scholz has not ruled out sending troops to Lithuania.",
    ],
)
def test_an_act_not_ruled_out_is_possible(extract: Extract, sentence: str) -> None:
    events = extract(sentence)
    assert [c[:2] for c in _codes(events)] == ["15"]
    assert all("hypothetical" in e.flags and "negated" not in e.flags for e in events)


def test_sanctions_not_ruled_out_are_threatened_now(extract: Extract) -> None:
    events = extract("Canada would not rule out sanctions against Belarus, officials said.")
    assert [c[:2] for c in _codes(events)] == ["13"]
    assert all("planned" not in e.flags for e in events)


# --- 4. codes ------------------------------------------------------------------------------


def test_an_exercise_announced_is_a_posture_to_come(extract: Extract) -> None:
    events = extract("Russia will hold naval drills in the Baltic Sea next month.")
    assert _codes(events) == ["150"]
    assert all("planned" in e.flags for e in events)


def test_an_exercise_under_a_condition_stays_a_threat(extract: Extract) -> None:
    events = extract("Russia will hold naval drills in the Baltic unless NATO withdraws its ships.")
    assert [c[:2] for c in _codes(events)] == ["13"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gang members led by Johnson Andre set fire to a church in Carrefour on Friday.",
        "Gang members set fire to a church in Carrefour on Friday.",
    ],
)
def test_gang_arson_is_destruction_by_the_gang(
    read: Callable[[str, str], list[Event]], sentence: str
) -> None:
    events = read("PORT-AU-PRINCE, Haiti (AP)", sentence)
    assert _codes(events) == ["1712"]
    assert [e.roles.source for e in events] == ["gang members"]


def test_teargassed_is_repression(extract: Extract) -> None:
    assert _codes(extract("Police teargassed mourners in Kisumu on Tuesday.")) == ["175"]
