"""Playback skips stretches with no events (views.skip_empty), a fresh user's trial: playing
1900-2026 stepped through some 1,500 empty 30-day windows before reaching the first event."""

from __future__ import annotations

from datetime import date

from dashboard.views import skip_empty

BUSY = [date(1910, 8, 20), date(2024, 10, 20), date(2024, 11, 5)]  # days events start on
START, END = date(1900, 1, 1), date(2026, 12, 1)


def test_an_empty_window_jumps_to_the_next_day_with_events() -> None:
    assert skip_empty(date(1900, 1, 1), 30, BUSY, START, END) == date(1910, 8, 20)
    assert skip_empty(date(1911, 3, 1), 30, BUSY, START, END) == date(2024, 10, 20)


def test_a_window_holding_an_event_start_stays() -> None:
    assert skip_empty(date(2024, 10, 16), 30, BUSY, START, END) == date(2024, 10, 16)


def test_a_window_in_a_busy_month_but_before_its_events_is_skipped() -> None:
    """11 Nov - 10 Dec was played with 0 events: December had events, after the 10th."""
    busy = [date(2024, 11, 5), date(2024, 12, 18)]
    assert skip_empty(date(2024, 11, 11), 30, busy, START, END) == date(2024, 12, 18)


def test_an_event_begun_before_the_range_keeps_its_first_window() -> None:
    start = date(2024, 1, 10)
    assert skip_empty(start, 7, [date(2024, 1, 2)], start, END) == start


def test_past_the_last_busy_day_it_loops_to_the_first() -> None:
    assert skip_empty(date(2025, 6, 1), 30, BUSY, START, END) == date(1910, 8, 20)


def test_no_events_at_all_leaves_the_position() -> None:
    assert skip_empty(date(1950, 1, 1), 30, [], START, END) == date(1950, 1, 1)
