"""The named feature at sea where an act at sea took place: "boarded boats at Second Thomas
Shoal in the South China Sea" happened at the shoal, not anywhere in the sea.

The event reader codes an act whose clause names a sea to the water body (``where``), as
ACLED codes events in international waters. A shoal, reef, bank, atoll, cay, island or
islet the clause also names (``cues.csv``: ``sea_feature``, the word that ends the
feature's name) is a finer place inside that water, and ACLED codes an event to the most
specific place the report supports. The feature must lie inside the sea's box, so that a
name in another sea ("the Kuril Islands" beside "the Black Sea") is not taken for it.
"""

from __future__ import annotations

from dashboard.events.lexicon import load
from dashboard.model import Mention


def feature_at_sea(options: list[Mention], sea: Mention, trigger_start: int) -> Mention | None:
    """The option nearest the trigger that is a named feature at sea inside ``sea``'s box,
    or None."""
    box = sea.place.bbox if sea.place else None
    if box is None:
        return None
    words = load().words("sea_feature")
    inside = [
        m
        for m in options
        if m.place is not None
        and m.place.kind == "region"
        and m.place.bbox is not None
        and m.place.name.split()[-1].lower() in words
        and _within(m.place.bbox, box)
    ]
    return min(inside, key=lambda m: abs(m.start - trigger_start)) if inside else None


def _within(inner: tuple[float, ...], outer: tuple[float, ...]) -> bool:
    """Whether box ``inner`` (west, south, east, north) lies inside box ``outer``."""
    w, s, e, n = inner
    ow, os_, oe, on = outer
    return ow <= w and os_ <= s and e <= oe and n <= on
