"""The shared filters, drawn once in the entry script; their state lives in the URL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from dashboard.events.cameo import ROOTS
from dashboard.ui import data, state
from dashboard.ui.escape import markdown_text
from dashboard.views import Filters

MIN = date(*state.MIN_DATE)
MAX = date(*state.MAX_DATE)


def date_range(
    picked_from: date | None, picked_to: date | None, default: tuple[date, date]
) -> tuple[date, date]:
    """The filter range, whatever half-typed state the two inputs are in."""
    start = picked_from or default[0]
    end = picked_to or default[1]
    return (start, end) if start <= end else (end, start)


PENDING = "_pending_range"  # a range set after the date inputs were drawn (timeline brush)


def set_dates(start: date, end: date) -> None:
    """Set the date filter from outside the sidebar: applied before the inputs are drawn."""
    st.session_state[PENDING] = (start, end)
    st.rerun()


LAST_DEFAULT = "_range_default"  # the default range applied last: follows the data until changed


def sidebar() -> DeltaGenerator:
    """The date range, and the place of the filters (drawn on the Map page only: the other
    pages ignore them). The filters' state is read from the link or this session now, for
    the page to use; their widgets are drawn into the returned container by ``facets``
    after the page (``app.py``): their options (``data.filter_options``, 1.2-2 s once per
    data version at 1M events, the actors' names parsed from every event) need not hold
    up the first paint after a start or an ingest. They are not asked in a worker thread
    meanwhile: on this shared 2-core host that took the page's own queries' CPU and
    painted no sooner."""
    extent = data.extent() or (date.today(), date.today())  # of the events shown
    default = data.default_range()
    pending = st.session_state.pop(PENDING, None)
    if pending:
        st.session_state[state.FROM], st.session_state[state.TO] = pending
    _follow_the_data(default)
    _in_order()
    link_notice()
    with st.sidebar:
        st.markdown("### Dates")
        st.caption(
            "Events overlapping this range are shown on the map, the cards and the timeline. "
            "Type a date and press Enter."
        )
        current_range = date_range(
            st.session_state.get(state.FROM), st.session_state.get(state.TO), default
        )
        # the pill that matches the range stays lit, and only that one
        st.session_state["preset"] = matching_preset(current_range, default, extent)
        st.pills(
            "Range",
            list(PRESETS),
            key="preset",
            on_change=_apply_preset,
            args=(default, extent),
            label_visibility="collapsed",
        )
        # any year the data or the link holds: an input's bounds never reject its own value
        held = [
            d
            for d in (st.session_state.get(state.FROM), st.session_state.get(state.TO))
            if isinstance(d, date)
        ]
        lo, hi = min([MIN, extent[0], *held]), max([MAX, extent[1], *held])
        _date_input("From", state.FROM, lo, hi)
        _date_input("To", state.TO, lo, hi)
        _range_to_url(default)
        st.html(_ENTER_COMMITS_DATES, unsafe_allow_javascript=True)
        if st.button(
            "Newest 30 days",
            icon=":material/restart_alt:",
            width="stretch",
            help="The default view: the last 30 days up to the newest event",
        ):
            reset_dates()
        later = st.container()
    _init_filters()
    _filters_notice()
    return later


# Streamlit's date field commits a typed date when focus leaves the widget, not on Enter (a
# plain blur() does not count either); as in any form, Enter should apply it. This fixed script
# (nothing from articles in it) moves focus to the next control outside the widget, which
# commits, then returns it to the field.
_ENTER_COMMITS_DATES = """<script>
(function () {
  var doc = document;
  if (doc.__gnEnterDates) return;
  doc.__gnEnterDates = true;
  doc.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' || !e.target || !e.target.closest) return;
    var field = e.target.closest('[data-testid="stDateInput"]');
    if (!field) return;
    var next = Array.prototype.find.call(doc.querySelectorAll('button, input, [tabindex="0"]'), function (x) {
      return !field.contains(x) && (field.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    if (!next) return;
    var back = e.target;
    e.preventDefault();
    next.focus();
    setTimeout(function () { back.focus(); }, 150);
  }, true);
})();
</script>"""


KEPT = "_kept_view"  # the range and filters at the end of the last Map run


def _follow_the_data(default: tuple[date, date]) -> None:
    """The range for this run. First: the link's dates, else what this session last had on
    the Map (widget state is dropped while another page is shown), else the default. Then a
    range the user never changed follows the data (an ingest moves the default); a range of
    their own stays."""
    ss = st.session_state
    last = ss.get(LAST_DEFAULT)
    kept = ss.get(KEPT) or {}
    if state.FROM not in ss or state.TO not in ss:
        url = (_url_date(state.FROM), _url_date(state.TO))
        back = kept.get("range") or default
        ss[state.FROM] = url[0] or (_lone_end(url[1], default, -1) if url[1] else back[0])
        ss[state.TO] = url[1] or (_lone_end(url[0], default, 1) if url[0] else back[1])
        _note_bad_link_dates()
    if last is not None and last != default and (ss[state.FROM], ss[state.TO]) == last:
        ss[state.FROM], ss[state.TO] = default
    ss[LAST_DEFAULT] = default


def _lone_end(given: date, default: tuple[date, date], side: int) -> date:
    """The other end for a link that gives one (``?to=1950-12-31``): the default's, unless
    the given end lies beyond it; then the default's span from the given end (``side`` -1:
    back from a lone ``to``, 1: on from a lone ``from``). The default's start beside a lone
    ``to`` before it had been put in order as a range *from* that ``to``: the link asked for
    what came before a date and got everything after it."""
    span = default[1] - default[0]
    if side < 0:
        return default[0] if given >= default[0] else given - span
    return default[1] if given <= default[1] else given + span


def _restore_filters() -> None:
    """Filters this session set on the Map come back after a visit to another page."""
    kept = (st.session_state.get(KEPT) or {}).get("filters") or {}
    for key, value in kept.items():
        if key not in st.session_state and key not in st.query_params:
            st.session_state[key] = value


def _keep() -> None:
    ss = st.session_state
    ss[KEPT] = {
        "range": (ss.get(state.FROM), ss.get(state.TO)),
        "filters": {k: ss[k] for k in (*state.FILTER_KEYS, state.UNREAL) if ss.get(k)},
    }


def _range_to_url(default: tuple[date, date]) -> None:
    """Both ends in the URL whenever the range is not the default, so a shared link keeps its
    end date as news arrives; neither while it is (the link then means "the newest"). A link
    to a place keeps its range too: the newest range after an ingest may hold none of the
    place's events, and the link would open on a warning (a fresh user's shared link)."""
    got = (st.session_state.get(state.FROM), st.session_state.get(state.TO))
    pinned = got != default or bool(st.query_params.get(state.PLACE))
    if not (pinned and pin_range()):
        st.query_params.pop(state.FROM, None)
        st.query_params.pop(state.TO, None)


def pin_range() -> bool:
    """Put the range in the URL now, when both ends are dates; True if it did. A click that
    selects a place in this run (the URL's ``place`` set after ``_range_to_url`` ran) calls
    it, so the link carries the range it was made in, as README says a place link does."""
    got = (st.session_state.get(state.FROM), st.session_state.get(state.TO))
    if not all(isinstance(d, date) for d in got):
        return False
    st.query_params[state.FROM] = got[0].isoformat()  # type: ignore[union-attr]
    st.query_params[state.TO] = got[1].isoformat()  # type: ignore[union-attr]
    return True


GEO_LABELS = {
    1: "1 · town or landmark",
    2: "2 · near a town / part of a region",
    3: "3 · region, sea or country",
}


def _init_filters() -> None:
    """The filters' state before the page reads it (``current_filters``): this session's,
    else the link's (its values checked against the store's, which are then asked for
    now: a link with filters is rare), else none."""
    _restore_filters()
    ss, linked = st.session_state, st.query_params
    keys = (state.TYPES, state.COUNTRIES, state.ACTORS, state.GEO)
    options = (
        data.filter_options()
        if any(k in linked and k not in ss for k in keys)
        else {"types": [], "countries": [], "actors": []}
    )
    for key, values in zip(
        keys,
        (options["types"], options["countries"], options["actors"], list(GEO_LABELS)),
        strict=True,
    ):
        _init_multiselect(key, values)
    if state.QUERY not in ss:
        ss[state.QUERY] = linked.get(state.QUERY, "")


class PageEndedError(Exception):
    """Raised by a page that ends its run early (the Map with no event to show): unlike
    ``st.stop``, after which Streamlit draws nothing, ``app.py`` still draws the filters'
    widgets, so the search term or type that emptied the view stays in sight to change.
    (Drawn from inside the page, they would take the page's widget ids and lose their state.)"""


def facets() -> None:
    """The filters' widgets (in the container ``sidebar`` returned)."""
    _restore_filters()
    options = data.filter_options()
    st.markdown("### Filters")
    _multiselect(
        "Event type (CAMEO)", options["types"], state.TYPES, lambda c: f"{c} {ROOTS.get(c, '')}"
    )
    _multiselect("Country of the event", options["countries"], state.COUNTRIES, _country_name)
    _multiselect("Actor", options["actors"], state.ACTORS, str)
    _multiselect("Geo precision", [1, 2, 3], state.GEO, lambda g: GEO_LABELS[g])
    _search_box()
    st.toggle(
        "Show negated and hypothetical events",
        key=state.UNREAL,
        bind="query-params",
        help="Events the text says did not happen, or only might. Hidden by default; "
        "shown with their flag on the card.",
    )
    _keep()
    if current_filters().active and st.button("Clear filters", width="stretch"):
        clear_filters()


def _multiselect(label: str, options: list, key: str, fmt: Callable[[Any], str]) -> None:
    """A multiselect whose value lives in the URL as plain codes (?type=15&type=04).
    (bind="query-params" would write the formatted labels instead.)"""
    _init_multiselect(key, options)
    value = st.multiselect(label, options, key=key, format_func=fmt)
    if value:
        st.query_params[key] = [str(v) for v in value]
    else:
        st.query_params.pop(key, None)


def _init_multiselect(key: str, options: list) -> None:
    """The multiselect ``key``'s value from the link (those of its values among
    ``options``, in any case), unless this session has one. The link's values the store does not hold
    (``?type=99``) are noted for ``_filters_notice``."""
    if key not in st.session_state:
        # a link is typed by hand as often as copied: "?country=kp" means KP
        wanted = st.query_params.get_all(key)
        asked = {w.casefold() for w in wanted}
        st.session_state[key] = [o for o in options if str(o).casefold() in asked]
        known = {str(o).casefold() for o in options}
        dropped = [w for w in wanted if w.casefold() not in known]
        if dropped:
            notes = dict(st.session_state.get(FILTERS_NOTICE) or {})
            notes[key] = dropped
            st.session_state[FILTERS_NOTICE] = notes


FILTERS_NOTICE = "_link_filters_notice"  # {query key: the link's values left out}


def _filters_notice() -> None:
    """Name the link's filter values that match nothing in the store (a type code, country
    or actor of another store, a mistyped link): they are left out, and the notice says so
    until the filters are changed."""
    ss = st.session_state
    notes = ss.get(FILTERS_NOTICE)
    if not notes:
        return
    shown = {key: ss.get(key) for key in notes}
    if ss.get(FILTERS_NOTICE + "_at", shown) != shown:
        ss.pop(FILTERS_NOTICE, None)  # the filters were changed since: it is said
        ss.pop(FILTERS_NOTICE + "_at", None)
        return
    ss[FILTERS_NOTICE + "_at"] = shown
    said = " and ".join(
        f"**{key}** " + ", ".join(f'"{markdown_text(v[:40])}"' for v in values[:5])
        for key, values in notes.items()
    )
    message = f"The link's {said} match nothing in this store: left out."
    st.warning(message, icon=":material/filter_alt_off:")


def _search_box() -> None:
    """The text filter, its text in the URL as typed (?q=missile). Kept by hand, not with
    bind="query-params": the app cannot clear a bound parameter ("Clear filters" raised
    "Cannot directly delete query parameter 'q' - it is bound to a widget" in the browser),
    and setting a bound widget's state does not reach the URL (streamlit issue 14670)."""
    if state.QUERY not in st.session_state:
        st.session_state[state.QUERY] = st.query_params.get(state.QUERY, "")
    text = st.text_input("Search titles, summaries and sentences", key=state.QUERY)
    if text:
        st.query_params[state.QUERY] = text
    else:
        st.query_params.pop(state.QUERY, None)


def current_filters() -> Filters:
    ss = st.session_state
    return Filters(
        types=tuple(ss.get(state.TYPES) or ()),
        countries=tuple(ss.get(state.COUNTRIES) or ()),
        actors=tuple(ss.get(state.ACTORS) or ()),
        geo_precision=tuple(int(g) for g in ss.get(state.GEO) or ()),
        text=str(ss.get(state.QUERY) or ""),
    )


def clear_filters() -> None:
    st.session_state.pop(KEPT, None)
    for key in state.FILTER_KEYS:
        st.session_state.pop(key, None)
        st.query_params.pop(key, None)
    st.rerun()


def _country_name(code: str) -> str:
    from dashboard.places.gazetteer import load

    place = load().country(code)
    return f"{place.name} ({code})" if place else code


# Presets count back from the newest event in the store that has happened (not from today,
# not from a planned event): an archive of last year's news should not open on an empty week.
PRESETS = {"Last 7 days": 7, "Last 30 days": 30, "Last year": 365, "All": None}


def preset_range(
    name: str, default: tuple[date, date], extent: tuple[date, date]
) -> tuple[date, date]:
    """The range of a preset: ``days`` back from the default range's end, or the whole data."""
    days = PRESETS[name]
    if days is None:
        return extent
    return default[1] - timedelta(days=days - 1), default[1]


def matching_preset(
    current: tuple[date, date], default: tuple[date, date], extent: tuple[date, date]
) -> str | None:
    """The preset whose range is ``current``, or None once the range was set another way."""
    return next((n for n in PRESETS if preset_range(n, default, extent) == current), None)


def _apply_preset(default: tuple[date, date], extent: tuple[date, date]) -> None:
    name = st.session_state.get("preset")
    if name:
        st.session_state[state.FROM], st.session_state[state.TO] = preset_range(
            name, default, extent
        )


def _date_input(label: str, key: str, lo: date, hi: date) -> None:
    """A date input bounded by the data's own years (the URL is written by ``_range_to_url``)."""
    st.date_input(label, min_value=lo, max_value=hi, key=key, format="YYYY-MM-DD")


def _url_date(key: str) -> date | None:
    try:
        return date.fromisoformat(st.query_params.get(key, ""))
    except ValueError:
        return None


LINK_NOTICE = "_link_dates_notice"  # (what the link's bad dates were, the range shown instead)


def _note_bad_link_dates() -> None:
    """Name the link's dates that are no dates (``?from=2024-13-01``): they are left out and
    the notice says so while the range they gave way to is shown."""
    bad = [
        (key, st.query_params[key])
        for key in (state.FROM, state.TO)
        if key in st.query_params and _url_date(key) is None
    ]
    if not bad:
        st.session_state.pop(LINK_NOTICE, None)
        return
    # the value as typed, Markdown escaped (a code span would show the escapes), cut short
    said = " and ".join(f'**{key}** "{markdown_text(value[:40])}"' for key, value in bad)
    rule = "is not a date" if len(bad) == 1 else "are not dates"
    message = (
        f"The link's {said} {rule} (YYYY-MM-DD, e.g. 2024-03-05): left out, "
        "and the range in the sidebar is shown instead."
    )
    ss = st.session_state
    ss[LINK_NOTICE] = (message, _ordered(ss[state.FROM], ss[state.TO]))


def _ordered(start: Any, end: Any) -> tuple[Any, Any]:
    both = isinstance(start, date) and isinstance(end, date)
    return (end, start) if both and start > end else (start, end)


def _in_order() -> None:
    """A range given end first (a link's ``?from=2024-05-01&to=2024-04-01``, or dates typed
    so) is put in order in the inputs, and so in the URL, before they are drawn."""
    ss = st.session_state
    start, end = ss.get(state.FROM), ss.get(state.TO)
    if isinstance(start, date) and isinstance(end, date) and start > end:
        ss[state.FROM], ss[state.TO] = end, start
        # the link's own dates, or dates typed end first (newuser6: the typed swap was
        # silent): understood, and said
        by_link = (_url_date(state.FROM), _url_date(state.TO)) == (start, end)
        ss[SWAP_NOTICE] = (end, start, by_link)


SWAP_NOTICE = "_link_dates_swapped"  # the range a link gave end first, as shown in order


def link_notice() -> None:
    """The notice of the link's bad dates, while the range shown instead stands; a note when
    the link gave its range end first and it was put in order."""
    ss = st.session_state
    swapped = ss.get(SWAP_NOTICE)
    if swapped and swapped[:2] == (ss.get(state.FROM), ss.get(state.TO)):
        who = "The link gave its dates" if swapped[2] else "The dates were typed"
        st.info(f"{who} end first: shown from {swapped[0]} to {swapped[1]}.")
    elif swapped:
        ss.pop(SWAP_NOTICE, None)
    notice = ss.get(LINK_NOTICE)
    if notice and notice[1] == _ordered(ss.get(state.FROM), ss.get(state.TO)):
        st.warning(notice[0], icon=":material/event_busy:")
    elif notice:
        ss.pop(LINK_NOTICE, None)  # the user has chosen a range since: it is said


def reset_dates() -> None:
    st.session_state.pop(KEPT, None)
    for key in (state.FROM, state.TO):
        st.session_state.pop(key, None)
        st.query_params.pop(key, None)
    st.rerun()


def current() -> tuple[date, date]:
    return date_range(
        st.session_state.get(state.FROM), st.session_state.get(state.TO), data.default_range()
    )
