"""An inverted conditional ("Should the court reject…,", "Had the talks failed,", "Were the
truce to collapse,") is a condition as an "if" clause is (Quirk et al. 1985 §15.36): its
consequence is the sentence's main act, read as the "if" order reads it, and the act inside
the condition is not asserted (ACE 2005 modality Other). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date 2024-06-04\n{body}", path="t"))


def _one(events: list[Event]) -> Event:
    (ev,) = events
    return ev


@pytest.mark.parametrize(
    ("body", "root"),
    [
        # a counterfactual: what would have happened did not
        ("Had the peace talks failed, the rebels would have attacked Goma.", "19"),
        # an open condition on an act that is no promise or threat
        ("Should the tribunal reject the ruling, the union will appeal to the high court.", "02"),
    ],
)
def test_the_consequence_leads_and_is_not_asserted(extract, body: str, root: str) -> None:  # type: ignore[no-untyped-def]
    ev = _one(extract(body))
    assert ev.event_type.code == root
    assert "hypothetical" in ev.flags


def test_an_inverted_condition_reads_as_its_if_order(extract) -> None:  # type: ignore[no-untyped-def]
    # a conflict act stated under a condition is the stated threat (CAMEO 1.1b3 §13), in
    # either order
    inverted = _one(extract("Should talks fail, Turkey will launch an offensive in Syria."))
    plain = _one(extract("Turkey will launch an offensive in Syria if talks fail."))
    assert inverted.event_code == plain.event_code == "1384"
    assert inverted.flags == plain.flags


@pytest.mark.parametrize(
    ("body", "code"),
    [
        # near misses: a question has no consequence; "had" after "and" is a verb of its own
        ("Should Europe rearm? Leaders met in Brussels on Monday.", "044"),
        ("Police arrested the driver and had the truck towed, officials said.", "173"),
    ],
)
def test_no_inverted_condition_stays(extract, body: str, code: str) -> None:  # type: ignore[no-untyped-def]
    ev = _one(extract(body))
    assert ev.event_code == code
    assert "hypothetical" not in ev.flags
