"""A missile, drone or shell told by its path through its target ("a missile tore through the
hospital roof") is the strike told from the target (CAMEO 1.1b3 §195 and §194, read as the
"slam into" row reads it; Merriam-Webster tear v. intransitive 2 'to move or act with
violence, haste, or force'). The weapon must be the verb's own subject, right before it:
news, a rumour or footage "tore through" somewhere is no strike, and a storm's path stays the
storm. Every sentence here was written for these tests. ``PUB`` is Thursday 18 June 2026."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("text", "strike"),
    [
        (
            "Families were evacuated from Kharkiv on Friday after a Russian drone tore through "
            "an apartment block, officials said.",
            "195",
        ),
        (
            "Fire crews moved patients out of the hospital in Dnipro on Saturday after a "
            "missile ripped through its roof.",
            "195",
        ),
        (
            "Residents of Sderot swept up glass on Monday after rockets smashed into two "
            "houses overnight.",
            "195",
        ),
    ],
)
def test_a_round_passing_through_its_target_is_the_strike(
    extract: Extract, text: str, strike: str
) -> None:
    assert any(code(e) == strike for e in real(extract(text), "19"))


@pytest.mark.parametrize(
    "text",
    [
        "News of the missile test tore through the markets in Seoul on Friday.",
        "A rumour about the drone programme ripped through parliament in Kyiv on Thursday.",
        "Drone footage of the parade tore through social media in Lagos on Monday.",
    ],
)
def test_words_about_a_weapon_passing_through_are_no_strike(extract: Extract, text: str) -> None:
    assert not [e for e in extract(text) if code(e).startswith("195")]


def test_a_storm_tearing_through_a_town_stays_the_storm(extract: Extract) -> None:
    events = extract("A storm tore through the town of Rolling Fork on Friday night.")
    assert [code(e) for e in events] == ["DIS-STORM"]
