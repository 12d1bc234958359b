"""reader17's own sentences (stop 35): one person's visits to two countries on close days
are two happenings; coordinated past verbs share their subject ("crews rammed and boarded
a boat"), so the act an "after" clause tells in them is read and is a happening of its
own; and an act at sea is placed at the shoal, reef or island the clause names inside the
sea before the water body. Each rule has a near miss. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_visits_to_two_countries_on_close_days_are_two_happenings(extract: Extract) -> None:
    events = extract(
        "NEW DELHI — Narendra Modi began his first visit to Brazil on Tuesday. Modi flew on "
        "to Lima on Wednesday for a state visit to Peru."
    )
    visits = real(events, "04")
    assert sorted(where(e)[1] for e in visits) == ["BR", "PE"]


def test_talks_in_the_visited_country_the_next_day_stay_one_visit(extract: Extract) -> None:
    # near miss: the same person's acts in one country a day apart still fold together
    events = extract(
        "NEW DELHI — Narendra Modi began a visit to Chile on Tuesday. Modi held more talks "
        "with Chilean ministers on Wednesday. Modi flew on to Lima on Thursday "
        "for a state visit to Peru."
    )
    visits = real(events, "04")
    assert sorted(where(e)[1] for e in visits) == ["CL", "PE"]


def test_an_act_told_in_coordinated_verbs_is_read(extract: Extract) -> None:
    events = extract(
        "JAKARTA — Indonesian marines stopped and boarded a Vietnamese trawler on Monday."
    )
    assert [code(e) for e in real(events, "17")] == ["171"]


def test_a_subject_of_another_clause_does_not_reach_past_a_verb(extract: Extract) -> None:
    # near miss: "and" joins two clauses with two subjects, so the guards boarded nothing;
    # the same guards with one subject for both verbs did
    assert not real(extract("The guards waved and fishermen boarded the trawler on Monday."), "17")
    assert real(extract("The guards waved and boarded the trawler on Monday."), "17")


def test_a_dated_act_in_a_trailing_after_clause_is_a_happening(extract: Extract) -> None:
    events = extract(
        "JAKARTA — Indonesia protested to Beijing on Tuesday after Chinese coast guard crews "
        "rammed and boarded an Indonesian fishing boat near Scarborough Shoal on Monday."
    )
    boarding = real(events, "17")
    assert len(boarding) == 1
    assert str(boarding[0].date_start) == "2026-06-15"
    assert where(boarding[0])[0] == "Scarborough Shoal"
    assert real(events, "11")


def test_an_undated_act_in_a_trailing_after_clause_stays_the_reasons(extract: Extract) -> None:
    # near miss: with no day of its own the act is only why the protest was made; with one,
    # it is a happening of its own
    events = extract(
        "JAKARTA — Indonesia protested to Beijing on Tuesday after Chinese coast guard "
        "crews rammed and boarded an Indonesian fishing boat."
    )
    assert not real(events, "17")
    events = extract(
        "JAKARTA — Indonesia protested to Beijing on Tuesday after Chinese coast guard "
        "crews rammed and boarded an Indonesian fishing boat on Sunday."
    )
    assert [str(e.date_start) for e in real(events, "17")] == ["2026-06-14"]


def test_an_act_at_a_shoal_in_a_sea_is_at_the_shoal(extract: Extract) -> None:
    events = extract(
        "MANILA — Chinese coast guard crews boarded Philippine supply boats near the Paracel "
        "Islands in the South China Sea on Monday."
    )
    assert where(real(events, "17")[0])[0] == "Paracel Islands"
    events = extract(
        "MANILA — Chinese sailors boarded a Philippine boat at Scarborough Shoal in "
        "the South China Sea on Monday."
    )
    assert where(real(events, "17")[0])[0] == "Scarborough Shoal"


def test_islands_outside_the_sea_named_leave_the_act_in_the_sea(extract: Extract) -> None:
    # near miss: islands that lie outside the sea the clause names are no feature of it;
    # islands inside it are
    events = extract(
        "MANILA — Chinese coast guard crews boarded Philippine supply boats in the South "
        "China Sea, far from the Kuril Islands, on Monday."
    )
    assert where(real(events, "17")[0])[0] == "South China Sea"
    events = extract(
        "MANILA — Chinese coast guard crews boarded Philippine supply boats in the South "
        "China Sea, near the Spratly Islands, on Monday."
    )
    assert where(real(events, "17")[0])[0] == "Spratly Islands"
