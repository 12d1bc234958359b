"""Rules the lead wrote this stop from QA12's findings (tests/unit/test_qa12_findings.py),
each with sentences of our own and a near miss that must not change. Publication is
Thursday 2026-06-18 (``tests.unit.reading.PUB``)."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where

PUB = date(2026, 6, 18)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def span(extract: Extract, body: str, *roots: str) -> tuple[date, date, int]:
    (ev, *_) = rooted(extract(body), *roots)
    return ev.when.start, ev.when.end, ev.when.precision


# ------------------------------------------------ the part of a unit an event can lie in
# TimeML keeps "late last year" as the year with mod END; an event so told cannot be in
# January, so its range is the half the word entails (early: first, late: second, mid: middle)


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        (
            "Police detained 30 dock workers in Mombasa late last year.",
            (2025, 7, 1),
            (2025, 12, 31),
        ),
        ("Police detained 30 dock workers in Mombasa in early 2024.", (2024, 1, 1), (2024, 6, 30)),
        ("Police detained 30 dock workers in Mombasa in mid-2024.", (2024, 4, 1), (2024, 9, 30)),
        ("Police detained 30 dock workers in Mombasa in late March.", (2026, 3, 16), (2026, 3, 31)),
        (
            "Police detained 30 dock workers in Mombasa in the early 1990s.",
            (1990, 1, 1),
            (1994, 12, 31),
        ),
    ],
)
def test_an_event_told_in_part_of_a_unit_takes_that_half(
    extract: Extract, body: str, start: tuple[int, int, int], end: tuple[int, int, int]
) -> None:
    assert span(extract, body, "17")[:2] == (date(*start), date(*end))


def test_the_timex_of_late_last_year_stays_the_whole_year() -> None:
    # near miss: the dates contract reports TimeML's value (the year, mod END), not the half
    (found,) = find_dates("Police detained them late last year.", PUB)
    assert (found.range.start, found.range.end, found.range.part) == (
        date(2025, 1, 1),
        date(2025, 12, 31),
        "late",
    )


def test_a_unit_with_no_part_named_stays_whole(extract: Extract) -> None:
    body = "Police detained 30 dock workers in Mombasa last year."
    assert span(extract, body, "17") == (date(2025, 1, 1), date(2025, 12, 31), 4)


def test_later_this_month_starts_at_publication(extract: Extract) -> None:
    body = "Kenya and Tanzania will hold border talks in Arusha later this month."
    assert span(extract, body, "03", "04")[:2] == (PUB, date(2026, 6, 30))


def test_earlier_this_month_ends_at_publication(extract: Extract) -> None:
    body = "Police detained 30 dock workers in Mombasa earlier this month."
    assert span(extract, body, "17")[:2] == (date(2026, 6, 1), PUB)


def test_a_planned_meeting_this_week_is_not_before_publication(extract: Extract) -> None:
    body = "Kenya and Tanzania will hold border talks in Arusha this week."
    assert span(extract, body, "03", "04")[:2] == (PUB, date(2026, 6, 21))


def test_a_past_meeting_this_week_keeps_the_days_before_publication(extract: Extract) -> None:
    # near miss: told in the past, the week is not cut at publication
    body = "Kenya and Tanzania held border talks in Arusha this week."
    start, end, _ = span(extract, body, "03", "04")
    assert start <= date(2026, 6, 15)
    assert end <= PUB


def test_since_last_august_runs_from_that_august_to_publication(extract: Extract) -> None:
    body = "Fighting has raged around Kassala since last August."
    assert span(extract, body, "19")[:2] == (date(2025, 8, 1), PUB)


def test_last_august_alone_is_that_month(extract: Extract) -> None:
    body = "Fighting raged around Kassala last August."
    assert span(extract, body, "19")[:2] == (date(2025, 8, 1), date(2025, 8, 31))


# ------------------------------------------------ a threat's places are what it threatens


@pytest.mark.parametrize(
    ("body", "threatened"),
    [
        ("Farmers' unions threatened to block the ring road around Nakuru.", "Nakuru"),
        ("The rebels warned that they would shell the market town of Goma.", "Goma"),
        ("Tehran threatened to close shipping lanes in the Strait of Hormuz.", "Strait of Hormuz"),
    ],
)
def test_a_threat_is_not_where_it_would_be_carried_out(
    extract: Extract, body: str, threatened: str
) -> None:
    threats = rooted(extract(body), "13")
    assert threats
    assert all(where(e)[0] != threatened for e in threats)


@pytest.mark.parametrize(
    ("body", "made_in"),
    [
        ("In Nakuru, farmers' unions threatened to block the ring road.", "Nakuru"),
        ("Iran warned at a meeting in Geneva that it would enrich more uranium.", "Geneva"),
    ],
)
def test_a_threat_made_at_a_named_place_stays_there(
    extract: Extract, body: str, made_in: str
) -> None:
    threats = rooted(extract(body), "13")
    assert threats
    assert where(threats[0])[0] == made_in


# ------------------------------------------------ a clause after "after" is the cause's


def test_a_place_in_an_after_clause_with_its_own_verb_is_the_causes(extract: Extract) -> None:
    body = "Peru expelled the Bolivian envoy after protesters stormed its consulate in La Paz."
    expelled = rooted(extract(body), "16")
    assert expelled
    assert where(expelled[0])[0] != "La Paz"


def test_a_place_before_the_after_clause_stays_the_events(extract: Extract) -> None:
    body = "Police detained 30 dock workers in Mombasa after the union called a strike."
    (ev, *_) = rooted(extract(body), "17")
    assert where(ev)[0] == "Mombasa"


# ------------------------------------------------ a road told by the town it leaves from


def test_a_road_from_a_town_places_the_act_near_that_town(extract: Extract) -> None:
    body = "ADDIS ABABA (AFP) - Militiamen have blocked the main road from Dessie for two weeks."
    (ev, *_) = extract(body)
    assert where(ev)[0] == "Dessie"
    assert ev.location is not None
    assert ev.location.place is not None
    assert ev.location.place.geo_precision == 2


def test_force_fired_from_a_town_is_still_not_there(extract: Extract) -> None:
    # near miss: "from" without a road is where force came from, not where it landed
    (ev, *_) = rooted(extract("Drones fired from Kursk struck Sumy on Monday."), "19")
    assert where(ev)[0] == "Sumy"


def test_an_appeal_is_not_placed_where_the_asked_act_would_be(extract: Extract) -> None:
    appeals = rooted(extract("The UN called on both sides to stop fighting around Khartoum."), "02")
    assert appeals
    assert all(where(e)[0] != "Khartoum" for e in appeals)


def test_an_appeal_made_at_a_named_place_stays_there(extract: Extract) -> None:
    # near miss: the place before the asked act is where the appeal was made
    appeals = rooted(extract("In Kherson, the governor urged residents to leave."), "02")
    assert appeals
    assert where(appeals[0])[0] == "Kherson"


def test_a_courts_order_is_not_placed_where_the_ordered_act_would_be(extract: Extract) -> None:
    body = (
        "THE HAGUE (AP) - The International Court of Justice on Friday ordered Serbia to allow "
        "the return of displaced families to Mitrovica."
    )
    orders = rooted(extract(body), "10")
    assert orders
    assert where(orders[0])[0] == "The Hague"  # the dateline: where the order was given


# ------------------------------------------------ a denial is not where the denied act was


def test_a_denial_is_not_placed_where_the_denied_act_was(extract: Extract) -> None:
    denials = rooted(extract("Rwanda denied that its troops had shelled Goma last week."), "016")
    assert denials
    assert where(denials[0])[0] != "Goma"


def test_a_denial_made_at_a_named_place_stays_there(extract: Extract) -> None:
    body = "In Kigali, the government denied that its troops had shelled Goma."
    denials = rooted(extract(body), "016")
    assert denials
    assert where(denials[0])[0] == "Kigali"


# ------------------------------------------------ a reduced relative's date is its noun's


def test_a_date_after_a_nouns_participle_dates_that_noun_not_the_act(extract: Extract) -> None:
    for body in (
        "Serbia and Kosovo signed a deal to reopen crossings shut since 2023.",
        "Peru and Chile signed a pact to restore flights suspended in March.",
    ):
        (ev, *_) = rooted(extract(body), "05")
        assert ev.when.start >= date(2026, 6, 1)  # the signing: no date of its own


def test_a_date_after_the_act_itself_stays_the_acts(extract: Extract) -> None:
    # near miss: the trigger's own participle or verb is not a reduced relative
    assert span(extract, "Troops captured the town in March.", "19")[:2] == (
        date(2026, 3, 1),
        date(2026, 3, 31),
    )
    (ev, *_) = rooted(extract("The border posts had been closed since 2025."), "17")
    assert ev.when.start == date(2025, 1, 1)
