"""Two acts joined in one sentence (clauses50): a medial adverb before the second verb, a
casualty verb on a day of its own, a comment of the other conflict quad class and
"overnight" read the joined clause apart (``joined_clauses``); its pronoun takes up an
opening speaker ("X said … , and it …"), a passive pronoun is the struck side, and "condemned
it" judges the first act's doer (``joined_sides``); "attacked its troops" places nothing in
the troops' state; an act denied a side and told beside it is one act.

Sentences written for these tests; the last group are near misses that keep their reading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]
MONDAY, TUESDAY, WEDNESDAY = date(2025, 3, 10), date(2025, 3, 11), date(2025, 3, 12)


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {WEDNESDAY}\n{body}", path="t"))


def _code(e: Event) -> str:
    return e.event_code or ""


def _with(events: list[Event], root: str) -> list[Event]:
    return [e for e in events if _code(e).startswith(root)]


def _day(e: Event) -> date | None:
    return e.when.start if e.when.precision == 1 and e.when.start == e.when.end else None


def _country(e: Event) -> str | None:
    return e.location.place.country_code if e.location and e.location.place else None


def _on(events: list[Event], day: date) -> list[Event]:
    return [e for e in events if _day(e) == day]


# 1. the joined clause is read apart: its own act, day and doer


@pytest.mark.parametrize(
    ("sentence", "root", "source"),
    [
        # a medial adverb between the pronoun and its verb
        (
            "BAGHDAD — Turkish jets struck Duhok on Monday, and they then bombed Zakho on Tuesday.",
            "19",
            "Turkey",
        ),
        (
            "DAMASCUS — The army shelled Idlib on Monday; it also bombed Saraqib on Tuesday.",
            "19",
            None,
        ),
        # a casualty verb on a day of its own is no toll of the first act
        (
            "ALEPPO — The militia seized the airport on Monday, and it killed 20 prisoners on "
            "Tuesday.",
            "",
            None,
        ),
    ],
)
def test_the_second_act_keeps_its_own_day(
    read: Read, sentence: str, root: str, source: str | None
) -> None:
    (second,) = _on(read(sentence), TUESDAY)
    assert _code(second).startswith(root or "1")
    assert _code(second)[:2] in {"18", "19", "20"}
    if source is not None:
        assert second.roles.source == source


def test_a_blame_after_a_dated_bombing_is_an_act_of_its_own(read: Read) -> None:
    events = read(
        "BAGHDAD — A car bomb killed nine people in Kirkuk on Sunday, and Iraq's president "
        "blamed the Islamic State."
    )
    (blame,) = _with(events, "112")
    assert (blame.roles.source, blame.roles.target) == ("Iraq", "Islamic State")


def test_a_condemnation_of_it_judges_the_first_acts_doer(read: Read) -> None:
    events = read(
        "TAIPEI — China fired rockets into the strait on Monday, and Taiwan and Japan denounced it."
    )
    (launch,) = _with(events, "15")
    (comment,) = _with(events, "11")
    assert launch.roles.target is None  # the denouncers are no target of the launch
    assert comment.roles.target == "China"
    assert comment.roles.source in {"Taiwan", "Japan"}


# 2. which side the joined clause's pronoun stands for


def test_it_after_an_opening_speaker_is_the_speaker(read: Read) -> None:
    events = read(
        "BEIRUT — Israel said Hezbollah fired rockets at Haifa on Monday, and it struck 30 "
        "targets in Lebanon overnight."
    )
    (rockets,) = _on(events, MONDAY)
    (strikes,) = [e for e in events if e is not rockets]
    assert rockets.roles.source == "Hezbollah"
    assert strikes.roles.source == "Israel"


def test_a_passive_pronoun_is_the_struck_side(read: Read) -> None:
    events = read(
        "GAZA — Israel bombed Rafah on Monday, and it was hit by Iranian missiles on Tuesday."
    )
    (hit,) = _on(events, TUESDAY)
    assert (hit.roles.source, hit.roles.target) == ("Iran", "Israel")
    assert _country(hit) != "IR"  # the missiles' maker is not where they fell


def test_its_troops_are_no_place(read: Read) -> None:
    (attack,) = read("BEIRUT — Egypt said on Monday that Sudanese fighters attacked its soldiers.")
    assert attack.roles.target == "Egypt"
    assert _country(attack) != "EG"


def test_an_act_denied_a_side_and_told_beside_it_is_one_act(read: Read) -> None:
    events = read(
        "JUBA — Ugandan troops did not take part in the fighting, but South Sudanese soldiers "
        "clashed with rebels on Tuesday."
    )
    (fight,) = _with(events, "19")
    assert _day(fight) == TUESDAY


# 3. near misses: one act, or the reading main already gave


def test_a_plural_speaker_is_no_it(read: Read) -> None:
    events = read(
        "KYIV — Officials said Russia shelled Kherson on Monday, and it hit a school in "
        "Mykolaiv on Tuesday."
    )
    (hit,) = _on(events, TUESDAY)
    assert hit.roles.source == "Russia"


def test_a_weapon_does_not_vow(read: Read) -> None:
    events = read(
        "DAMASCUS — A Turkish drone killed two fighters in Qamishli on Monday, and it promised "
        "retaliation on Tuesday."
    )
    assert all(e.roles.source != "Turkey" for e in _on(events, TUESDAY))


def test_an_undated_toll_stays_the_first_acts(read: Read) -> None:
    events = read("BAGHDAD — Turkish jets struck Duhok on Monday, and they killed five people.")
    assert len(events) == 1


def test_force_answering_a_protest_keeps_the_protests_day(read: Read) -> None:
    events = read(
        "AMMAN — Crowds protested outside the embassy on Monday, and police fired tear gas."
    )
    assert [_day(e) for e in _with(events, "17")] == [MONDAY]
