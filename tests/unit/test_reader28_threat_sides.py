"""A threat told from the threatened side ("X said Y would face consequences"): the speaker
threatens, the reported clause's subject is threatened (CAMEO 1.1b3 §13: source = who
threatens). Sentences written for these tests."""

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


def _threat(events: list[Event]) -> Event:
    (ev,) = [e for e in events if (e.event_code or "").startswith("13")]
    return ev


@pytest.mark.parametrize(
    ("body", "source", "target"),
    [
        ("Egypt said Ethiopia would face serious consequences over the dam.", "EG", "ET"),
        ("Pakistan said on Monday that India would suffer grave consequences.", "PK", "IN"),
        ("Ankara warned that Athens would pay a heavy price.", "TR", "GR"),
        ("Beijing said Manila would face consequences for the drills.", "CN", "PH"),
    ],
)
def test_the_speaker_threatens_and_the_subject_is_threatened(
    extract,  # type: ignore[no-untyped-def]
    body: str,
    source: str,
    target: str,
) -> None:
    roles = _threat(extract(body)).roles
    assert (roles.source_country, roles.target_country) == (source, target)


def test_an_unnamed_speaker_leaves_no_source(extract) -> None:  # type: ignore[no-untyped-def]
    # the threatened side is never the one who threatens, even with no speaker named
    roles = _threat(extract("The ministry said Ethiopia would face consequences.")).roles
    assert (roles.source_country, roles.target_country) == (None, "ET")


@pytest.mark.parametrize(
    ("body", "source", "target"),
    [
        # near misses: a threat told from the speaker's side was right already
        ("Egypt warned Ethiopia against filling the dam.", "EG", "ET"),
        ("Turkey warned that Greece would pay a heavy price.", "TR", "GR"),
    ],
)
def test_a_threat_told_from_the_speakers_side_stays(
    extract,  # type: ignore[no-untyped-def]
    body: str,
    source: str,
    target: str,
) -> None:
    roles = _threat(extract(body)).roles
    assert (roles.source_country, roles.target_country) == (source, target)
