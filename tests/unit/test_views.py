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


def test_search_reads_the_article_title_too() -> None:
    import pandas as pd

    from dashboard.views import Filters, Frames, apply_filters

    events = pd.DataFrame(
        {
            "id": ["a", "b"],
            "summary": ["Launch · North Korea", "Talks · Japan"],
            "title": ["North Korea tests an ICBM", "Ministers meet"],
            "evidence": [[{"text": "It flew for 86 minutes."}], [{"text": "They met."}]],
        }
    )
    frames = Frames(events, pd.DataFrame(), pd.DataFrame())
    assert list(apply_filters(frames, events, Filters(text="icbm"))["id"]) == ["a"]


def test_cards_of_a_clicked_place_are_newest_first_like_the_full_list() -> None:
    import pandas as pd

    from dashboard.views import EVENT_COLUMNS, Frames, events_split

    def row(eid: str, day: int, where: str) -> dict:
        return {
            **dict.fromkeys(EVENT_COLUMNS),
            "id": eid,
            "article_id": "x",
            "location_id": where,
            "date_start": date(2024, 1, day),
            "date_end": date(2024, 1, day),
        }

    events = pd.DataFrame(
        [
            row("old", 3, "p"),
            row("new", 20, "p"),
            row("mid", 9, "p"),
            row("m-old", 2, "q"),
            row("m-new", 25, "q"),
        ]
    )
    links = pd.DataFrame(
        {"event_id": ["m-old", "m-new"], "place_id": ["p", "p"], "role": ["mentioned"] * 2}
    )
    here, mentioning = events_split(
        Frames(events, links, pd.DataFrame(columns=["id"])), events, "p"
    )
    assert list(here["id"]) == ["new", "mid", "old"]
    assert list(mentioning["id"]) == ["m-new", "m-old"]


def test_playing_through_a_range_that_ends_on_the_last_day_python_holds() -> None:
    last = date.max
    assert playback_window(date.min, last, date(9999, 12, 20), 30, cumulative=False) == (
        date(9999, 12, 20),
        last,
    )
    assert next_position(date.min, last, date(9999, 12, 25), 30) == last  # the last day, then loop
    assert next_position(date.min, last, last, 1) == date.min
