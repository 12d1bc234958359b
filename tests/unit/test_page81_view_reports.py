"""The map's view reports are gated (ui/map_view.py ``reports``): a store whose map returns its
view sends it only while the layer drawn depends on it, so a search or a date change to a
view drawn whole is one run, not a second run of the map's fragment for the same layer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import folium
import pytest
import streamlit_folium

from dashboard.ui import grid
from tests.ui.test_cells import LINK, FakeMap, _run
from tests.ui.test_cells import store_path as store_path  # the module's 8-place store

BUNDLE = Path(streamlit_folium.__file__).parent / "frontend" / "build" / "static" / "js"


def _script(group: folium.FeatureGroup) -> str:
    return streamlit_folium._get_feature_group_string(group, folium.Map(), 2)


def _gate(fake: FakeMap) -> str | None:
    """The script of the gate's layer passed on the last run, None when none was passed."""
    for group in fake.calls[-1]["feature_group_to_add"]:
        text = _script(group)
        if "__gnViewMatters" in text:
            return text
    return None


def test_a_view_drawn_whole_in_a_store_of_many_places_shuts_the_view_reports(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(grid, "MAX_PLACES", 3)  # the store's 8 places are "many"
    monkeypatch.setitem(LINK, "country", ["GB"])  # London alone: drawn whole
    fake = FakeMap()
    _run(store_path, monkeypatch, fake)
    assert fake.drawn()["cells"] == []
    assert fake.drawn()["places"]
    assert {"zoom", "bounds"} <= set(fake.calls[-1]["returned_objects"])
    gate = _gate(fake)
    assert gate is not None
    assert "window.__gnViewMatters = false;" in gate


def test_a_view_drawn_in_cells_opens_the_view_reports(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(grid, "MAX_PLACES", 3)
    fake = FakeMap()
    _run(store_path, monkeypatch, fake)
    assert fake.drawn()["cells"]
    gate = _gate(fake)
    assert gate is not None
    assert "window.__gnViewMatters = true;" in gate


def test_a_store_of_few_places_passes_its_two_layers_as_before(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # its map never returns its view: nothing to gate, and its layers are unchanged
    fake = FakeMap()
    _run(store_path, monkeypatch, fake)
    assert "bounds" not in fake.calls[-1]["returned_objects"]
    assert len(fake.calls[-1]["feature_group_to_add"]) == 2
    assert _gate(fake) is None


def test_the_pinned_streamlit_folium_has_the_move_listener_the_gate_holds() -> None:
    # the gate finds streamlit-folium's moveend listener by its name; another version
    # without it leaves every move reporting (the gate's script returns early)
    bundles: list[Any] = [p.read_text() for p in BUNDLE.glob("main.*.js")]
    assert any('"moveend",onMapMove' in b and "function onMapMove(" in b for b in bundles)
