"""Labels for the offline basemap: country names, seas and oceans, news regions and the largest
cities, all from the gazetteer the project ships (no tile server, no download).

The labels are data here and DOM text in the map (see ``LabelLayer``), so screen readers and
tests read them as page text. Each label carries a priority and a first zoom; the browser
places them greedily by priority and drops any that would overlap one already placed.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import folium
import jinja2

from dashboard.model import Place

# Cities below this population are never labelled: at zoom 8 the map shows a region, and
# towns the size of a district would crowd out the places the news names.
CITY_MIN_POPULATION = 500_000
# (population floor, first zoom): megacities from a continental view, large towns close up
CITY_ZOOMS = ((8_000_000, 4), (3_000_000, 5), (1_000_000, 6), (CITY_MIN_POPULATION, 7))
# (population floor, first zoom) for countries; microstates wait for a regional view
COUNTRY_ZOOMS = ((15_000_000, 2), (2_000_000, 3), (0, 4))
BIG_SEA_DEG2 = 150.0  # bbox area (square degrees) from which a sea is named at zoom 2
SOURCES = "Labels: GeoNames (CC BY 4.0), countryinfo (MIT)"


@dataclass(frozen=True, slots=True)
class Label:
    text: str
    lat: float
    lon: float
    cls: str  # "ocean" | "sea" | "country" | "region" | "city": the CSS class and anchor rule
    min_zoom: int
    rank: int  # lower is placed first


def labels_of(places: list[Place]) -> list[Label]:
    """Labels for ``places`` (any gazetteer places), most important first: oceans, seas,
    countries by population, cities by population, then regions. Places without a point,
    continents, divisions and cities under ``CITY_MIN_POPULATION`` are skipped."""
    out: list[tuple[tuple, Label]] = []
    for p in places:
        if p.lat is None or p.lon is None:
            continue
        label = _label(p)
        if label is not None:
            out.append(((label.rank, -p.population, p.name), label))
    return [label for _, label in sorted(out, key=lambda t: t[0])]


def _label(p: Place) -> Label | None:
    if p.lat is None or p.lon is None:
        return None
    if p.kind == "sea":
        if p.name.endswith("Ocean"):
            return Label(p.name, p.lat, p.lon, "ocean", 1, 0)
        area = _bbox_area(p)
        return Label(
            p.name, p.lat, p.lon, "sea", 2 if area >= BIG_SEA_DEG2 else 4 if area >= 10 else 5, 1
        )
    if p.kind == "country":
        if p.country_code in withdrawn_codes():  # a map of today names no dissolved state
            return None
        zoom = next(z for floor, z in COUNTRY_ZOOMS if p.population >= floor)
        return Label(p.name, p.lat, p.lon, "country", zoom, 2)
    if p.kind == "city" and p.population >= CITY_MIN_POPULATION:
        zoom = next(z for floor, z in CITY_ZOOMS if p.population >= floor)
        return Label(p.name, p.lat, p.lon, "city", zoom, 3)
    if p.kind == "region":
        return Label(p.name, p.lat, p.lon, "region", 5, 4)
    return None


@lru_cache(maxsize=1)
def withdrawn_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes of countries that no longer exist: CS (Serbia and Montenegro,
    dissolved 2006), YU, AN, SU, ZR and the rest of ISO 3166-3, less any code assigned again
    since (BQ was British Antarctic Territory, is Bonaire now). Source: pycountry's copy of
    Debian's iso-codes (ISO 3166-1 and 3166-3), installed with iso3166-2."""
    import pycountry

    current = {c.alpha_2 for c in pycountry.countries}
    former = {getattr(c, "alpha_2", "") for c in pycountry.historic_countries}
    return frozenset(former - current - {""})


def _bbox_area(p: Place) -> float:
    if not p.bbox:
        return 0.0
    west, south, east, north = p.bbox
    return abs(east - west) * abs(north - south)


@lru_cache(maxsize=1)
def labels_json() -> str:
    """The gazetteer's labels as compact JSON rows [text, lat, lon, class, first zoom], safe to
    embed in a <script> (no "</")."""
    from dashboard.places.gazetteer import load

    rows = [
        [lb.text, round(lb.lat, 3), round(lb.lon, 3), lb.cls, lb.min_zoom]
        for lb in labels_of(_candidates(load().places))
    ]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


_LABELLED_KINDS = frozenset({"sea", "country", "region"})


def _candidates(places: Mapping[str, Place]) -> list[Place]:
    """The places ``_label`` may label, without building the ~200k small towns it skips:
    the gazetteer's table keeps a place without a shape as one tab-separated row (name,
    kind, lat, lon, country, precision, geonameid, population, admin1), read here before a
    ``Place`` is built. Building every place took 1.6-2.2 s of the app's first page and
    tens of MB held. Any other mapping: every place."""
    rows = getattr(places, "rows", None)
    if rows is None:
        return list(places.values())
    out = []
    for pid, row in rows():
        if isinstance(row, str):
            parts = row.split("\t")
            kind = parts[1]
            small = kind == "city" and int(parts[7] or 0) < CITY_MIN_POPULATION
            if small or (kind != "city" and kind not in _LABELLED_KINDS):
                continue
        out.append(places[pid])
    return out


@lru_cache(maxsize=1)
def labels_url() -> str:
    """Where the browser fetches the labels: a file beside the vendored basemap, named by its
    content so a changed gazetteer is never served stale. Served as a file, the labels stay
    out of the map's HTML, which st_folium sends and hashes on every rerun; where the static
    folder cannot be written, a data: URL carries them inline instead."""
    from dashboard.assets import STATIC

    text = labels_json()
    name = f"labels-{hashlib.sha1(text.encode()).hexdigest()[:12]}.json"
    path = STATIC / "basemap" / name
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(path)
        return f"/app/static/basemap/{name}"
    except OSError:
        return "data:application/json;base64," + base64.b64encode(text.encode()).decode()


class LabelLayer(folium.MacroElement):
    """Fetches the labels from ``url`` and places them as text elements in their own pane, below the event circles and never
    clickable. On every move or zoom: labels whose first zoom is reached and whose point is in
    view are tried in priority order, at their point and then beside it (right, left, above,
    below); one that would overlap a placed label is hidden. Text is set with textContent."""

    _template = jinja2.Template(
        """{% macro script(this, kwargs) %}
        (function (map) {
          var rows = [];
          var css = document.createElement('style');
          css.textContent = '.gn-lbl{position:absolute;white-space:nowrap;pointer-events:none;'
            + 'text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff;line-height:1.1;font-family:system-ui,sans-serif}'
            + '.gn-ocean{font:italic 14px Georgia,serif;letter-spacing:.12em;color:#4d7186}'
            + '.gn-sea{font:italic 12px Georgia,serif;color:#4d7186}'
            + '.gn-country{font-size:12px;font-weight:600;color:#5c5648}'
            + '.gn-region{font-size:11px;font-style:italic;color:#7a6f55}'
            + '.gn-city{font-size:11px;color:#222}'
            + '.gn-city:before{content:"";display:inline-block;width:4px;height:4px;border-radius:50%;'
            + 'background:#222;margin-right:3px;vertical-align:middle}';
          document.head.appendChild(css);
          map.createPane('labels');
          var pane = map.getPane('labels');
          pane.style.zIndex = 350;
          pane.style.pointerEvents = 'none';
          var els = new Array(rows.length), size = new Array(rows.length);
          var GAP = 3;
          function el(i) {
            if (!els[i]) {
              var e = document.createElement('div');
              e.className = 'gn-lbl gn-' + rows[i][3];
              e.textContent = rows[i][0];
              e.style.display = 'none';
              pane.appendChild(e);
              els[i] = e;
            }
            return els[i];
          }
          function offsets(cls, w, h) {
            if (cls === 'city') return [[-3, -h / 2], [-w - 3, -h / 2], [-w / 2, -h - GAP], [-w / 2, GAP]];
            return [[-w / 2, -h / 2], [-w / 2, GAP], [-w / 2, -h - GAP], [GAP, -h / 2], [-w - GAP, -h / 2]];
          }
          function hits(r, placed) {
            for (var k = 0; k < placed.length; k++) {
              var q = placed[k];
              if (r[0] < q[2] && q[0] < r[2] && r[1] < q[3] && q[1] < r[3]) return true;
            }
            return false;
          }
          function layout() {
            var z = map.getZoom(), box = map.getSize(), lng = map.getCenter().lng;
            var todo = [];
            for (var i = 0; i < rows.length; i++) {
              var r = rows[i], on = false;
              if (r[4] <= z) {
                var lon = r[2] + 360 * Math.round((lng - r[2]) / 360);  // the copy nearest the view
                var p = map.latLngToContainerPoint([r[1], lon]);
                on = p.x > -50 && p.y > -20 && p.x < box.x + 50 && p.y < box.y + 20;
                if (on) todo.push([i, p, lon]);
              }
              if (!on && els[i]) els[i].style.display = 'none';
            }
            todo.forEach(function (t) {  // measure new labels in one layout pass
              var e = el(t[0]);
              if (!size[t[0]]) { e.style.visibility = 'hidden'; e.style.display = 'block'; }
            });
            todo.forEach(function (t) {
              var e = els[t[0]];
              if (!size[t[0]]) { size[t[0]] = [e.offsetWidth, e.offsetHeight]; e.style.visibility = ''; }
            });
            // the zoom buttons, layer switch, scale and attribution keep their corners clear
            var origin = map.getContainer().getBoundingClientRect(), placed = [];
            map.getContainer().querySelectorAll('.leaflet-control').forEach(function (c) {
              var b = c.getBoundingClientRect();
              placed.push([b.left - origin.left, b.top - origin.top, b.right - origin.left, b.bottom - origin.top]);
            });
            todo.forEach(function (t) {
              var i = t[0], p = t[1], e = els[i], w = size[i][0], h = size[i][1], spot = null;
              var cand = offsets(rows[i][3], w, h);
              for (var c = 0; c < cand.length && !spot; c++) {
                var x = p.x + cand[c][0], y = p.y + cand[c][1];
                var rect = [x - 2, y - 1, x + w + 2, y + h + 1];
                if (x >= 0 && y >= 0 && x + w <= box.x && y + h <= box.y && !hits(rect, placed)) spot = [x, y, rect];
              }
              if (!spot) { e.style.display = 'none'; return; }
              placed.push(spot[2]);
              var lp = map.containerPointToLayerPoint([spot[0], spot[1]]);
              L.DomUtil.setPosition(e, lp);
              e.style.display = 'block';
            });
          }
          map.on('zoomstart', function () { pane.style.visibility = 'hidden'; });
          map.on('zoomend moveend resize', function () { layout(); pane.style.visibility = ''; });
          fetch('{{ this.url }}').then(function (r) { return r.json(); }).then(function (got) {
            rows = got; els = new Array(rows.length); size = new Array(rows.length);
            map.whenReady(layout);
          });
          map.attributionControl.addAttribution('{{ this.sources }}');
        })({{ this._parent.get_name() }});
        {% endmacro %}"""
    )

    def __init__(self, url: str, sources: str = SOURCES) -> None:
        super().__init__()
        self.url = url
        self.sources = sources
