"""A "since" that dates another clause, and a "has since" that counts from the time just told
(dates84), with sentences written for these tests and near misses that keep their reading:

- "warn that cholera is spreading in Darfur, where dozens of clinics have closed since 2023":
  the span is the relative clause's act, and the warning is undated (``date_clauses``: a
  participle after its own "have" is that clause's verb group, not a second finite verb);
- "… on January 20. Police have since arrested more than 200 people": from that day to
  publication (``dates_told_before.since_then``; "since" anaphoric, the perfect up to now);
- "… in February. The junta had accused Paris of arming the rebels": the past perfect goes on
  with the month told just before, inferred (``dates_told_before.perfect_in_period``);
- "two days before the vote" after "last week's parliamentary election": counted from the
  election's own week (``dates_named_anchor``; TimeML anchors it on the named event).
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

PUB = "2026-06-19"  # a Friday
WEEK = (date(2026, 6, 13), date(2026, 6, 19), 2)  # an undated act: the week up to publication


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _when(extract: Extract, text: str, root: str) -> list[tuple[date, date, int]]:
    return [(e.when.start, e.when.end, e.when.precision) for e in rooted(extract(text, PUB), root)]


@pytest.mark.parametrize(
    ("text", "root", "want"),
    [
        (
            "Doctors warn that cholera is spreading in Darfur, where dozens of clinics have "
            "closed since 2023.",
            "01",
            [WEEK],
        ),
        (
            "Rights groups accuse the army of torturing detainees in camps where hundreds have "
            "died since 2022.",
            "11",
            [WEEK],
        ),
        (
            "Protesters stormed the parliament on May 20. Police have since arrested more than "
            "200 people.",
            "17",
            [(date(2026, 5, 20), date(2026, 6, 19), 3)],
        ),
        (
            "The government and the rebels signed a truce in November 2025. The rebels have "
            "since seized three towns.",
            "19",
            [(date(2025, 11, 1), date(2026, 6, 19), 4)],
        ),
        (
            "Mali expelled the French ambassador in February. The junta had accused Paris of "
            "arming the rebels.",
            "11",
            [(date(2026, 2, 1), date(2026, 2, 28), 3)],
        ),
        (
            "LUSAKA (Wire) — Troops arrested a union leader on Wednesday, after last week's parliamentary "
            "election. The government shut down the internet two days before the vote.",
            "17",
            [(date(2026, 6, 17), date(2026, 6, 17), 1), (date(2026, 6, 6), date(2026, 6, 12), 2)],
        ),
    ],
)
def test_since_dates_its_own_clause(extract: Extract, text: str, root: str, want: list) -> None:
    assert _when(extract, text, root) == want


@pytest.mark.parametrize(
    ("text", "root", "want"),
    [
        # the act's own present perfect with "since": from that year to publication
        (
            "Rebels have shelled the city of Kharkiv almost daily since 2022.",
            "19",
            [(date(2022, 1, 1), date(2026, 6, 19), 4)],
        ),
        # a day of its own after the dated sentence
        (
            "Rebels captured the town of Kalehe in February. Government troops recaptured the "
            "town on Tuesday.",
            "19",
            [(date(2026, 2, 1), date(2026, 2, 28), 3), (date(2026, 6, 16), date(2026, 6, 16), 1)],
        ),
        # "has since" with no date told before: the undated week
        ("Police have since arrested more than 200 people.", "17", [WEEK]),
        # the past perfect's own day, and one after a day told before
        (
            "Mali expelled the French ambassador in February. The junta had accused Paris of "
            "arming the rebels on Tuesday.",
            "11",
            [(date(2026, 6, 16), date(2026, 6, 16), 1)],
        ),
        # a count from a happening the text never dated stays the story's
        (
            "LUSAKA (Wire) — Troops arrested a union leader on Wednesday. The government shut down the "
            "internet two days before the vote.",
            "17",
            [(date(2026, 6, 17), date(2026, 6, 17), 1), (date(2026, 6, 17), date(2026, 6, 19), 2)],
        ),
        # a stretch the past perfect lasted is no point in the month
        (
            "Mali expelled the French ambassador in February. The junta had accused Paris of "
            "arming the rebels for years.",
            "11",
            [WEEK],
        ),
    ],
)
def test_near_misses_keep_their_reading(extract: Extract, text: str, root: str, want: list) -> None:
    assert _when(extract, text, root) == want
