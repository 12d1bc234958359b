"""Names news uses that the gazetteer lacked (geo14): the Chinese name of Second Thomas
Shoal, "Ren'ai Jiao", and the Norwegian island Utøya, also written "Utoya" without the
letter ø. Each is a curated row with its source (data/gazetteer/). A name that merely
resembles them stays unrecognised. Every text was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def _found(geoparser: Geoparser, text: str) -> dict[str, tuple[str, str | None, float]]:
    return {
        m.text: (m.place.name, m.place.country_code, m.place.lat or 0.0)
        for m in geoparser.parse(text)
        if m.place is not None
    }


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_ren_ai_jiao_is_second_thomas_shoal(geoparser: Geoparser, apostrophe: str) -> None:
    name = f"Ren{apostrophe}ai Jiao"
    got = _found(geoparser, f"The coast guard said its ships had turned back a boat near {name}.")
    assert got[name][0] == "Second Thomas Shoal"
    assert 9.0 < got[name][2] < 10.5


@pytest.mark.parametrize("name", ["Utøya", "Utoya"])
def test_utoya_is_the_island_in_norway(geoparser: Geoparser, name: str) -> None:
    got = _found(geoparser, f"Survivors returned to {name} on Friday for a memorial.")
    assert got[name][:2] == ("Utøya", "NO")
    assert 59.5 < got[name][2] < 60.5


def test_near_miss_a_person_called_ren_is_no_shoal(geoparser: Geoparser) -> None:
    got = _found(geoparser, "Ren Jiao, a spokesman, said the ships had turned back.")
    assert "Ren Jiao" not in got
