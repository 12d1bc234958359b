"""The places layer's JavaScript, built once per filter state and reused across reruns.

``st_folium`` turns every feature group it is given into JavaScript on every rerun: the
places as GeoJSON, one style switch case per place, then regular-expression passes over the
whole text to rename folium's variables. At 5,000 places that is about a second per rerun
(bench/scale.py), spent again on every click although the layer did not change. A feature
group marked with ``mark(group, key)`` is turned into JavaScript once per key; later reruns
reuse the text. The text names neither the map nor the run (``st_folium`` renames both to
fixed names), so it is the same for every session.

This wraps one private function of streamlit-folium (pinned exactly in pyproject.toml); a
group without a key, or another version's signature, goes through unchanged.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import folium
import streamlit_folium

KEEP = 24  # layers kept: a few filter states per store and layer, and a few zooms and
# boxes of each where places are grouped into cells (ui/grid.py), shared by every session
_ATTR = "_gn_reuse_key"
_texts: OrderedDict[tuple[Hashable, int], str] = OrderedDict()
_lock = threading.Lock()  # the first build renders the shared group: one thread at a time
built: list[Hashable] = []  # keys built (tests read it: a click must build nothing)


def mark(group: folium.FeatureGroup, key: Hashable) -> folium.FeatureGroup:
    """``group`` with the key its JavaScript is kept under (data version, query, layer)."""
    setattr(group, _ATTR, key)
    return group


def _reusing(original: Callable[..., str]) -> Callable[..., str]:
    def feature_group_string(group: folium.FeatureGroup, map: folium.Map, idx: int = 0) -> str:
        key = getattr(group, _ATTR, None)
        if key is None:
            return original(group, map, idx)
        with _lock:
            text = _texts.get((key, idx))
            if text is None:
                text = original(group, map, idx)
                built.append(key)
                _texts[(key, idx)] = text
                while len(_texts) > KEEP:
                    _texts.popitem(last=False)
            else:
                _texts.move_to_end((key, idx))
                group.add_to(map)  # as the original does: the map's script and links see it
        return text

    feature_group_string.__wrapped__ = original  # type: ignore[attr-defined]
    return feature_group_string


def install() -> None:
    """Wrap ``st_folium``'s feature-group serialiser (once per process)."""
    current: Any = getattr(streamlit_folium, "_get_feature_group_string", None)
    if current is not None and not hasattr(current, "__wrapped__"):
        streamlit_folium._get_feature_group_string = _reusing(current)
