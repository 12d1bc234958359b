"""A seat of government named after a locative preposition places the act in the seat's
city (``events/seat_venue``, ``data/gazetteer/seat_venues.csv``), not at the dateline the
story was filed from. Sentences written for the rule; the near misses are the seat used for
the institution ("the White House said") and a town the clause names."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract


def _places(geoparser: Geoparser, body: str) -> list[str | None]:
    events = make_extract(geoparser)(body, "2025-08-20")
    return [e.location.place.name if e.location and e.location.place else None for e in events]


@pytest.mark.parametrize(
    ("body", "city"),
    [
        (
            "KYIV, Ukraine (AP) — Zelenskyy held talks with Trump at the White House on Monday.",
            "Washington",
        ),
        ("WASHINGTON (AP) — Witkoff met Putin at the Kremlin on Tuesday.", "Moscow"),
        ("KYIV, Ukraine (AP) — Starmer hosted Zelenskyy at Downing Street on Monday.", "London"),
        ("BRUSSELS (AP) — Rutte met Meloni at Palazzo Chigi on Tuesday.", "Rome"),
    ],
)
def test_a_seat_named_as_the_venue_gives_its_city(
    geoparser: Geoparser, body: str, city: str
) -> None:
    assert city in _places(geoparser, body)


def test_the_seat_as_the_institution_is_no_venue(geoparser: Geoparser) -> None:
    body = "KYIV, Ukraine (AP) — The White House criticized the strikes on Monday."
    assert "Washington" not in _places(geoparser, body)


def test_a_town_the_clause_names_comes_first(geoparser: Geoparser) -> None:
    body = "WASHINGTON (AP) — Witkoff met Putin in St. Petersburg on Tuesday, not at the Kremlin."
    assert "Moscow" not in _places(geoparser, body)
