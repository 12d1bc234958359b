"""The timeline: events over time, ranges as bars and single days as points, by type."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import altair as alt
import pandas as pd

from dashboard.events.cameo import quad_class
from dashboard.store.queries import Resolution
from dashboard.store.timeline_bars import Bar
from dashboard.ui.cards import PRECISION_NAMES, date_label
from dashboard.ui.map import QUAD_COLOURS, QUAD_NAMES

_LABEL_CHARS = 70
MAX_ROWS = 40  # past this many events, one lane per event type keeps the chart readable
BRUSH = "brush"


def timeline_frame(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event with what the chart draws; labels stay plain text (Vega escapes)."""
    if events.empty:
        return pd.DataFrame(
            columns=["id", "label", "start", "end", "kind", "when", "type", "quad", "span"]
        )
    frame = pd.DataFrame(
        {
            "id": events["id"],
            "label": events["summary"].map(_short),
            # a date pandas cannot hold is left off the chart (NaT, dropped below) rather than
            # breaking the page
            "start": pd.to_datetime(events["date_start"], errors="coerce"),
            # bars end after their last day, so a one-week range is seven days wide
            "end": pd.to_datetime(events["date_end"], errors="coerce") + pd.Timedelta(days=1),
            "when": [
                date_label(s, e, int(p)) + f" ({PRECISION_NAMES[int(p)]})"
                for s, e, p in zip(
                    events["date_start"], events["date_end"], events["time_precision"], strict=True
                )
            ],
            "type": events["event_code"] + " " + events["event_name"],
            "quad": events["event_code"].map(lambda c: QUAD_NAMES[quad_class(c)]),
            "span": events["date_end"] > events["date_start"],
        }
    )
    return frame.dropna(subset=["start", "end"]).sort_values("start").reset_index(drop=True)


# Past this many events, bars of counts per bucket (``histogram_chart``), not one mark per
# event: a reader can find and hover a few dozen marks, each in its lane or a type's lane
# (``MAX_ROWS``), where hundreds pile up (a month across ~700 px gives a day ~23 px, two
# diamonds' width) and their labels and tooltips weigh the page (page83: 392 events in 30
# days, 109 KB of chart, against 10 KB of day bars).
MAX_MARKS = 60


def timeline_chart(
    frame: pd.DataFrame, domain: tuple[date, date] | None = None, focus: str | None = None
) -> alt.LayerChart:
    """One mark per event of ``timeline_frame`` (up to ``MAX_MARKS``): bars for ranges,
    diamonds for single days; one lane per event, or per type past ``MAX_ROWS``."""
    lanes = "label" if len(frame) <= MAX_ROWS else "type"
    order = frame[lanes].drop_duplicates().tolist()
    colour = alt.Color(
        "quad:N",
        title="Event class",
        scale=alt.Scale(domain=list(QUAD_NAMES.values()), range=list(QUAD_COLOURS.values())),
    )
    x_scale = (
        alt.Scale(domain=[_iso(domain[0]), _iso(_day_after(domain[1]))])
        if domain
        else alt.Undefined
    )
    base = alt.Chart(frame).encode(
        y=alt.Y(
            f"{lanes}:N", sort=order, title=None, axis=alt.Axis(labelLimit=320, labelOverlap=False)
        ),
        color=colour,
        # a focused event stands out: the others fade
        opacity=alt.condition(alt.datum.id == focus, alt.value(1.0), alt.value(0.25))
        if focus
        else alt.value(0.9),
        tooltip=[
            alt.Tooltip("label:N", title="Event"),
            alt.Tooltip("when:N", title="When"),
            alt.Tooltip("type:N", title="Type"),
        ],
    )
    x = alt.X("start:T", title=None, scale=x_scale)
    layers: list[alt.Chart] = []
    if frame["span"].any():
        layers.append(
            base.transform_filter(alt.datum.span)
            .mark_bar(height=10, cornerRadius=2, clip=True)
            .encode(x=x, x2="end:T")
        )
    if (~frame["span"]).any():
        layers.append(
            base.transform_filter(~alt.datum.span)
            .mark_point(filled=True, size=90, shape="diamond", clip=True)
            .encode(x=x)
        )
    height = max(120, 26 * len(order))
    # dragging across the timeline brushes a date range; the page turns it into the filter,
    # and the chart then zooms to it (its domain is the filter's range)
    layers[0] = layers[0].add_params(alt.selection_interval(encodings=["x"], name=BRUSH))
    return alt.layer(*layers).resolve_scale(x="shared").properties(height=height)


def resolution_for(first: date, last: date) -> Resolution:
    """The bucket a histogram of [first, last] draws: days up to half a year, weeks up to
    five years, months beyond (a few hundred bars at most, wide enough to see)."""
    days = (last - first).days
    return "day" if days <= 183 else "week" if days <= 5 * 366 else "month"


def histogram_chart(
    bars: Sequence[Bar], resolution: Resolution, domain: tuple[date, date] | None = None
) -> alt.LayerChart:
    """Many events: one bar per bucket (``store.timeline_bars.bars``) as wide as its day,
    week or month, its events stacked by class, with the same brush; the tooltip gives the
    bucket's happenings and events."""
    x_scale = (
        alt.Scale(domain=[_iso(domain[0]), _iso(_day_after(domain[1]))])
        if domain
        else alt.Undefined
    )
    colour = alt.Color(
        "quad:N",
        title="Event class",
        scale=alt.Scale(domain=list(QUAD_NAMES.values()), range=list(QUAD_COLOURS.values())),
    )
    chart = (
        alt.Chart(pd.DataFrame(_stacked(bars), columns=_BAR_FIELDS))
        .mark_bar(clip=True)
        .encode(
            # the bucket's field is "start", as in ``timeline_chart``: the brush reports its
            # range under the field's name, and ``brushed_range`` reads "start"
            x=alt.X("start:T", title=None, scale=x_scale),
            x2="end:T",
            # stacked here, not by Vega-Lite, which stacks no bar that has a width (x2)
            y=alt.Y("low:Q", title=f"events per {resolution}"),
            y2="high:Q",
            color=colour,
            tooltip=[
                alt.Tooltip("start:T", title=resolution.capitalize()),
                alt.Tooltip("happenings:Q", title=f"Happenings in the {resolution}"),
                alt.Tooltip("in_all:Q", title=f"Events in the {resolution}"),
                alt.Tooltip("quad:N", title="Event class"),
                alt.Tooltip("events:Q", title="Events of this class"),
                alt.Tooltip("earlier:Q", title=f"Of all, begun before the {resolution}"),
            ],
        )
        .add_params(alt.selection_interval(encodings=["x"], name=BRUSH))
    )
    return alt.LayerChart(layer=[chart.properties(height=220)])


_BAR_FIELDS = ["start", "end", "quad", "events", "low", "high", "in_all", "happenings", "earlier"]


def _stacked(bars: Sequence[Bar]) -> list[tuple]:
    """One row per bucket and class with events: the bar's days (it ends after its last),
    its segment's bounds (the classes stacked in the legend's order), and the bucket's
    events, happenings and events begun before it (``Bar.earlier``)."""
    rows = []
    for b in bars:
        low = 0
        for k in QUAD_NAMES:
            n = b.per_class[k]
            if n:
                start, end = _iso(b.start), _iso(_day_after(b.end))
                row = (start, end, QUAD_NAMES[k], n, low, low + n, b.events, b.happenings)
                rows.append((*row, b.earlier))
                low += n
    return rows


def brushed_range(selection: Mapping[str, Any] | None) -> tuple[date, date] | None:
    """The dates a timeline brush covers, from ``st.altair_chart``'s selection state."""
    interval = ((selection or {}).get(BRUSH) or {}).get("start")
    if not interval or len(interval) != 2:
        return None
    ends = [d for d in (_to_date(v) for v in interval) if d is not None]
    if len(ends) != 2:
        return None
    first, last = sorted(ends)
    return first, last


def _to_date(value: Any) -> date | None:
    try:
        if isinstance(value, (int, float)):
            return datetime.fromtimestamp(value / 1000, tz=UTC).date()  # Vega sends epoch ms
        return date.fromisoformat(str(value)[:10])
    except (ValueError, OverflowError, OSError):
        return None


def _short(s: str) -> str:
    return s if len(s) <= _LABEL_CHARS else s[: _LABEL_CHARS - 1] + "…"


def _day_after(d: date) -> date:
    """The day after ``d``, where the domain's last day ends; ``date.max`` itself for the last
    day Python can hold (a link may ask for 9999-12-31, and the page must still draw)."""
    return d if d >= date.max else d + timedelta(days=1)


def _iso(d: date) -> str:
    return d.isoformat()
