"""geo57: the one country whose government a text speaks of decides a name shared by two
named countries (``places/state_country.py``), the nationality nouns "Spaniards" and
"Britons" (``demonyms.csv``), and an organisation titled after a continent or America
("the Council of Europe") names no place (``recognise_filters.organisation_titles``).
Sentences written for the rules; the near misses keep their reading."""

from __future__ import annotations

from dashboard.model import Mention
from dashboard.places.geoparser import Geoparser


def places(gp: Geoparser, text: str, surface: str) -> list[Mention]:
    return [m for m in gp.parse(text) if m.text == surface]


def country_of(gp: Geoparser, text: str, surface: str) -> str | None:
    hits = places(gp, text, surface)
    assert hits, [m.text for m in gp.parse(text)]
    place = hits[0].place
    return place.country_code if place is not None else None


# ------------------------------------------------ the country whose government is named


def test_the_spanish_government_outweighs_venezuelan_people(geoparser: Geoparser) -> None:
    text = (
        "A flash flood swept through Valencia overnight, killing 40 people. "
        "Several Venezuelan students were among the missing, the Spanish government said."
    )
    assert country_of(geoparser, text, "Valencia") == "ES"


def test_spains_interior_ministry_outweighs_venezuelan_workers(geoparser: Geoparser) -> None:
    text = (
        "Storms cut power to Valencia for a second day. Venezuelan workers at the port "
        "were evacuated, Spain's interior ministry said on Tuesday."
    )
    assert country_of(geoparser, text, "Valencia") == "ES"


def test_a_venezuelan_story_keeps_its_valencia(geoparser: Geoparser) -> None:
    # near miss: the government named is Venezuela's, Spain's people only
    text = (
        "Riot police fired tear gas in Valencia on Monday. Two Spanish journalists were "
        "detained, the Venezuelan government said."
    )
    assert country_of(geoparser, text, "Valencia") == "VE"


def test_two_governments_named_leave_size_to_decide(geoparser: Geoparser) -> None:
    # near miss: Spain's and Venezuela's governments both speak: no one state's story
    text = (
        "Protests spread to Valencia on Friday. The Spanish government and the Venezuelan "
        "government traded accusations over the arrests."
    )
    assert country_of(geoparser, text, "Valencia") == "VE"


def test_a_namesake_of_another_size_stays(geoparser: Geoparser) -> None:
    # near miss: the United States' officials, but its Athens is a fifth of Greece's
    text = (
        "Negotiators will meet in Athens next week, American officials said. "
        "Greek farmers blocked the roads again."
    )
    assert country_of(geoparser, text, "Athens") == "GR"


# ------------------------------------------------ nationality nouns


def test_spaniards_name_spain(geoparser: Geoparser) -> None:
    text = "Hail damaged the orange groves near Valencia. Spaniards queued for water."
    assert country_of(geoparser, text, "Valencia") == "ES"


def test_britons_are_a_demonym_of_the_united_kingdom() -> None:
    gp = Geoparser(demonyms=True)
    found = [m for m in gp.parse("Thousands of Britons flew home early.") if m.demonym]
    assert [(m.text, m.place.country_code if m.place else None) for m in found] == [
        ("Britons", "GB")
    ]


# ------------------------------------------------ organisations titled after a continent


def test_the_council_of_europe_names_no_place(geoparser: Geoparser) -> None:
    text = "The Council of Europe urged Azerbaijan to free the reporters."
    assert [m.text for m in geoparser.parse(text)] == ["Azerbaijan"]


def test_a_possessive_council_of_europe_names_no_place(geoparser: Geoparser) -> None:
    text = "The Council of Europe's rights commissioner visited Armenia."
    assert [m.text for m in geoparser.parse(text)] == ["Armenia"]


def test_a_bank_titled_after_america_names_no_country(geoparser: Geoparser) -> None:
    text = "Customers of Bank of America lost access in Tucson."
    assert "America" not in [m.text for m in geoparser.parse(text)]


def test_the_horn_of_africa_stays_a_region(geoparser: Geoparser) -> None:
    # near miss: a place the gazetteer holds by its whole name
    text = "Drought spread across the Horn of Africa this spring."
    assert [m.text for m in geoparser.parse(text)] == ["Horn of Africa"]


def test_the_united_states_of_america_stays(geoparser: Geoparser) -> None:
    # near miss: the country by its formal name starts before the title's head
    text = "The envoy represented the United States of America at the talks."
    hits = [m for m in geoparser.parse(text) if m.place is not None]
    assert [m.place.country_code for m in hits if m.place] == ["US"]


def test_europe_after_a_lowercase_word_stays(geoparser: Geoparser) -> None:
    # near miss: "parts of Europe" is no title
    text = "Heavy snow fell across parts of Europe on Sunday."
    assert [m.text for m in geoparser.parse(text)] == ["Europe"]


def test_a_sentence_opening_quantity_of_europe_stays(geoparser: Geoparser) -> None:
    # near miss: the first word is capitalised by its place, not as a title
    text = "Storms battered the coast. Much of Europe shivered through the week."
    assert [m.text for m in geoparser.parse(text)] == ["Europe"]
