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


def test_negated_and_hypothetical_events_are_off_the_map_unless_asked() -> None:
    import pandas as pd

    from dashboard.views import happened

    events = pd.DataFrame({"id": ["a", "b", "c", "d"],
                           "flags": [[], ["negated"], ["hypothetical", "planned"], ["planned"]]})  # fmt: skip
    assert list(happened(events)["id"]) == ["a", "d"]  # planned events are shown, and flagged
    assert list(happened(events, include_unreal=True)["id"]) == ["a", "b", "c", "d"]


def test_search_reads_the_article_title_too() -> None:
    import pandas as pd

    from dashboard.views import Filters, Frames, apply_filters

    events = pd.DataFrame({
        "id": ["a", "b"], "summary": ["Launch · North Korea", "Talks · Japan"],
        "title": ["North Korea tests an ICBM", "Ministers meet"],
        "evidence": [[{"text": "It flew for 86 minutes."}], [{"text": "They met."}]],
    })  # fmt: skip
    frames = Frames(events, pd.DataFrame(), pd.DataFrame())
    assert list(apply_filters(frames, events, Filters(text="icbm"))["id"]) == ["a"]
