"""A date phrase the reader cannot read never becomes the publication day at day precision
(README, Dates: an event with no date phrase of its own is dated to the week up to
publication, never to the publication day). Each sentence is its own article, dated on a
Tuesday, so that a weekday read alone would be that very day. Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates_document import document_dates
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract

PUB = date(2025, 5, 6)  # a Tuesday

UNREAD = [
    "Gunmen killed a village chief in Kidal on 31 February.",
    "Rebels attacked a police post in Gao on February 30.",
    "Troops shelled the town of Sake on 2025-02-30.",
    "Protesters marched in Dakar on 13/13/2025.",
    "Militants attacked a convoy near Mopti on the 32nd.",
    "Soldiers arrested a journalist in Bamako on the 31st of April.",
    "Police fired tear gas at protesters in Niamey that day.",
    "Gunmen kidnapped a priest in Kaduna on the same day.",
    "Rebels seized the town of Walikale on the day.",
    "Militants burned a church in Mopti the next day.",
    "Troops shelled the outskirts of Goma on Blursday.",
    "Police fired on protesters in Lagos on the day of the vote.",
    "Gunmen attacked a bus in Kano on election day.",
    "Rebels attacked Beni on the morning of the funeral.",
    "Troops shelled Sake hours later.",
    "Militants attacked a base in Gao later that day.",
    "Police dispersed protesters in Nairobi earlier in the day.",
    "Troops shelled Sake at 3 a.m.",
    "Rebels attacked Beni on the night of 31 April.",
    "Gunmen attacked a village in Zamfara on Tuesday 31 June.",
    "Troops fired on protesters in Khartoum on 30 Febuary.",
    "Police arrested 12 people in Dakar on the 0th of May.",
    "Gunmen attacked Kidal on 06/05/2025.",
    "Rebels attacked Goma on May 6 99999.",
    "Militants attacked Mopti at dawn.",
]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _on_the_day(start: object, end: object, precision: object) -> bool:
    return str(start) == str(end) == PUB.isoformat() and precision == 1


def test_no_unread_phrase_dates_an_event_to_the_publication_day(extract: Extract) -> None:
    wrong = [
        (text, ev.when.text, ev.when.reason)
        for text in UNREAD
        for ev in extract(text, PUB.isoformat())
        if _on_the_day(ev.when.start, ev.when.end, ev.when.precision)
    ]
    assert not wrong, wrong


def test_no_unread_phrase_is_reported_as_the_publication_day() -> None:
    wrong = [
        (text, r["text"])
        for text in UNREAD
        for r in (d.record() for d in document_dates(text, PUB))
        if _on_the_day(r["date_start"], r["date_end"], r["precision"])
    ]
    assert not wrong, wrong


def test_a_weekday_on_an_impossible_date_is_not_read_alone() -> None:
    # "Tuesday 31 June" names no day; "on Tuesday" alone was the publication day
    (got,) = document_dates("Gunmen attacked a village on Tuesday 31 June.", PUB)
    assert (got.text, got.range.precision) == ("Tuesday 31 June", 3)  # type: ignore[union-attr]
    assert "names no day" in got.range.reason  # type: ignore[union-attr]
