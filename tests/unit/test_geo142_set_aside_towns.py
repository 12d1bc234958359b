"""geo142: a town read as its name's one big-enough namesake, far from every other place of
the text, yields to a small namesake beside one of them (a dateline's city, a named city);
a text that names the far town's country or state keeps it. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract, where


def _country(geoparser: Geoparser, text: str, name: str) -> tuple[str | None, str | None]:
    (found,) = {
        (m.place.country_code, m.place.admin1)
        for m in geoparser.parse(text)
        if m.text == name and m.place
    }
    return found


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        (
            "SYDNEY, May 3 (Reuters) - A man was shot dead in Penrith on Friday night, "
            "police said.",
            "Penrith",
            "AU-NSW",
        ),
        (
            "A black bear was shot in Eagle on Friday. Wildlife officers drove in from "
            "Denver and Grand Junction to collect it.",
            "Eagle",
            "US-CO",
        ),
    ],
)
def test_a_small_namesake_beside_the_text_wins(
    geoparser: Geoparser, text: str, name: str, admin1: str
) -> None:
    assert _country(geoparser, text, name)[1] == admin1


def test_the_event_is_placed_at_the_small_namesake(geoparser: Geoparser) -> None:
    body = "SYDNEY, May 3 (Reuters) - A man was shot dead in Penrith on Friday night, police said."
    events = make_extract(geoparser)(body, pub="2025-05-03")
    assert ("Penrith", "AU") in [where(e) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # the text names the far town's state
        "SYDNEY - The prime minister visited Penrith in England on Friday.",
        # no place of the text lies near a small namesake
        "LONDON - A man was shot dead in Penrith on Friday night, police said.",
        # its neighbour lies beside the big-enough namesake itself
        "Sheep farmers in Penrith protested on Friday. Police in Carlisle said the march "
        "was peaceful.",
    ],
)
def test_the_far_town_stays_where_the_text_backs_it(geoparser: Geoparser, text: str) -> None:
    assert _country(geoparser, text, "Penrith")[0] == "GB"
