"""AppTest: a view with more places than one layer carries draws cells, and places again
once the map is zoomed in where few are left (ui/map_view.py, ui/grid.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.store.db import Store
from dashboard.ui import grid
from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")
LINK = {"from": "2023-01-01", "to": "2024-12-31"}  # every event of the generated store
TOKYO_BAY = {
    "zoom": 9,
    "bounds": {
        "_southWest": {"lat": 35.0, "lng": 139.2},
        "_northEast": {"lat": 36.0, "lng": 140.2},
    },
}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.unit.test_queries import generate

    db = tmp_path_factory.mktemp("cells") / "cells.db"
    generate(Store(str(db)), 30)  # 8 places: 5 towns (Tokyo and Yokosuka among them), 3 areas
    return db


class FakeMap:
    """``st_folium`` as the browser would answer it: records what each run passed."""

    def __init__(self, reply: dict[str, Any] | None = None) -> None:
        self.reply = reply
        self.calls: list[dict[str, Any]] = []

    def __call__(self, *args: Any, **kwargs: Any) -> dict[str, Any] | None:
        self.calls.append(kwargs)
        return self.reply

    def drawn(self) -> dict[str, list]:
        """Cell ids and place ids in the full layer (the first group) of the last run."""
        group = self.calls[-1]["feature_group_to_add"][0]
        out: dict[str, list] = {"cells": [], "places": []}
        for child in group._children.values():
            for f in child.data["features"]:
                p = f["properties"]
                if "cell_id" in p:
                    out["cells"].append((p["cell_id"], p["n_places"]))
                elif "place_id" in p:
                    out["places"].append(p["place_id"])
        return out


def _run(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, fake: FakeMap, at: AppTest | None = None
) -> AppTest:
    monkeypatch.setenv("GEONEWS_DB", str(store_path))
    if at is None:
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params.update(LINK)
    with mock.patch("streamlit_folium.st_folium", side_effect=fake):
        at.run()
    assert not at.exception, at.exception
    return at


def test_a_view_with_too_many_places_draws_cells_with_their_counts(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(grid, "MAX_PLACES", 3)
    fake = FakeMap()
    at = _run(store_path, monkeypatch, fake)
    drawn = fake.drawn()
    assert drawn["places"] == []
    assert drawn["cells"]
    n_places = sum(n for _, n in drawn["cells"])
    assert 3 < n_places <= 8  # the places near the first view, grouped
    assert {"zoom", "bounds"} <= set(fake.calls[-1]["returned_objects"])
    assert any("Too many places to draw at once" in str(h.proto) for h in at.get("html"))


def test_zoomed_in_where_few_places_are_the_map_draws_them(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(grid, "MAX_PLACES", 3)
    fake = FakeMap(TOKYO_BAY)  # the browser has zoomed onto Tokyo Bay
    at = _run(store_path, monkeypatch, fake)
    at = _run(store_path, monkeypatch, fake, at)
    drawn = fake.drawn()
    assert drawn["cells"] == []
    assert {"gn:1850147", "gn:1848313"} <= set(drawn["places"])  # Tokyo and Yokosuka
    assert len(drawn["places"]) <= 3  # only those near the bay, not the whole view
    assert not any("Too many places" in str(h.proto) for h in at.get("html"))


def test_a_click_on_a_place_among_cells_still_shows_its_cards(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(grid, "MAX_PLACES", 3)
    clicked = {
        **TOKYO_BAY,
        "last_active_drawing": {"properties": {"place_id": "gn:1848313"}},
        "last_object_clicked_count": 1,
    }
    at = _run(store_path, monkeypatch, FakeMap(clicked))
    assert at.query_params["place"] == "gn:1848313"
    assert any("placed here" in m.value for m in at.markdown)


def test_a_cell_clicked_selects_no_place(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grid, "MAX_PLACES", 3)
    cell = {
        "last_active_drawing": {"properties": {"cell_id": "9:4@16", "n_places": 4}},
        "last_object_clicked_count": 1,
    }
    at = _run(store_path, monkeypatch, FakeMap(cell))
    assert "place" not in at.query_params
    assert any("All events" in m.value for m in at.markdown)


def test_a_click_on_a_cell_of_one_place_selects_that_place(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(grid, "MAX_PLACES", 3)
    # London, the Gulf, Afghanistan and Tokyo Bay: London alone in its cell at the first view,
    # which frames them all (it had framed the Gulf and Afghanistan alone, 2 places of 8)
    monkeypatch.setitem(LINK, "country", ["GB", "AE", "AF", "JP"])
    fake = FakeMap()
    _run(store_path, monkeypatch, fake)
    group = fake.calls[-1]["feature_group_to_add"][0]
    features = [f for c in group._children.values() for f in c.data["features"]]
    lone = [f for f in features if f["properties"]["n_places"] == 1]
    assert lone, "the first view has a cell of one place"
    assert all("place_id" not in f["properties"] for f in features if f not in lone)
    pid = lone[0]["properties"]["place_id"]
    clicked = {"last_active_drawing": lone[0], "last_object_clicked_count": 1}
    at = _run(store_path, monkeypatch, FakeMap(clicked))
    assert at.query_params["place"] == pid
    assert any("placed here" in m.value for m in at.markdown)


def test_a_view_under_the_threshold_is_drawn_whole_and_never_asks_for_bounds(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeMap(TOKYO_BAY)  # even where the browser is zoomed in, every place is drawn
    _run(store_path, monkeypatch, fake)
    drawn = fake.drawn()
    assert drawn["cells"] == []
    assert len(set(drawn["places"])) == 8
    assert fake.calls[-1]["returned_objects"] == [
        "last_active_drawing",
        "last_object_clicked_count",
    ]


def test_go_to_place_searches_the_store_when_the_view_has_too_many_places(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(grid, "MAX_PLACES", 3)
    at = _run(store_path, monkeypatch, FakeMap())
    assert not [s for s in at.selectbox if s.key == "goto"]  # no list of every place
    at.text_input(key="goto_text").set_value("yoko")
    at = _run(store_path, monkeypatch, FakeMap(), at)
    pills = at.button_group(key="goto")
    assert [str(o) for o in pills.options] == ["Yokosuka · city"]
    pills.set_value("gn:1848313")
    at = _run(store_path, monkeypatch, FakeMap(), at)
    assert at.query_params["place"] == "gn:1848313"
    assert any(m.value.startswith("**Yokosuka**") for m in at.markdown)
    at.text_input(key="goto_text").set_value("no such town")
    at = _run(store_path, monkeypatch, FakeMap(), at)
    assert any("No place of this view is named so" in c.value for c in at.caption)
