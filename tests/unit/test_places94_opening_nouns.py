"""Places (session 91, places94): each sentence was written for these tests.

A common noun opening a sentence before the noun it modifies ("Rice farmers", "Bridge
repairs") is the noun, not the small town of that name (``places/opening_nouns.py``);
the town stays when the text names it elsewhere mid-sentence, when the word after it uses
it as a town's ("Rice residents"), and a known city keeps its name ("Buffalo schools").
"""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser


def _placed(gp: Geoparser, text: str) -> dict[str, tuple[str, str | None]]:
    return {
        m.text: (m.place.name, m.place.country_code) for m in gp.parse(text) if m.place is not None
    }


def test_opening_noun_before_its_noun_is_no_town(geoparser: Geoparser) -> None:
    text = (
        "Heavy rain flooded roads across Texas on Sunday. "
        "Rice farmers near the coast lost most of their harvest."
    )
    placed = _placed(geoparser, text)
    assert "Rice" not in placed
    assert placed["Texas"] == ("Texas", "US")


def test_opening_noun_in_a_later_paragraph(geoparser: Geoparser) -> None:
    text = (
        "A winter storm closed schools across England on Friday.\n\n"
        "Bridge repairs on the coast road were put off until spring."
    )
    assert "Bridge" not in _placed(geoparser, text)


def test_town_named_elsewhere_mid_sentence_stays(geoparser: Geoparser) -> None:
    text = (
        "Heavy rain flooded roads across Texas on Sunday. "
        "Rice farmers lost their harvest, and the water reached Rice by nightfall."
    )
    found = [m for m in geoparser.parse(text) if m.text == "Rice"]
    assert len(found) == 2
    assert all(m.place is not None and m.place.admin1 == "US-TX" for m in found)


def test_word_using_it_as_a_town_keeps_it(geoparser: Geoparser) -> None:
    text = "Heavy rain flooded roads across Texas on Sunday. Rice residents left their homes."
    assert _placed(geoparser, text)["Rice"] == ("Rice", "US")


def test_known_city_before_a_noun_stays(geoparser: Geoparser) -> None:
    text = "Snow fell across New York overnight. Buffalo schools stayed closed on Monday."
    assert _placed(geoparser, text)["Buffalo"] == ("Buffalo", "US")


def test_name_no_noun_stays(geoparser: Geoparser) -> None:
    text = "Militants attacked a line in Pakistan. Quetta services were cut on Monday."
    assert _placed(geoparser, text)["Quetta"] == ("Quetta", "PK")
