from __future__ import annotations

from datetime import date

from dashboard.views import next_position, playback_window

START, END = date(2024, 1, 1), date(2024, 3, 31)


def test_moving_and_cumulative_windows() -> None:
    assert playback_window(START, END, date(2024, 2, 1), 7, cumulative=False) == (
        date(2024, 2, 1),
        date(2024, 2, 7),
    )
    assert playback_window(START, END, date(2024, 2, 1), 7, cumulative=True) == (
        START,
        date(2024, 2, 7),
    )
    assert playback_window(START, END, date(2024, 3, 28), 30, cumulative=False) == (
        date(2024, 3, 28),
        END,
    )


def test_playback_steps_half_a_window_and_loops() -> None:
    assert next_position(START, END, START, 30) == date(2024, 1, 16)
    assert next_position(START, END, date(2024, 3, 30), 30) == START
    assert next_position(START, END, START, 1) == date(2024, 1, 2)
