"""newuser90's classes of lost or misread event readings, in our own sentences: a noun before
an object's head, aid that waits, a hedge after "also said", a voiced act set in contrast by
"while", an object predicative before "and", revoked citizenship, doses shipped, and a denial
of incitement."""

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


def test_a_law_named_by_an_amnesty_is_no_release(read: Read) -> None:
    codes = _codes(read("The senate voted on Tuesday to scrap the amnesty law of 1993."))
    assert "0841" not in codes


def test_an_amnesty_declared_is_still_a_release(read: Read) -> None:
    assert "0841" in _codes(read("The president declared an amnesty for 300 rebels on Monday."))


def test_aid_that_waits_to_enter_is_not_given(read: Read) -> None:
    text = "Relief lorries have been queuing for days to cross into the province, UNICEF said."
    assert not any(c.startswith("07") for c in _codes(read(text)))


def test_aid_that_entered_is_given(read: Read) -> None:
    codes = _codes(read("Relief lorries entered the province on Monday, UNICEF said."))
    assert any(c.startswith("07") for c in codes)


def test_a_hedge_after_also_said_and_a_long_subject_stands(read: Read) -> None:
    text = (
        "Estonia also said a Russian transport plane may have entered its airspace near "
        "Vaindloo on Saturday."
    )
    events = read(text)
    assert events
    assert all("hypothetical" in e.flags for e in events)


def test_an_unhedged_report_after_also_said_is_shown(read: Read) -> None:
    text = "Estonia also said a Russian transport plane entered its airspace on Saturday."
    assert _shown(read(text))


def test_a_deontic_should_after_a_long_subject_is_no_demand(read: Read) -> None:
    text = "The mayor noted the repair work on the bridge should begin in May."
    assert not any(c.startswith("10") for c in _codes(read(text)))


def test_a_voiced_act_after_while_is_a_card_of_its_own(read: Read) -> None:
    text = (
        "The mayor thanked the fire brigade on Tuesday, while the teachers' union demanded "
        "an inquiry into the blaze."
    )
    codes = _codes(read(text))
    assert any(c.startswith("10") for c in codes)
    assert any(c.startswith("05") for c in codes)


def test_a_material_act_after_while_stays_with_the_sentence(read: Read) -> None:
    # the whole sentence reads both, each on the first clause's day
    events = read("Police fired tear gas on Tuesday, while students threw stones at them.")
    assert [e.date_start for e in events] == [events[0].date_start] * len(events)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            'The junta rejected the report as "fiction" and threatened to expel the Dutch envoy.',
            "13",
        ),
        ("The junta rejected the report as fiction and threatened to expel the Dutch envoy.", "13"),
        ('The governor called the walkout "illegal" and refused to meet the nurses.', "12"),
    ],
)  # fmt: skip
def test_an_object_predicative_keeps_the_second_act(read: Read, text: str, second: str) -> None:
    assert second in [c[:2] for c in _codes(read(text))]


def test_a_clause_after_as_keeps_its_own_reading(read: Read) -> None:
    # "as police fired" opens a clause: the arrest is no conjunct of the gathering
    codes = _codes(read("Students gathered in the square as police fired and arrested ten."))
    assert codes.count("141") <= 1


@pytest.mark.parametrize(
    "text",
    [
        "Bahrain's interior ministry revoked the nationality of 300 activists on Tuesday.",
        "The government stripped 40 dissidents of their citizenship on Monday.",
    ],
)
def test_revoked_citizenship_is_an_administrative_sanction(read: Read, text: str) -> None:
    assert "172" in _codes(read(text))


def test_doses_shipped_under_a_long_vaccine_name_are_aid(read: Read) -> None:
    text = "UNICEF said it had shipped 300,000 doses of oral polio vaccine to Juba."
    assert "070" in _codes(read(text))


def test_a_denial_of_incitement_is_a_denial(read: Read) -> None:
    events = read("Opposition leader Anna Moyo on Thursday denied inciting the riots.")
    assert _shown(events) == ["016"]
