"""A new user's classes of coding and actor faults, redone with general rules (stop 46).

Sentences composed for these tests. Codes: a strait or sea lane closed to ships (§191, and
§1381 threatened), energy supplies cut (§163, §1312 threatened), missiles and shells told by
where they landed (§195, §194), a denied intimidation (no event), conditional threats made
when told (not planned), interceptors scrambled with an intercept denied (§152), forces
described by where they are posted (no §154), patients admitted to hospital (no §015), an aid
body's warning (§012), an agreement signed in a joined clause (§057), a vow of force after a
refusal (§1384 beside the §12), suicide bombings (§1831), a nuclear strike (§2042, §1385).
Roles: quoted "we"/"our" is the speaker's side, "held by X" names the holder, "son of X" no
side, a second "that" clause has its own subject, "called on X" makes X the target, and the
reporter's own ("fired on its troops") is the target.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)

    def events(sentence: str) -> list[Event]:
        return extractor.extract(parse_article(f"date 2024-03-14\n{sentence}", path="t"))

    return events


def _codes(events: list[Event]) -> list[str]:
    return [e.event_code or "" for e in events if "negated" not in e.flags]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Iran closed the Strait of Hormuz to shipping on Monday.", "191"),
        ("The rebels shut the Bab el-Mandeb strait to commercial vessels on Tuesday.", "191"),
        ("Iran threatened to close the Strait of Hormuz to shipping.", "1381"),
        ("The Houthis threatened to block the Red Sea to Israeli ships.", "1381"),
        ("Russia cut gas supplies to Bulgaria on Wednesday.", "163"),
        ("Russia threatened to cut gas supplies to Moldova.", "1312"),
        ("Several rockets landed near the town of Kiryat Shmona on Monday.", "195"),
        ("Mortar rounds landed near the village of Shebaa on Monday.", "194"),
        ("Aid agencies warned that the offensive would trigger a humanitarian catastrophe.", "012"),
        ("A suicide bombing targeted a police convoy in Peshawar on Tuesday.", "1831"),
        ("A suicide bombing killed five soldiers and wounded 12 in Mali on Sunday.", "1831"),
        ("Two suicide bombers attacked a church in Makassar on Sunday.", "1831"),
        ("North Korea will launch a nuclear strike if it is provoked, state media said.", "1385"),
        ("Japan scrambled fighter jets on Tuesday after Chinese bombers approached.", "152"),
    ],
)
def test_the_code_comes_from_the_manuals_definition(read: Read, sentence: str, code: str) -> None:
    assert _codes(read(sentence))[:1] == [code]


@pytest.mark.parametrize(
    "sentence",
    [
        "The government said it was not intimidated by the threats.",
        "Taiwan said on Monday it would not be intimidated by Chinese military drills.",
        "Hospitals admitted 40 patients after the storm on Monday.",
        "Dozens of wounded were admitted to hospitals in Gaza on Tuesday.",
        "The president refused to resign, vowing to fight the charges in court.",
    ],
)
def test_no_event_is_read_where_none_was_done(read: Read, sentence: str) -> None:
    codes = _codes(read(sentence))
    assert not codes or not any(c.startswith(("015", "13", "15", "17", "19")) for c in codes)


def test_a_conditional_threat_is_made_when_told_not_planned(read: Read) -> None:
    (ev,) = read("Israel will strike Iran's nuclear sites if Tehran enriches uranium further.")
    assert ev.event_code == "1384"
    assert "planned" not in ev.flags


def test_an_intercept_denied_is_negated(read: Read) -> None:
    (ev,) = read("The jets did not intercept the drone.")
    assert "negated" in ev.flags


def test_forces_described_by_their_post_are_not_deployed_today(read: Read) -> None:
    events = read("American soldiers stationed in Syria came under rocket fire on Tuesday.")
    assert _codes(events) == ["194"]
    assert events[0].roles.target_country == "US"
    (ev,) = read("Troops stationed in Niger were attacked by gunmen on Monday.")
    assert ev.roles.source_country is None  # where forces are posted is no side


def test_an_agreement_signed_after_a_comma_and_is_its_own_event(read: Read) -> None:
    codes = _codes(
        read("The ministers met in Cairo, and the two countries signed a border accord.")
    )
    assert "057" in codes


def test_a_vow_of_force_after_a_refusal_is_a_threat_of_the_refuser(read: Read) -> None:
    events = read("The rebels refused to surrender, vowing to attack the capital.")
    assert [e.event_code for e in events] == ["1246", "1384"]
    assert events[1].roles.source == events[0].roles.source
    assert "planned" not in events[1].flags


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ('"We have shot down two drones," Israel\'s army said on Monday.', "IL", None),
        ('"Our forces struck the depot," a Russian defence ministry spokesman said.', "RU", None),
        ("Ukrainian troops attacked positions held by Russian forces near Robotyne.", "UA", "RU"),
        ("Egypt called on Israel to halt its offensive in Rafah.", "EG", "IL"),
        ("Germany called on Iran to release the detained journalists.", "DE", "IR"),
        ("Israel said Hezbollah had fired on its troops near the border on Sunday.", "LB", "IL"),
        ("The Indian army said Pakistani troops had fired on its posts in Kashmir.", "PK", "IN"),
    ],
)
def test_roles(read: Read, sentence: str, source: str | None, target: str | None) -> None:
    ev = read(sentence)[0]
    assert (ev.roles.source_country, ev.roles.target_country) == (source, target)


def test_the_holder_releases_and_its_place_is_no_side(read: Read) -> None:
    (ev,) = read("An American journalist held by the Taliban since January was released on Monday.")
    assert ev.roles.source == "Taliban"
    assert ev.roles.target is None
    (ev,) = read("Two aid workers held by gunmen in Mali were freed on Tuesday.")
    assert ev.roles.source is None
    assert _codes(read("The town, held by Russian forces since March, was shelled.")) == ["194"]


def test_kin_names_no_side(read: Read) -> None:
    (ev,) = read("Police arrested the son of President Museveni on Monday.")
    assert ev.roles.target is None
    (ev,) = read("The son of the former Iraqi leader was detained in Amman.")
    assert ev.roles.target_country is None


def test_a_second_that_clause_has_its_own_subject(read: Read) -> None:
    ev = read(
        "The ministry said that Russian troops had shelled Kharkiv and that Ukrainian forces"
        " had struck a depot in Crimea."
    )[0]
    assert (ev.roles.source_country, ev.roles.target_country) == ("RU", None)
