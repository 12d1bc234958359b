"""A ship taken by the boats that closed in on it (issue 16): "small craft approached a tanker
... and diverted it toward X" shares its subject across the two verbs (Quirk et al. 1985,
13.46), and a vessel forced off its course is taken (CAMEO 1.1b3 §181; §171 for a navy's
boats; ``data/lexicon/taking_craft.csv``). The place named in the first verb's adjunct ("in
the United Arab Emirates") is where, not who took it. Our own sentences; near-misses where the
boats only approached, or someone else diverted the ship, read no taking. Publication is a
Thursday, 2026-06-18."""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def taken(events: list[Event]) -> list[Event]:
    return [e for e in rooted(events, "17", "18") if code(e) in ("171", "181")]


@pytest.mark.parametrize(
    "body",
    [
        "Three small craft approached a bulk carrier about 15 nautical miles east of Fujairah "
        "on Monday and diverted it toward Iran, a maritime security firm said.",
        "Two skiffs approached a fishing trawler off Socotra on Tuesday and diverted it toward "
        "Somalia.",
        "Several speedboats chased the tanker near the Bab el-Mandeb on Monday and boarded it.",
    ],
)
def test_a_ship_taken_by_the_craft_that_closed_in_is_read(extract: Extract, body: str) -> None:
    assert [code(e) for e in taken(extract(body))] == ["181"]


@pytest.mark.parametrize(
    "body",
    [
        "Two speedboats approached a tanker off Fujairah on Monday and then left, a maritime "
        "security firm said.",
        "Three small craft approached a tanker off Fujairah on Monday and its master diverted "
        "it toward Oman.",
    ],
)
def test_craft_that_only_approached_took_nothing(extract: Extract, body: str) -> None:
    assert taken(extract(body)) == []


def test_the_place_of_the_first_verb_is_not_who_took_the_ship(extract: Extract) -> None:
    body = (
        "Four armed boats surrounded a tanker off the coast of Fujairah in the United Arab "
        "Emirates on Wednesday and diverted it toward Iran."
    )
    seized = taken(extract(body))
    assert seized
    assert seized[0].roles.source_country is None


def test_a_named_subject_still_takes_the_ship(extract: Extract) -> None:
    body = "Iranian commandos stopped a tanker in the Gulf of Oman on Friday and seized it."
    seized = taken(extract(body))
    assert seized
    assert seized[0].roles.source_country == "IR"
