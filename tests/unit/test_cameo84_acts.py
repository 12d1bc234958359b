"""newuser88's and the lead's classes of lost or wrong event readings, in our own sentences:
an act of dissent an "after" clause tells, a passive conjunct after a refusal, a signing of
"it", the harm a blame names, two times of one act, one side's telling of a fight just told,
an act one stopped short of, and flights suspended by no one."""

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
    return lambda body: extractor.extract(parse_article(f"date 2025-11-05\n{body}", path="t"))


def _codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


def _shown(events: list[Event]) -> list[str]:
    """Codes of the cards shown by default (neither negated nor hypothetical)."""
    unreal = {"negated", "hypothetical"}
    return [e.event_code or e.event_type.code for e in events if not unreal & set(e.flags)]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Ghana recalled its envoy on Tuesday after accusing Togo of arming separatists.", "11"),
        (
            "The government suspended the governor of Sinoe on Friday after residents "
            "blocked the highway to the port.",
            "14",
        ),
        (
            "Police detained the opposition leader on Monday, hours after he rejected the "
            "official count of the vote.",
            "12",
        ),
        ("The tribunal sentenced four editors on Thursday after a hearing that their "
         "lawyers boycotted.", "14"),
    ],
)  # fmt: skip
def test_the_dissent_an_after_clause_tells_is_carded(read: Read, text: str, root: str) -> None:
    events = read(text)
    assert len(events) == 2
    assert events[1].event_type.code == root


def test_an_accusing_gerund_takes_the_main_subject_and_the_capital_accused(read: Read) -> None:
    events = read("Togo recalled its envoy on Tuesday after accusing Accra of arming rebels.")
    accusation = next(e for e in events if e.event_type.code == "11")
    assert (accusation.roles.source_country, accusation.roles.target_country) == ("TG", "GH")


@pytest.mark.parametrize(
    "text",
    [
        # a passive accusation names no accuser
        "A nurse was arrested on Monday after she was accused of stealing medicines.",
        # a noun, not the clause's own verb
        "Ghana recalled its envoy on Tuesday after protests in Accra.",
        # no day of the main act to count back from
        "Ghana has recalled its envoy after accusing Togo of arming separatists.",
    ],
)
def test_near_miss_an_after_clause_with_no_act_of_its_own(read: Read, text: str) -> None:
    assert len(read(text)) <= 1


def test_a_passive_conjunct_after_a_refusal_is_an_act_of_its_own(read: Read) -> None:
    text = "The dissident refused to go into exile on Friday and was taken back to prison."
    assert "173" in _codes(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers took blankets to the prison on Friday.",
        "The minister refused to resign on Friday and was later seen in parliament.",
    ],
)
def test_near_miss_no_detention_without_the_institution(read: Read, text: str) -> None:
    assert "173" not in _codes(read(text))


def test_a_signing_of_it_takes_the_agreement_told_before(read: Read) -> None:
    text = (
        "The senate of Lesotho ratified the water treaty on Tuesday. The two prime "
        "ministers signed it in Maseru in August."
    )
    assert _codes(read(text)) == ["057", "057"]


def test_near_miss_a_bill_signed_into_law_is_no_agreement(read: Read) -> None:
    text = "Parliament passed the budget on Tuesday. The president signed it into law."
    assert "057" not in _codes(read(text))


def test_the_harm_a_blame_names_is_carded_without_a_doer(read: Read) -> None:
    text = (
        "A rival gang was blamed for the killing of five farmers whose bodies were found "
        "near the village of El Sauzal on Sunday."
    )
    events = read(text)
    harm = next(e for e in events if e.event_type.code == "18")
    assert harm.roles.source is None
    assert harm.when.start.isoformat() == "2025-10-27"
    assert harm.when.end.isoformat() == "2025-11-02"


@pytest.mark.parametrize(
    "text",
    [
        "A rival gang was blamed for the killing of five farmers.",  # no day of its own
        "The mayor blamed the storm for the collapse of the bridge on Sunday.",
    ],
)
def test_near_miss_a_blame_with_no_dated_harm(read: Read, text: str) -> None:
    assert not any(e.event_type.code in ("18", "19", "20") for e in read(text))


def test_two_times_of_one_act_give_two_cards(read: Read) -> None:
    text = "The disputed valley saw clashes in May 2020 and October 2023 that killed dozens."
    assert [e.when.start.isoformat() for e in read(text)] == ["2020-05-01", "2023-10-01"]


def test_near_miss_two_days_that_meet_are_one_stretch(read: Read) -> None:
    assert len(read("Rebels attacked the town of Beni on Monday and Tuesday.")) == 1


def test_one_sides_telling_of_a_fight_just_told_is_its_evidence(read: Read) -> None:
    text = (
        "Afghan and Pakistani forces traded fire at the Torkham crossing on Sunday. A "
        "Pakistani official said Afghan guards fired on a border post near the crossing."
    )
    events = read(text)
    assert _codes(events) == ["193"]
    assert len(events[0].evidence) == 2


@pytest.mark.parametrize(
    "second",
    [
        "A Pakistani official said Afghan guards also fired on a border post.",
        "A Pakistani official said Afghan guards fired on a border post on Saturday.",
        "Indian troops fired on a post in Kashmir.",
    ],
)
def test_near_miss_another_act_or_another_side_stays_apart(read: Read, second: str) -> None:
    text = f"Afghan and Pakistani forces traded fire at the Torkham crossing on Sunday. {second}"
    assert len(read(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Riot police stopped short of arresting the march organisers on Wednesday.",
        "Police stopped short of detaining the strike leaders in Mombasa.",
    ],
)
def test_an_act_one_stopped_short_of_is_not_shown(read: Read, text: str) -> None:
    assert _shown(read(text)) == []


def test_near_miss_a_protest_stopped_is_still_an_act(read: Read) -> None:
    assert _shown(read("Riot police stopped the march in Mombasa on Wednesday.")) != []


@pytest.mark.parametrize(
    "text",
    [
        "Flights were suspended at Entebbe airport on Wednesday.",
        "Flights out of Goma were suspended on Monday.",
    ],
)
def test_runs_suspended_by_no_one_are_no_sanction(read: Read, text: str) -> None:
    assert "172" not in _codes(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Flights to Kigali were suspended by the government on Monday.",
        "The newspaper was suspended on Monday.",
    ],
)
def test_near_miss_a_suspension_with_its_agent_or_no_run_stays(read: Read, text: str) -> None:
    assert "172" in _codes(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "The hearing dates are April 3 and April 19.",
        "Allied jets helped end the siege of Bihac two years ago and now stand ready to strike "
        "again.",
    ],
)
def test_near_miss_two_times_that_are_no_adjuncts_of_one_act(read: Read, text: str) -> None:
    assert len(read(text)) <= 1


def test_near_miss_a_passive_conjunct_that_is_no_act_done_to_the_subject(read: Read) -> None:
    text = "The patrol was sent to the ranch on Friday and was met by gunmen firing rifles."
    assert len(read(text)) == 1  # no second card for "was met"
