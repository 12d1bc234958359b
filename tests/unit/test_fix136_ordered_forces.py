"""Forces ordered to a named place, or a state's guard federalised, are mobilised (CAMEO
1.1b3 §154) there on the order's own day; an order to act ("ordered troops to withdraw") is
not a sending."""

from __future__ import annotations

from datetime import date

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract, real, rooted, where

# published Thursday 2026-06-18 (``reading.PUB``)


def test_marines_ordered_to_a_named_city(geoparser: Geoparser) -> None:
    body = "On Monday, the defence minister ordered 300 marines to Lagos."
    events = real(make_extract(geoparser)(body), "154")
    assert [(e.date_start, e.date_end, where(e)[0]) for e in events] == [
        (date(2026, 6, 15), date(2026, 6, 15), "Lagos")
    ]


def test_a_federalised_state_guard(geoparser: Geoparser) -> None:
    body = "The president federalized 4,000 members of the state's National Guard on Tuesday."
    events = real(make_extract(geoparser)(body), "154")
    assert [(e.date_start, e.date_end) for e in events] == [(date(2026, 6, 16), date(2026, 6, 16))]


def test_an_order_to_act_is_no_sending(geoparser: Geoparser) -> None:
    body = "On Monday, the general ordered the soldiers to leave the barracks."
    assert not rooted(make_extract(geoparser)(body), "154")


def test_a_capitalised_verb_after_to_is_no_place(geoparser: Geoparser) -> None:
    body = "Minister Orders Troops To Return Home"
    assert not rooted(make_extract(geoparser)(body), "154")
