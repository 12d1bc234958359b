"""Map, card and timeline builders, without Streamlit, including hostile article text."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest

from dashboard.store.timeline_bars import Bar
from dashboard.ui.cards import card_html, date_label, highlight
from dashboard.ui.escape import map_text, markdown_text
from dashboard.ui.map import base_map, fit_view, place_features, places_layer, selected_place_id
from dashboard.ui.timeline import (
    brushed_range,
    histogram_chart,
    resolution_for,
    timeline_chart,
    timeline_frame,
)

HOSTILE = "<img src=x onerror=alert(1)> ${alert(2)} `x` \\ </script>"


def summary(**over: object) -> pd.DataFrame:
    row = {
        "id": "gn:1",
        "name": "Yokosuka",
        "kind": "city",
        "lat": 35.28,
        "lon": 139.67,
        "country_code": "JP",
        "geo_precision": 1,
        "geonameid": 1,
        "geometry": None,
        "n_events": 2,
        "n_located": 1,
        "top_code": "04",
    }
    row.update(over)
    return pd.DataFrame([row])


def event(**over: object) -> dict:
    ev = {
        "id": "e1",
        "article_id": "a1",
        "summary": "Minister visits",
        "date_start": date(2024, 11, 7),
        "date_end": date(2024, 11, 7),
        "time_precision": 1,
        "date_reason": "why",
        "event_code": "04",
        "event_name": "Consult",
        "actors": ["Gen Nakatani"],
        "location_name": "Yokosuka",
        "geo_precision": 1,
        "location_reason": "r",
        "evidence": [{"text": "He went.", "start": 0, "end": 8}],
        "flags": [],
        "alt_dates": [],
        "title": "T",
        "source": "S",
    }
    ev.update(over)
    return ev


def test_map_text_neutralises_html_and_template_syntax() -> None:
    out = map_text(HOSTILE)
    for bad in ("<", ">", "${", "`", "\\"):
        assert bad not in out


def test_tooltip_starts_with_the_name_and_is_escaped() -> None:
    fc = place_features(summary(name=HOSTILE))
    label = fc["features"][0]["properties"]["label"]
    assert label.startswith(map_text(HOSTILE))
    html = base_map()
    places_layer(fc).add_to(html)
    rendered = html.get_root().render()
    assert "<img src=x" not in rendered
    assert "${alert" not in rendered


def test_points_and_areas() -> None:
    poly = '{"type": "Polygon", "coordinates": [[[124, 33], [131, 33], [131, 43], [124, 43], [124, 33]]]}'
    fc = place_features(
        pd.concat(
            [
                summary(),
                summary(
                    id="rg:kp",
                    name="Korean Peninsula",
                    kind="region",
                    lat=38.0,
                    lon=127.5,
                    geo_precision=3,
                    geometry=poly,
                ),
            ]
        )
    )
    kinds = [(f["properties"]["place_id"], f["geometry"]["type"]) for f in fc["features"]]
    # the area first (drawn under the points), then a clickable handle for every place,
    # the town last: on top of a coarse place's dot, it keeps its click
    assert kinds == [("rg:kp", "Polygon"), ("rg:kp", "Point"), ("gn:1", "Point")]
    assert fc["features"][0]["properties"]["style"]["dashArray"]


def test_selected_place_is_highlighted() -> None:
    plain = place_features(summary())["features"][0]["properties"]["style"]
    chosen = place_features(summary(), selected="gn:1")["features"][0]["properties"]["style"]
    assert chosen["weight"] > plain["weight"]
    assert chosen["radius"] > plain["radius"]


def test_base_map_loads_only_local_assets() -> None:
    html = base_map().get_root().render()
    assert "/app/static/leaflet/leaflet.js" in html
    assert "cdn.jsdelivr" not in html
    assert "code.jquery" not in html
    assert "unpkg" not in html


@pytest.mark.parametrize(
    ("out", "expected"),
    [
        (None, None),
        ({}, None),
        ({"last_active_drawing": {"properties": {"place_id": "cc:JP"}}}, "cc:JP"),
        ({"last_active_drawing": {"properties": {}}}, None),
    ],
)
def test_selected_place_id(out: dict | None, expected: str | None) -> None:
    assert selected_place_id(out) == expected


def test_fit_view_zooms_in_on_a_cluster_and_out_for_the_world() -> None:
    (_, near) = fit_view(pd.concat([summary(), summary(id="b", lat=35.69, lon=139.69)]))
    (_, far) = fit_view(pd.concat([summary(), summary(id="b", lat=38.9, lon=-77.0)]))
    assert near > far >= 1


def test_card_escapes_everything_from_the_article() -> None:
    html = card_html(
        event(
            summary=HOSTILE,
            actors=[HOSTILE],
            location_name=HOSTILE,
            evidence=[{"text": HOSTILE, "start": 0, "end": 1}],
            title=HOSTILE,
        )
    )
    assert "<img" not in html
    assert "</script>" not in html


def test_card_shows_what_a_reader_needs() -> None:
    html = card_html(
        event(flags=["date_conflict"], alt_dates=[{"text": "on Wednesday", "start": "2024-11-06"}])
    )
    for part in (
        "Minister visits",
        "7 Nov 2024",
        "04 Consult",
        "Gen Nakatani",
        "Yokosuka",
        "He went.",
        "on Wednesday",
    ):
        assert part in html


@pytest.mark.parametrize(
    ("start", "end", "precision", "label"),
    [
        (date(2024, 11, 7), date(2024, 11, 7), 1, "7 Nov 2024"),
        (date(2024, 10, 28), date(2024, 11, 3), 2, "week of 28 Oct 2024"),
        (date(2024, 3, 1), date(2024, 3, 31), 3, "Mar 2024"),
        (date(1910, 1, 1), date(1945, 12, 31), 4, "1910–1945"),
        (date(2023, 1, 1), date(2024, 11, 7), 4, "1 Jan 2023 – 7 Nov 2024"),
    ],
)
def test_date_labels(start: date, end: date, precision: int, label: str) -> None:
    assert date_label(start, end, precision) == label


def test_timeline_draws_ranges_as_bars_and_days_as_points() -> None:
    events = pd.DataFrame(
        [
            event(),
            event(
                id="e2",
                summary="Occupation",
                date_start=date(1910, 1, 1),
                date_end=date(1945, 12, 31),
                time_precision=4,
                event_code="19",
            ),
        ]
    )
    frame = timeline_frame(events)
    assert frame.set_index("id")["span"].to_dict() == {"e1": False, "e2": True}
    spec = timeline_chart(frame).to_dict()
    marks = sorted(layer["mark"]["type"] for layer in spec["layer"])
    assert marks == ["bar", "point"]


def test_evidence_highlights_place_names_and_stays_escaped() -> None:
    ev = event(
        evidence=[{"text": "<b>He</b> went to Oslo.", "start": 100, "end": 123}],
        place_spans=[(118, 122)],
    )
    html = card_html(ev)
    assert "&lt;b&gt;He&lt;/b&gt; went to <mark>Oslo</mark>." in html
    assert 'href="article?article=a1"' in html


def test_highlight_skips_spans_outside_the_text() -> None:
    assert (
        highlight("Oslo and Bergen", [(0, 4), (9, 15), (30, 40)])
        == "<mark>Oslo</mark> and <mark>Bergen</mark>"
    )


def test_markdown_text_escapes_markup() -> None:
    assert markdown_text("*bold* [x](y)") == r"\*bold\* \[x\]\(y\)"


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        (None, None),
        ({}, None),
        ({"brush": {}}, None),
        (
            {"brush": {"start": [1730419200000, 1727740800000]}},
            (date(2024, 10, 1), date(2024, 11, 1)),
        ),
        (
            {"brush": {"start": ["2024-10-01T00:00:00", "2024-10-31"]}},
            (date(2024, 10, 1), date(2024, 10, 31)),
        ),
        ({"brush": {"start": ["nonsense", 3]}}, None),
    ],
)
def test_brushed_range(selection: dict | None, expected: tuple[date, date] | None) -> None:
    assert brushed_range(selection) == expected


def counts(n: int, per_class: tuple[int, ...] = (0, 5, 0, 0, 10)) -> list[Bar]:
    """What ``store.timeline_bars.bars`` returns: ``n`` weeks of events per class."""
    weeks = [date(2024, 1, 1) + timedelta(weeks=i) for i in range(n)]
    return [Bar(w, w + timedelta(days=6), sum(per_class), 12, per_class) for w in weeks]


def test_many_events_are_counted_per_bucket_and_class() -> None:
    spec = histogram_chart(counts(40), "week").to_dict()
    (layer,) = spec["layer"]
    assert layer["mark"]["type"] == "bar"
    assert (layer["encoding"]["y"]["field"], layer["encoding"]["y2"]["field"]) == ("low", "high")
    assert layer["encoding"]["y"]["title"] == "events per week"
    rows = spec["datasets"][next(iter(spec["datasets"]))]
    assert sum(v["events"] for v in rows) == 40 * 15
    # one stacked segment per class and week, none for a class without events
    assert len(rows) == 40 * 2
    # the bar spans its week, ending after its last day; its classes stacked
    assert (rows[0]["start"], rows[0]["end"]) == ("2024-01-01", "2024-01-08")
    assert [(v["low"], v["high"]) for v in rows[:2]] == [(0, 5), (5, 15)]
    assert {v["happenings"] for v in rows} == {12}
    # the brush reads the same field as the per-event chart's: brushed_range finds it
    assert layer["encoding"]["x"]["field"] == "start"
    assert layer["encoding"]["x2"]["field"] == "end"


@pytest.mark.parametrize(
    ("first", "last", "resolution"),
    [
        (date(2024, 1, 1), date(2024, 3, 1), "day"),
        (date(2020, 1, 1), date(2024, 3, 1), "week"),
        (date(1910, 1, 1), date(2024, 3, 1), "month"),
    ],
)
def test_the_histogram_draws_days_weeks_or_months_by_the_span(
    first: date, last: date, resolution: str
) -> None:
    assert resolution_for(first, last) == resolution


def points(*pairs: tuple[float, float]) -> pd.DataFrame:
    return pd.DataFrame([{"lat": a, "lon": b} for a, b in pairs])


def in_view(
    center: tuple[float, float],
    zoom: int,
    lat: float,
    lon: float,
    width: int = 560,
    height: int = 540,
) -> bool:
    """Whether a point is inside a Web Mercator view of that size."""
    import math

    scale = 256 * 2**zoom

    def px(la: float, lo: float) -> tuple[float, float]:
        y = math.log(math.tan(math.pi / 4 + math.radians(la) / 2))
        return (lo + 180) / 360 * scale, (1 - y / math.pi) / 2 * scale

    cx, cy = px(*center)
    x, y = px(lat, lon)
    return abs(x - cx) <= width / 2 and abs(y - cy) <= height / 2


def test_the_view_frames_event_locations_and_ignores_a_far_outlier() -> None:
    from dashboard.ui.map import fit_view

    east_asia = [(35.28, 139.67), (35.28, 139.67), (35.69, 139.75), (40.0, 127.0), (40.0, 135.0)]
    center, zoom = fit_view(points(*east_asia, (38.9, -77.0)))  # one event in Washington
    assert zoom >= 4
    assert in_view(center, zoom, 35.28, 139.67)  # Yokosuka
    assert in_view(center, zoom, 37.57, 126.98)  # Seoul, beside the frame's western edge
    assert not in_view(center, zoom, 38.9, -77.0)


def test_two_events_far_apart_keep_at_least_zoom_3() -> None:
    from dashboard.ui.map import FIT_MIN_ZOOM, fit_view

    _, zoom = fit_view(points((51.5, -0.1), (-33.9, 151.2)))
    assert zoom == FIT_MIN_ZOOM
    _, one = fit_view(points((51.5, -0.1)))
    assert one >= FIT_MIN_ZOOM


def test_places_across_the_antimeridian_are_framed_together() -> None:
    from dashboard.ui.map import fit_view

    center, zoom = fit_view(
        points((-18.1, 178.4), (-13.8, -171.8), (-21.1, -175.2))
    )  # Suva, Apia, Nuku'alofa
    assert 170 < center[1] < 190 or -190 < center[1] < -170
    assert zoom >= 5


def test_places_all_west_of_greenwich_keep_their_own_longitudes() -> None:
    """Shifting every longitude by 360° narrows nothing; float rounding once made it look
    narrower, and the view of three Chilean towns was centred at 289°E, on no basemap."""
    from dashboard.ui.map import fit_view

    center, zoom = fit_view(points((-33.05, -71.62), (-33.45, -70.67), (-33.04, -71.55)))
    assert -72 < center[1] < -70
    assert zoom >= 6


def test_labels_rank_seas_and_big_countries_before_towns() -> None:
    from dashboard.model import Place
    from dashboard.ui.basemap import labels_of

    places = [
        Place("gn:1", "Bigtown", "city", 10.0, 10.0, "XX", 1, population=9_000_000),
        Place("gn:2", "Smalltown", "city", 10.0, 11.0, "XX", 1, population=20_000),
        Place("cc:XX", "Examplia", "country", 10.0, 10.0, "XX", 3, population=30_000_000),
        Place("rg:s", "Example Sea", "sea", 12.0, 10.0, None, 3, bbox=(0.0, 0.0, 20.0, 20.0)),
        Place("rg:o", "Example Ocean", "sea", 0.0, 0.0, None, 3),
    ]
    got = [(lb.text, lb.cls, lb.min_zoom) for lb in labels_of(places)]
    assert got == [
        ("Example Ocean", "ocean", 1),
        ("Example Sea", "sea", 2),
        ("Examplia", "country", 2),
        ("Bigtown", "city", 4),
    ]


@pytest.mark.parametrize(
    ("first", "last"), [(date.min, date.max), (date(1, 1, 1), date(9999, 12, 31))]
)
def test_timeline_takes_the_extreme_dates_a_link_can_hold(first: date, last: date) -> None:
    one = timeline_chart(timeline_frame(pd.DataFrame([event()])), (first, last))
    many = histogram_chart(counts(3), "month", (first, last))
    for chart in (one, many):
        spec = chart.to_dict()
        assert "9999-12-31" in str(spec)
        assert "0001-01-01" in str(spec)


def test_dissolved_countries_get_no_label_and_reassigned_codes_keep_theirs() -> None:
    from dashboard.model import Place
    from dashboard.ui.basemap import labels_of, withdrawn_codes

    def country(code: str, name: str) -> Place:
        return Place(f"cc:{code}", name, "country", 44.0, 20.0, code, 3, population=5_000_000)

    places = [
        country("CS", "Old Union"),
        country("YU", "Older Union"),
        country("AN", "Isles"),
        country("RS", "Today's State"),
        country("BQ", "Reused Code"),
    ]
    assert [lb.text for lb in labels_of(places)] == ["Reused Code", "Today's State"]
    assert {"CS", "YU", "AN", "SU", "DD", "ZR"} <= withdrawn_codes()
    assert not {"RS", "ME", "BQ", "CW", "SX"} & withdrawn_codes()


def test_the_shipped_labels_name_no_dissolved_country() -> None:
    import json

    from dashboard.places.gazetteer import load
    from dashboard.ui.basemap import labels_json, withdrawn_codes

    gone = {
        p.name
        for p in load().places.values()
        if p.kind == "country" and p.country_code in withdrawn_codes()
    }
    shown = {row[0] for row in json.loads(labels_json()) if row[3] == "country"}
    assert shown
    assert not gone & shown


def test_a_marked_layer_becomes_javascript_once_and_reads_the_same() -> None:
    import streamlit_folium

    from dashboard.ui import reuse
    from dashboard.ui.map import highlight_layer

    reuse.install()
    poly = '{"type": "Polygon", "coordinates": [[[124, 33], [131, 33], [131, 43], [124, 43], [124, 33]]]}'
    places = pd.concat(
        [
            summary(),
            summary(
                id="rg:kp",
                name="Korean Peninsula",
                kind="region",
                lat=38.0,
                lon=127.5,
                geo_precision=3,
                geometry=poly,
            ),
        ]
    )
    key = ("test", id(places))
    marked = reuse.mark(places_layer(place_features(places)), key)
    serialise = streamlit_folium._get_feature_group_string
    first = serialise(marked, base_map(), 0)
    again = serialise(marked, base_map(), 0)  # another run: a new map around the same layer
    assert reuse.built.count(key) == 1
    fresh = serialise.__wrapped__(places_layer(place_features(places)), base_map(), 0)
    assert first == again == fresh  # what st_folium would have built, names and all
    # the highlight draws the chosen place only, and lets clicks through to the full layer
    lit = serialise(highlight_layer(places, "rg:kp"), base_map(), 1)
    assert "Tooltip" in first
    assert "Tooltip" not in lit  # the full layer's tooltip shows
    assert lit.count('"interactive": false') >= 2  # the area and its handle
    assert "rg:kp" in lit
    assert "Yokosuka" not in lit


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Reuters via http://example.org/a", "http://"),
        ("Wire (HTTPS://example.org)", "HTTPS://"),
        ("see www.example.org", "www."),
        ("tips to desk@example.org", "desk@"),
    ],
)
def test_markdown_text_breaks_autolink_literals(text: str, trigger: str) -> None:
    # GFM links these even after the escapes are decoded; an invisible word joiner before
    # the trigger's ":", "." or "@" stops it, and the text reads as typed
    escaped = markdown_text(text)
    assert trigger.lower() not in escaped.replace("\\", "").lower()
    assert escaped.replace("\u2060", "").replace("\\", "") == text


def test_markdown_text_keeps_plain_colons_and_typed_references() -> None:
    assert markdown_text("Kyiv: a strike") == "Kyiv: a strike"
    assert markdown_text("AT&T &amp; co") == r"AT\&T \&amp; co"


def test_the_places_a_first_view_leaves_off_are_counted() -> None:
    from dashboard.ui.map import fit_view, outside_view

    # three Anatolian towns, a Moroccan one and Tokyo: the frame holds Morocco and Anatolia
    # (12 of the 13 events; framing Anatolia alone once left 7 of 13 off)
    places = pd.DataFrame(
        {
            "lat": [38.0, 37.5, 37.0, 31.6, 35.7],
            "lon": [37.0, 36.9, 38.0, -8.0, 139.7],
            "n_events": [3, 2, 1, 6, 1],
        }
    )
    center, zoom = fit_view(places, weights="n_events")
    assert outside_view(places, center, zoom) == (1, 1)
    assert outside_view(places, (30.0, 40.0), 1) == (0, 0)  # the world holds them all


def test_a_view_across_the_antimeridian_holds_both_sides() -> None:
    from dashboard.ui.map import outside_view

    fiji_samoa = pd.DataFrame({"lat": [-18.1, -13.8], "lon": [178.4, -171.8], "n_events": [1, 1]})
    assert outside_view(fiji_samoa, (-16.0, 183.3), 5) == (0, 0)


def weighted(*rows: tuple[float, float, int]) -> pd.DataFrame:
    return pd.DataFrame([{"lat": a, "lon": b, "n_events": n} for a, b, n in rows])


def test_places_across_asia_africa_and_europe_are_all_framed() -> None:
    """Scattered places once framed around their coordinate-wise median: the view showed
    Europe and Africa and left the East Asian majority (8 of 12 events) off it."""
    from dashboard.ui.map import fit_view, outside_view

    asia = [(39.03, 125.75, 1), (21.02, 105.84, 1), (14.6, 120.98, 1), (10.38, 114.36, 1)]
    asia += [(35.0, 105.0, 1), (36.0, 138.0, 1), (13.0, 122.0, 1), (21.4, 72.9, 1)]
    west = [(49.0, 32.0, 1), (-1.28, 36.82, 3), (-4.05, 39.66, 1)]
    places = weighted(*asia, *west)
    center, zoom = fit_view(places, weights="n_events")
    for lat, lon, _ in asia + west:
        assert in_view(center, zoom, lat, lon), (lat, lon)
    assert outside_view(places, center, zoom) == (0, 0)


def test_a_minority_far_away_is_left_off_and_the_busiest_half_of_the_world_framed() -> None:
    from dashboard.ui.map import fit_view, outside_view

    asia = [(39.03, 125.75, 2), (14.6, 120.98, 2), (21.02, 105.84, 1), (35.7, 139.7, 1)]
    europe = [(50.45, 30.52, 2), (48.85, 2.35, 1)]
    americas = [(10.5, -66.9, 1)]  # Caracas: the only event west of Europe
    places = weighted(*asia, *europe, *americas)
    center, zoom = fit_view(places, weights="n_events")
    for lat, lon, _ in asia + europe:
        assert in_view(center, zoom, lat, lon), (lat, lon)
    assert outside_view(places, center, zoom) == (1, 1)
