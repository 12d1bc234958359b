"""The Map page's parts (ui11): playback's steps and the cards column's text, built without
Streamlit, and the order in which a playback tick sends the cards and the map."""

from __future__ import annotations

import math
from datetime import date
from types import SimpleNamespace
from typing import Any

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.store.queries import CardPage
from dashboard.ui import data
from dashboard.ui.card_sections import all_events_line, focused_first, grouping_choices
from dashboard.ui.map import fit_view, outside_view
from dashboard.ui.playback import step, window_days, window_line
from tests.ui.test_app import app, seed_db  # noqa: F401  (fixtures)

OCT1, NOV30 = date(2024, 10, 1), date(2024, 11, 30)


def test_playback_starts_at_the_range_start_and_moves_half_a_window() -> None:
    s = step(OCT1, NOV30, None, 30, [date(2024, 10, 2)], cumulative=False)
    assert (s.start, s.end, s.next_pos) == (OCT1, date(2024, 10, 30), date(2024, 10, 16))


def test_playback_from_a_position_outside_the_range_starts_again() -> None:
    s = step(OCT1, NOV30, date(2025, 1, 1), 30, [date(2024, 10, 2)], cumulative=False)
    assert s.start == OCT1


def test_playback_skips_a_stretch_in_which_no_event_starts() -> None:
    s = step(OCT1, NOV30, OCT1, 7, [date(2024, 10, 20)], cumulative=False)
    assert (s.start, s.end) == (date(2024, 10, 20), date(2024, 10, 26))


def test_cumulative_playback_keeps_the_range_start() -> None:
    s = step(OCT1, NOV30, date(2024, 10, 16), 30, [date(2024, 10, 20)], cumulative=True)
    assert (s.start, s.end) == (OCT1, date(2024, 11, 14))


def test_the_window_line_names_its_dates_and_count() -> None:
    s = step(OCT1, NOV30, None, window_days("7-day window"), [OCT1], cumulative=False)
    assert window_line(s, 3) == "▶ **01 Oct 2024 – 07 Oct 2024** · 3 event(s) in the window"
    assert window_days(None) == 30


def test_the_all_events_line_says_how_many_have_no_place_on_the_map() -> None:
    assert "(2 without a place on the map)" in all_events_line(12, 10)
    assert "without a place" not in all_events_line(12, 12)
    assert "without a place" not in all_events_line(12, None)  # a window: not comparable


def test_the_focused_card_comes_first() -> None:
    cards = tuple(SimpleNamespace(id=i) for i in ("a", "b", "c"))
    page = CardPage(None, 3, 0, cards)  # type: ignore[arg-type]
    assert [c.id for c in focused_first(page, "c").cards] == ["c", "a", "b"]
    assert focused_first(page, "z") is page


def _report(event_id: str) -> SimpleNamespace:
    return SimpleNamespace(event_id=event_id, outlet="Reuters", sentence="A test was held.")


def test_a_report_of_a_told_happening_is_not_offered_again_as_one_report() -> None:
    told = [
        SimpleNamespace(
            reports=(_report("e1"), _report("e2")),
            event_name="Missile test",
            place_name="Sea of Japan",
            date_start=date(2024, 10, 31),
        )
    ]
    listed = [
        SimpleNamespace(id=i, event_name="Missile test", location_name=None, date_start=OCT1)
        for i in ("e1", "e2", "e3")
    ]
    reports, groups = grouping_choices(told, listed)
    assert set(reports) == {"e1", "e2"}
    assert set(groups) == {"e1", "e3"}
    assert groups["e3"].endswith("(one report)")


def test_while_playing_the_cards_are_sent_before_the_map(
    app: AppTest,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The cards came 0.4-1.6 s after the map on each playback step (30k events): asked
    after it, and drawn after the browser's map iframe had drawn the window's places."""
    import streamlit_folium

    order: list[str] = []
    real_cards, real_map = data.cards, streamlit_folium.st_folium

    def cards(*args: Any, **kwargs: Any) -> Any:
        order.append("cards")
        return real_cards(*args, **kwargs)

    def drawn(*args: Any, **kwargs: Any) -> Any:
        order.append("map")
        return real_map(*args, **kwargs)

    monkeypatch.setattr(data, "cards", cards)
    monkeypatch.setattr(streamlit_folium, "st_folium", drawn)
    app.query_params.update({"from": "2024-10-01", "to": "2024-11-30"})
    app.run()
    assert order.index("map") < order.index("cards")  # not playing: a click, then its cards
    app.toggle(key="playing").set_value(True).run()
    order.clear()
    app.run()  # the next step
    assert not app.exception
    assert "cards" in order
    assert order.index("cards") < order.index("map")


def _lat_at(pixels_north: float, zoom: int) -> float:
    """The latitude ``pixels_north`` above the equator at ``zoom`` (Web Mercator)."""
    y = pixels_north * 2 * math.pi / (256 * 2**zoom)
    return math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)


def test_a_place_past_the_drawn_maps_top_edge_is_counted_outside_the_first_view() -> None:
    """The map is drawn 500 px high; the count had used a 540-px frame, so a place 260 px
    above the centre, off screen, was not said to be outside."""
    places = pd.DataFrame({"lat": [0.0, _lat_at(260, 5)], "lon": [0.0, 0.0], "n_events": [1, 3]})
    assert outside_view(places, (0.0, 0.0), 5) == (3, 1)
    inside = places.assign(lat=[0.0, _lat_at(240, 5)])
    assert outside_view(inside, (0.0, 0.0), 5) == (0, 0)


def test_the_first_view_frames_places_within_the_drawn_height() -> None:
    """Framed for the map as drawn: two places 440 px apart at zoom 5 do not fit 500 px
    with the margin, so the view steps out a zoom level."""
    places = pd.DataFrame({"lat": [0.0, _lat_at(440, 5)], "lon": [0.0, 0.0]})
    _, zoom = fit_view(places)
    assert zoom == 4
