"""Places the clause gives to something other than its own act (``events/adjunct_places``):
where a hazard was only felt, and the place of another happening an adjunct of time or
cause names ("after protests in Nuuk"). Sentences written for the rule; the near misses
keep the place their act was at."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract


def _places(geoparser: Geoparser, body: str) -> list[str | None]:
    events = make_extract(geoparser)(body, "2025-03-20")
    return [e.location.place.name if e.location and e.location.place else None for e in events]


@pytest.mark.parametrize(
    ("body", "wrong", "right"),
    [
        (
            "BEIJING (AP) — A strong earthquake struck Sichuan on Tuesday and was felt in"
            " Chengdu and Chongqing.",
            "Chengdu",
            "Sichuan Sheng",
        ),
        (
            "COPENHAGEN, Denmark (AP) — The minister toured a radar station in Greenland on"
            " Friday, after protests in Nuuk.",
            "Nuuk",
            "Greenland",
        ),
        (
            "BELGRADE, Serbia (AP) — Students occupied faculties across Serbia on Monday over"
            " the bridge collapse in Novi Sad.",
            "Novi Sad",
            "Serbia",
        ),
    ],
)
def test_another_happenings_place_is_not_the_acts(
    geoparser: Geoparser, body: str, wrong: str, right: str
) -> None:
    places = _places(geoparser, body)
    assert wrong not in places
    assert right in places


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # no other place is named: the adjunct's place is kept
        ("PARIS (AP) — Police arrested 20 people on Sunday after clashes in Lyon.", "Lyon"),
        # "during": the act was there and then
        (
            "PARIS (AP) — Police arrested 20 people in Lyon on Sunday during protests in Lyon.",
            "Lyon",
        ),
        # a hazard that struck the town, not one only felt there
        ("KATHMANDU, Nepal (AP) — An earthquake struck Pokhara on Tuesday.", "Pokhara"),
    ],
)
def test_the_acts_own_place_stays(geoparser: Geoparser, body: str, place: str) -> None:
    assert place in _places(geoparser, body)
