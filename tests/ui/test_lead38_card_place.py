"""A card names a town with its country, so that Paris, Texas is not read as France (a fresh
user's finding, newuser13); a region, sea or country is named alone (ACLED geo precision 3)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dashboard.model import Article
from dashboard.places.geoparser import Geoparser
from dashboard.store.card_queries import article_cards
from dashboard.store.db import Store
from dashboard.ui.cards import card_html, card_row, where


def test_where_adds_the_country_to_a_place_in_one() -> None:
    assert where("Paris", "US", "gn:4717560") == "Paris, US"
    assert where("Kunar", "AF", "a1:AF-KNR") == "Kunar, AF"
    # a town the gazetteer lacks, placed at its country's point (geo precision 3)
    assert where("Paris", "SD", "ul:paris@cc:SD") == "Paris, SD"
    assert where("Red Sea", None, "rg:red-sea") == "Red Sea"
    assert where("France", "FR", "cc:FR") == "France"
    assert where("Washington, US", "US", "gn:1") == "Washington, US"
    assert where(None, "FR", None) == "not located"
    assert where(" ", "CD", "gn:2") == "not located"


def test_a_stored_town_card_shows_its_country(tmp_path: Path, geoparser: Geoparser) -> None:
    from dashboard.pipeline import Pipeline

    store = Store(str(tmp_path / "paris.db"))
    text = "PARIS, Texas — Police arrested two men in Paris, Texas, on Monday, officials said."
    article = Article(
        id="a1", title="Arrests in Paris", text=text, published=date(2025, 3, 12), path="x"
    )
    Pipeline(store, geoparser).add(article)
    (card,) = [c for c in article_cards(store, "a1") if c.location_name == "Paris"]
    assert card.location_country == "US"
    assert "<b>Where:</b> Paris, US" in card_html(card_row(card))
