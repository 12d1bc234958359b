"""An act a speaker calls "a setback" or "a step backwards" is criticised (CAMEO 1.1b3 §111)
by the caller, who is not the act's doer. Sentences written for these tests; the act told
plainly, and a disaster called a setback, keep their reading."""

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

    def events(text: str) -> list[Event]:
        return extractor.extract(parse_article(f"date 2024-03-20\n\n{text}", path="t"))

    return events


@pytest.mark.parametrize(
    ("text", "critic"),
    [
        (
            "The French foreign ministry called Tuesday's arrest of the opposition leader "
            "a serious setback for democracy in Georgia.",
            "France",
        ),
        ("The EU called the arrest of the journalist a major setback for press freedom.", "EU"),
        ("Canada described the ban on the party as a step backwards for the country.", "Canada"),
    ],
)
def test_an_act_called_a_setback_is_criticised_by_the_caller(
    read: Read, text: str, critic: str
) -> None:
    (ev,) = read(text)
    assert ev.event_code == "111"
    assert ev.roles.source == critic


def test_the_act_told_plainly_stays_the_act(read: Read) -> None:
    (ev,) = read("Police arrested the opposition leader in Tbilisi on Tuesday.")
    assert ev.event_code == "173"


def test_a_slight_setback_is_no_criticism(read: Read) -> None:
    assert [
        e.event_code for e in read("The founder called the decision a temporary setback.")
    ] == []


def test_a_disaster_called_a_setback_is_no_criticism(read: Read) -> None:
    assert [
        e.event_code for e in read("The minister called the floods a setback for the harvest.")
    ] == []
