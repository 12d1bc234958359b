"""reader18's own sentences (stop 35) for main clauses joined by ", and" that tell a happening
of their own (Quirk et al. 1985, 13.1: coordinated clauses each carry their own subject).

- ", and on Monday it also fired rockets": a joined clause that opens with its own date
  (a fronted time adjunct, Quirk et al. 8.13) and then its subject is read as a part of its own
  when the part before has a date too.
- ", and organisers said they would march": a plural subject of its own with a reporting verb
  opens a clause of its own; a date "since mid-May" counts as the first part's date.

Near misses are paired with each rule's own case. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, rooted, unreal


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_joined_clause_with_a_fronted_date_is_read_on_its_own(extract: Extract) -> None:
    events = extract(
        "Syria had earlier this month blamed rebels for a car bomb in Homs, and on Monday it "
        "also fired rockets at targets in Turkey's Hatay province."
    )
    assert rooted(events, "11")
    rockets = rooted(events, "19")
    assert rockets
    assert rockets[0].date_start.isoformat() == "2026-06-15"
    # with no date before it, the joined clause still names a day of its own: two acts, the
    # blame undated (clauses50: "it also fired" opens a clause, the medial "also" passed
    # over; this was a near miss read whole only because "also" hid the verb)
    whole = extract(
        "Syria blamed rebels for a car bomb in Homs, and on Monday it also fired rockets at "
        "targets in Turkey's Hatay province."
    )
    (fire,) = rooted(whole, "19")
    assert fire.date_start.isoformat() == "2026-06-15"
    assert all(b.date_start != fire.date_start for b in rooted(whole, "11"))


def test_organisers_who_said_they_would_march_tell_a_plan_of_their_own(
    extract: Extract,
) -> None:
    events = extract(
        "Marches against the bill have been held every evening since mid-May, and organisers "
        "said they would gather again on Friday in Nairobi."
    )
    # stop 41 (reader30): read as a threat to protest (CAMEO 1.1b3 §133), the coded event is
    # the organisers' statement, made when told, so it is dated by the telling and has
    # happened; Friday dates the gathering it announces. Before, it was `planned` on Friday.
    told = rooted(events, "13")
    assert told
    assert all(not unreal(e) and e.when.end <= date(2026, 6, 18) for e in told)
    # near miss: the march told before it stays done, not planned
    done = extract(
        "Marches against the bill took place in Mombasa on Monday, and organisers said they "
        "would gather again on Friday in Nairobi."
    )
    assert real(done, "14")
