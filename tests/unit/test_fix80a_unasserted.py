"""Acts a sentence does not assert, from a fresh user's report (test 80); the sentences are
written for these tests: what a feeling in a cause is about ("driven by anger at the
annexation threats"), a counterfactual relative clause and a required approval (FactBank,
TimeML 1.2.1 §2.3: not asserted; CAMEO 1.1b3 codes acts done)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2026, 3, 10)  # a Tuesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


def with_root(events: list[Event], roots: tuple[str, ...]) -> list[str]:
    return [c for c in codes(events) if c and c.startswith(roots)]


@pytest.mark.parametrize(
    ("sentence", "roots"),
    [
        # a feeling's object in a cause: no occupation, no threat told
        (
            "The Labour Party won Norway's parliamentary election on Sunday, a victory "
            "fuelled by fear of Moscow's annexation threats.",
            ("13", "19"),
        ),
        (
            "Greenland's governing party won Tuesday's vote, completing a campaign shaped by "
            "outrage at Washington's invasion threats and tariffs.",
            ("13", "19"),
        ),
        ("The opposition's annexation threats alarmed officials in Copenhagen on Monday.", ("19",)),
        # a requirement, no approval given
        (
            "The interior ministry spokesman told a news conference that all candidates must "
            "be approved by the election commission.",
            ("05",),
        ),
        (
            "Beijing on Monday rejected the Tibetan leader's statement on his successor. A "
            "foreign ministry spokesman told reporters in Beijing that any successor must be "
            "approved by the central government.",
            ("05",),
        ),
    ],
)
def test_misread_act_gives_no_card_of_that_root(
    extract: Extract, sentence: str, roots: tuple[str, ...]
) -> None:
    assert with_root(extract(sentence), roots) == []


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("Russian forces annexed four regions of Ukraine on Friday.", "19"),
        ("Troops completed the occupation of the town on Monday, officials said.", "19"),
        ("The president threatened on Monday to annex the island.", "13"),
        ("Parliament approved the budget on Monday.", "05"),
        ("The ministry said the deal had been approved by the cabinet on Monday.", "05"),
        ("Lawmakers abolished a term limit on Tuesday.", "08"),
    ],
)
def test_near_miss_keeps_its_root(extract: Extract, sentence: str, root: str) -> None:
    assert with_root(extract(sentence), (root,))


def test_counterfactual_relative_is_not_the_card(extract: Extract) -> None:
    events = extract(
        "The president won a fourth term in Sunday's vote after lawmakers scrapped a term "
        "limit that would have barred him from standing."
    )
    assert with_root(events, ("17",)) == []
    scrapped = [e for e in events if (e.event_code or "").startswith("08")]
    assert scrapped
    assert not {"hypothetical", "planned"} & set(scrapped[0].flags)


def test_main_clause_counterfactual_stays_hypothetical(extract: Extract) -> None:
    events = extract("Parliament would have abolished the term limit if the opposition had agreed.")
    assert [e for e in events if "hypothetical" in e.flags]
