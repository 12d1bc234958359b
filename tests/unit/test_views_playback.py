"""Playback skips stretches with no events (views.skip_empty), a fresh user's trial: playing
1900-2026 stepped through some 1,500 empty 30-day windows before reaching the first event."""

from __future__ import annotations

from datetime import date

from dashboard.views import skip_empty

BUSY = [date(1910, 8, 1), date(2024, 10, 1), date(2024, 11, 1)]  # months with events
START, END = date(1900, 1, 1), date(2026, 12, 1)


def test_an_empty_window_jumps_to_the_next_month_with_events() -> None:
    assert skip_empty(date(1900, 1, 1), 30, BUSY, START, END) == date(1910, 8, 1)
    assert skip_empty(date(1911, 3, 1), 30, BUSY, START, END) == date(2024, 10, 1)


def test_a_window_in_a_busy_month_stays_even_after_its_first_day() -> None:
    # an event on 20 October is in October's bucket, dated the 1st: 16 October still plays
    assert skip_empty(date(2024, 10, 16), 30, BUSY, START, END) == date(2024, 10, 16)


def test_past_the_last_busy_month_it_loops_to_the_first() -> None:
    assert skip_empty(date(2025, 6, 1), 30, BUSY, START, END) == date(1910, 8, 1)


def test_no_events_at_all_leaves_the_position() -> None:
    assert skip_empty(date(1950, 1, 1), 30, [], START, END) == date(1950, 1, 1)
