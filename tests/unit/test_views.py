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


def test_default_range_ends_at_the_newest_event_that_has_happened() -> None:
    import pandas as pd

    from dashboard.views import default_range

    events = pd.DataFrame([
        {"date_start": date(2024, 3, 1), "date_end": date(2024, 3, 1), "flags": []},
        {"date_start": date(2024, 3, 9), "date_end": date(2024, 3, 9), "flags": ["planned"]},
        {"date_start": date(2024, 4, 2), "date_end": date(2024, 4, 2), "flags": []},  # after today
        {"date_start": date(2024, 2, 1), "date_end": date(2024, 12, 31), "flags": []},  # ongoing
    ])  # fmt: skip
    today = date(2024, 3, 20)
    # the ongoing range is clipped to today; the planned and the future event do not count
    assert default_range(events, today) == (date(2024, 2, 20), today)
    assert default_range(events.iloc[:3], today) == (date(2024, 2, 1), date(2024, 3, 1))
    assert default_range(events.iloc[1:2], today) == (date(2024, 2, 9), date(2024, 3, 9))
    assert default_range(events.iloc[0:0], today) is None
