"""An expulsion told as said or decided ("said it would expel 15 diplomats") is a planned
§166, not a threat (CAMEO 1.1b3 §166; §13 is a coercive warning). Sentences written for these
tests; a threat verb, a condition and another §16 act told with "said" stay threats."""

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
        return extractor.extract(parse_article(f"date 2024-05-14\n\n{text}", path="t"))

    return events


@pytest.mark.parametrize(
    "text",
    [
        "Spain said on Monday it would expel 15 Russian diplomats over the spying case.",
        "Lithuania said it would expel the Belarusian ambassador and two attaches.",
        "The Dutch foreign ministry confirmed it would expel two Chinese diplomats.",
    ],
)
def test_said_it_would_expel_is_a_planned_expulsion(read: Read, text: str) -> None:
    (ev,) = read(text)
    assert ev.event_code == "166"
    assert "planned" in ev.flags


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Spain warned it would expel Russian diplomats over the spying case.", "13"),
        ("Spain threatened to expel Russian diplomats if the spying continued.", "13"),
        ("Spain said it would expel Russian diplomats if the spying continued.", "13"),
        ("The EU said it would suspend aid to the junta.", "13"),
        ("Spain expelled 15 Russian diplomats on Monday.", "16"),
    ],
)
def test_warnings_conditions_and_done_acts_keep_their_reading(
    read: Read, text: str, root: str
) -> None:
    (ev,) = read(text)
    assert (ev.event_code or "")[:2] == root
