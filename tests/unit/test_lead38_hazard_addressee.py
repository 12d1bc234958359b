"""Whom an act or a natural hazard was reported to is no side of it: "the disaster centre has told the
United Nations that a landslide buried …" listed the United Nations among the landslide's
actors once "United Nations" was read as a name (stop 38)."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.extract import EventExtractor
from dashboard.model import Article
from dashboard.pipeline import analyse
from dashboard.places.geoparser import Geoparser


def _actors(geoparser: Geoparser, text: str) -> list[tuple[str, ...]]:
    article = Article(id="t", title="", text=text, published=date(2025, 5, 27), path="t")
    _, events, _ = analyse(geoparser, EventExtractor(), article)
    return [ev.actors for ev in events]


@pytest.mark.parametrize(
    "text",
    [
        "SUVA — Officials have told the United Nations that a cyclone destroyed 300 homes on Friday.",
        "SUVA — The ministry informed the World Bank that floods swept away two bridges on Friday.",
    ],
)
def test_the_addressee_of_a_hazard_report_is_no_actor(geoparser: Geoparser, text: str) -> None:
    (actors,) = _actors(geoparser, text)
    assert "United Nations" not in actors
    assert "World Bank" not in actors


def test_an_addressee_still_acts_in_an_act_it_is_told_of(geoparser: Geoparser) -> None:
    # not a hazard: who the report names as acting keeps its place among the actors
    text = "SUVA — Fiji told the United Nations that the World Bank had pledged aid on Friday."
    assert any("World Bank" in a for a in _actors(geoparser, text))


def test_whom_an_attack_was_reported_to_is_no_attacker(geoparser: Geoparser) -> None:
    # newuser14: the UN was made the source of an attack it was told of
    text = "BEIRA — Officials told the United Nations that rebels attacked homes on Monday."
    (actors,) = _actors(geoparser, text)
    assert "United Nations" not in actors
