"""Forces that rescue or free captives from their holder use force against it (§19); they
neither give aid (§073) nor release people they held (§0841) (newuser49b: "Nigerian troops
rescued 30 hostages from Boko Haram" gave no card, "…freed 30 hostages from bandits" a
release by Nigeria). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
HEAD = "date 2026-06-17\nNIAMEY — "


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(HEAD + body, path="t"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Nigerien troops rescued 12 hostages from jihadists near Tillaberi on Tuesday.",
        "Nigerien soldiers freed 12 hostages from their kidnappers near Tillaberi on Tuesday.",
    ],
)
def test_forces_taking_captives_back_use_force(extract: Extract, sentence: str) -> None:
    assert [e.event_code for e in extract(sentence)] == ["190"]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # the holder lets them go: a release
        ("Jihadists freed 12 hostages near Tillaberi on Tuesday after a ransom was paid.", "0841"),
        # no holder named: the army's own release, as before
        ("The army freed the hostages in an operation on Tuesday.", "0841"),
    ],
)
def test_a_release_stays_a_release(extract: Extract, sentence: str, code: str) -> None:
    assert [e.event_code for e in extract(sentence)] == [code]


def test_a_rescue_only_ordered_is_no_event(extract: Extract) -> None:
    events = extract(
        "The president ordered the army to rescue the hostages and said he would not pay a ransom."
    )
    assert all((e.event_code or "")[:2] != "19" for e in events)
