"""Playback through time: which window of the date range each tick shows. Pure: the page
keeps the position in its session state and asks ``step`` for the window and the next one.

    >>> s = step(date(2024, 10, 1), date(2024, 11, 30), None, 30, [date(2024, 10, 2)], False)
    >>> (s.start, s.end, s.next_pos)
    (datetime.date(2024, 10, 1), datetime.date(2024, 10, 30), datetime.date(2024, 10, 16))
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dashboard.views import next_position, playback_window, skip_empty

PLAY, PLAY_POS, PLAY_DAYS, PLAY_CUMULATIVE = "playing", "_play_pos", "play_days", "play_cumulative"
TICK_S = 1.5  # seconds between two steps
# playback's step, named as a window so it does not read as a date preset (a fresh user
# took "30 days" for "the last 30 days")
WINDOWS = {"7-day window": 7, "30-day window": 30, "1-year window": 365}
DEFAULT_WINDOW = "30-day window"


@dataclass(frozen=True, slots=True)
class Step:
    start: date  # the window shown now
    end: date
    next_pos: date  # where the next tick's window starts from


def window_days(choice: str | None) -> int:
    """Days in the window chosen (the default window when none is)."""
    return WINDOWS.get(choice or DEFAULT_WINDOW, WINDOWS[DEFAULT_WINDOW])


def step(
    start: date, end: date, pos: date | None, days: int, busy: list[date], cumulative: bool
) -> Step:
    """The window of ``days`` at ``pos`` in the range ``start``-``end`` (from the start when
    ``pos`` is unset or outside it), moved on past stretches in which no event starts
    (``busy``: the sorted days events start on), and the position of the next tick."""
    pos = pos if pos is not None and start <= pos <= end else start
    pos = skip_empty(pos, days, busy, start, end)
    w0, w1 = playback_window(start, end, pos, days, cumulative)
    return Step(w0, w1, next_position(start, end, pos, days))


def window_line(s: Step, n_events: int) -> str:
    """The line above the map while playing (Markdown)."""
    return f"▶ **{s.start:%d %b %Y} – {s.end:%d %b %Y}** · {n_events} event(s) in the window"
