"""The report streamlit-folium makes as the map is made is not sent (page83): it reran the
map's fragment on every first paint for nothing a user did. A click is still sent.

The page's own map script is run in Node against the pinned streamlit-folium bundle, as the
map's iframe runs them: the bundle first (it defines ``initComponent``), then the map's
script and the call the bundle's ``onRender`` appends to it. Leaflet and the DOM are stubs;
what the bundle sends to Streamlit is read from ``window.parent.postMessage``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import folium
import pytest
import streamlit_folium

from dashboard.ui import grid
from tests.ui.test_cells import FakeMap, _run
from tests.ui.test_cells import store_path as store_path  # the module's 8-place store

NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="no Node.js to run the map's script")
BUNDLE = next(
    (Path(streamlit_folium.__file__).parent / "frontend/build/static/js").glob("main.*.js")
)

# Stubs for what the bundle and the map's script touch outside themselves; the map Leaflet
# makes (``L.map``) records its listeners, and its one layer is the clicked place.
HARNESS = """
const fs = require('fs');
const any = new Proxy(function () {}, {
  get: (t, k) => (k === Symbol.toPrimitive ? () => 0 : any), apply: () => any, construct: () => any,
});
globalThis.window = globalThis;
Object.assign(globalThis, {document: any, fetch: any, addEventListener: () => {}});
const sent = [];
globalThis.parent = {postMessage: (m) => { if (m.type === 'streamlit:setComponentValue') sent.push(m.value); }};
const on = {};
const place = {on: (ev, fn) => { on['place:' + ev] = fn; }};
const fakeMap = new Proxy({
  _layers: {1: place},
  on: (ev, fn) => { on[ev] = fn; },
  getBounds: () => ({_southWest: {lat: 35, lng: 139}, _northEast: {lat: 36, lng: 140}}),
  getZoom: () => 9,
  getCenter: () => ({lat: 35.5, lng: 139.5}),
}, {get: (t, k) => (k in t ? t[k] : any)});
globalThis.L = new Proxy({}, {get: (t, k) => (k === 'map' ? () => fakeMap : any)});
eval(fs.readFileSync(process.argv[2], 'utf8'));
const args = JSON.parse(fs.readFileSync(0, 'utf8'));
window.__GLOBAL_DATA__ = {  // as onRender sets it before it runs the map's script
  lat_lng_clicked: null, last_object_clicked: null, last_object_clicked_count: 0,
  last_object_clicked_tooltip: null, last_object_clicked_popup: null, all_drawings: null,
  last_active_drawing: null, zoom: null, last_circle_radius: null, last_circle_polygon: null,
  returned_objects: args.returned, previous_data: args.default, last_zoom: null,
  last_center: null, last_feature_group: null, last_layer_control: null, selected_layers: {},
  height: 500, wrap_longitude: false, selected_tags: [], last_geocoder_result: null,
};
eval(args.script + 'window.map = map_div; window.initComponent(map_div, false);');
const made = sent.length;
on['place:click']({latlng: {lat: 35.3, lng: 139.7},
  layer: {toGeoJSON: () => ({type: 'Feature', properties: {place_id: 'yokosuka'}})}});
setTimeout(() => console.log(JSON.stringify({made: made, sent: sent})), 400);
"""


class MapRecorder(FakeMap):
    """``FakeMap`` that also keeps the map (``st_folium``'s first argument) of each run."""

    def __init__(self) -> None:
        super().__init__()
        self.maps: list[folium.Map] = []

    def __call__(self, *args: Any, **kwargs: Any) -> dict[str, Any] | None:
        self.maps.append(args[0])
        return super().__call__(*args, **kwargs)


def _in_the_iframe(fake: MapRecorder, tmp_path: Path) -> dict[str, Any]:
    """What the bundle sent to Streamlit for the last run's map: ``made`` while the map was
    made, then ``sent``, every value (the click's after the map's)."""
    m = fake.maps[-1]
    m.get_root().render()
    m.render()
    returned = fake.calls[-1]["returned_objects"]
    args = {
        "script": streamlit_folium._get_map_string(m),
        "returned": returned,
        "default": {k: None for k in returned},  # st_folium's default: None until reported
    }
    harness = tmp_path / "harness.js"
    harness.write_text(HARNESS)
    done = subprocess.run(
        [str(NODE), str(harness), str(BUNDLE)],
        input=json.dumps(args),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_map_being_made_sends_no_value(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = MapRecorder()
    _run(store_path, monkeypatch, fake)
    got = _in_the_iframe(fake, tmp_path)
    assert got["made"] == 0  # main: 1, {"last_object_clicked_count": 0, ...}
    assert len(got["sent"]) == 1
    assert got["sent"][0]["last_active_drawing"]["properties"]["place_id"] == "yokosuka"


def test_in_a_store_of_many_places_a_click_still_reports_the_view(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(grid, "MAX_PLACES", 3)  # the 8 places are "many": the view is returned
    fake = MapRecorder()
    _run(store_path, monkeypatch, fake)
    got = _in_the_iframe(fake, tmp_path)
    assert got["made"] == 0
    (click,) = got["sent"]
    assert click["zoom"] == 9
    assert grid.view_of(click) == grid.View(9, (35.0, 139.0, 36.0, 140.0))
    assert click["last_object_clicked_count"] == 1


def test_the_map_script_is_the_same_on_every_run(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # st_folium keeps its iframe (and the user's pan and zoom) only while the script is the same
    fake = MapRecorder()
    at = _run(store_path, monkeypatch, fake)
    _run(store_path, monkeypatch, fake, at)
    scripts = []
    for m in fake.maps[-2:]:
        m.get_root().render()
        m.render()
        scripts.append(streamlit_folium._get_map_string(m))
    assert scripts[0] == scripts[1]
