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


def test_hidden_events_do_not_stretch_the_range_or_the_default() -> None:
    import pandas as pd

    from dashboard.views import default_range, shown_extent

    events = pd.DataFrame([
        {"date_start": date(2023, 5, 1), "date_end": date(2023, 5, 1), "flags": []},
        {"date_start": date(1901, 1, 1), "date_end": date(1901, 1, 1), "flags": ["negated"]},
        {"date_start": date(2023, 9, 1), "date_end": date(2023, 9, 1), "flags": ["hypothetical"]},
    ])  # fmt: skip
    assert shown_extent(events) == (date(2023, 5, 1), date(2023, 5, 1))
    assert shown_extent(events, include_unreal=True) == (date(1901, 1, 1), date(2023, 9, 1))
    assert shown_extent(events.iloc[1:2]) is None
    today = date(2024, 1, 1)
    assert default_range(events, today, days=1) == (date(2023, 5, 1), date(2023, 5, 1))
    assert default_range(events, today, days=1, include_unreal=True) == (
        date(2023, 9, 1),
        date(2023, 9, 1),
    )


def test_the_view_and_its_downloads_follow_the_negated_toggle() -> None:
    import pandas as pd

    from dashboard.views import EVENT_COLUMNS, Filters, Frames, events_in_view

    def row(eid: str, flags: list[str]) -> dict:
        return {**dict.fromkeys(EVENT_COLUMNS), "id": eid, "flags": flags,
                "date_start": date(2024, 2, 2), "date_end": date(2024, 2, 2)}  # fmt: skip

    events = pd.DataFrame(
        [row("a", []), row("b", ["negated"]), row("c", ["hypothetical"]), row("d", ["planned"])]
    )
    frames = Frames(
        events, pd.DataFrame(columns=["event_id", "place_id", "role"]), pd.DataFrame(columns=["id"])
    )
    assert list(events_in_view(frames, START, END, Filters())["id"]) == ["a", "d"]
    assert list(events_in_view(frames, START, END, Filters(), include_unreal=True)["id"]) == [
        "a",
        "b",
        "c",
        "d",
    ]
    assert events_in_view(frames, date(2024, 3, 1), END, Filters()).empty


def test_cards_of_a_clicked_place_are_newest_first_like_the_full_list() -> None:
    import pandas as pd

    from dashboard.views import EVENT_COLUMNS, Frames, events_split

    def row(eid: str, day: int, where: str) -> dict:
        return {**dict.fromkeys(EVENT_COLUMNS), "id": eid, "article_id": "x", "location_id": where,
                "date_start": date(2024, 1, day), "date_end": date(2024, 1, day)}  # fmt: skip

    events = pd.DataFrame([row("old", 3, "p"), row("new", 20, "p"), row("mid", 9, "p"),
                           row("m-old", 2, "q"), row("m-new", 25, "q")])  # fmt: skip
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
