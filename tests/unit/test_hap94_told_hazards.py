"""Disasters told inside another clause (villagers "fled after Mount X in Y regency erupted",
victims "buried when the hillside came down"), by what a volcano threw, by cases confirmed
or by a works' vessel that exploded are hazards the reader must see (EM-DAT (CRED); WHO IHR
2005 art. 6), and a ceasefire told as an accord signed or a halt agreed is merged as the truce
declared (``data/lexicon/merged_as.csv``, CAMEO 1.1b3 §057 and §0356 -> §08): issue 16,
newuser89's repros 07, 09, 12, 13 and 15. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.happenings.merged_as import merged_as
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract

CO = frozenset({"CO"})


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "hazard"),
    [
        (
            "MANADO (AP) — Fishermen left the island after Mount Karangetang in Sitaro "
            "Islands regency erupted on Friday night.",
            "DIS-VOLCANO",
        ),
        (
            "JAKARTA (AP) — A volcano on Halmahera island blasted ash and glowing rock over "
            "three villages on Friday, officials said.",
            "DIS-VOLCANO",
        ),
        (
            "PORT MORESBY (AP) — Forty villagers were buried when the mountainside came down "
            "on their hamlet in Enga on Friday, officials said.",
            "DIS-LANDSLIDE",
        ),
        (
            "KAMPALA (AP) — Uganda's health ministry on Monday confirmed cases of Marburg "
            "virus disease in Mbale.",
            "DIS-EPIDEMIC",
        ),
        (
            "HYDERABAD (AP) — A boiler exploded at a paper mill in Nalgonda on Monday, "
            "killing four workers.",
            "DIS-INDUSTRIAL",
        ),
    ],
)
def test_a_hazard_told_inside_another_clause_is_read(
    extract: Extract, body: str, hazard: str
) -> None:
    assert hazard in [code(e) for e in extract(body)]


@pytest.mark.parametrize(
    ("body", "hazard"),
    [
        # near misses: a politician "blasted" a volcano agency, an endemic disease's season,
        # a hillside named with no victims and no fall
        (
            "JAKARTA (AP) — The governor blasted the volcano agency over its warnings on Friday.",
            "DIS-VOLCANO",
        ),
        (
            "KAMPALA (AP) — Clinics in Mbale confirmed cases of malaria among children on Monday.",
            "DIS-EPIDEMIC",
        ),
        (
            "PORT MORESBY (AP) — Farmers said the hillside above the village had been cleared "
            "of trees on Friday.",
            "DIS-LANDSLIDE",
        ),
        (
            "KAMPALA (AP) — With no confirmed cases of measles this year, Mbale began a "
            "vaccination drive on Monday.",
            "DIS-EPIDEMIC",
        ),
        (
            "KAMPALA (AP) — Only one confirmed case of measles has been found in Mbale, "
            "officials said on Monday.",
            "DIS-EPIDEMIC",
        ),
    ],
)
def test_near_misses_are_no_hazard(extract: Extract, body: str, hazard: str) -> None:
    assert hazard not in [code(e) for e in extract(body)]


@pytest.mark.parametrize(
    ("code_", "text"),
    [
        ("057", "The government and the rebels signed a ceasefire agreement in Havana"),
        ("057", "The two sides signed an accord to observe a cessation of hostilities"),
        ("0356", "The negotiators agreed to a truce at talks in Havana"),
    ],
)
def test_a_ceasefire_signed_or_agreed_is_merged_as_the_truce(code_: str, text: str) -> None:
    assert merged_as(code_, [text], CO) == "08"


@pytest.mark.parametrize(
    ("code_", "text", "countries", "merged"),
    [
        # a pact of two states with no truce named stays their meeting; a trade deal or a
        # contract names no ceasefire
        ("057", "Putin and Kim signed a defence pact", frozenset({"RU", "KP"}), "04"),
        ("057", "The ministry signed a supply contract", CO, None),
        ("0356", "The army said it would stop the offensive", CO, None),
    ],
)
def test_other_agreements_keep_their_rows(
    code_: str, text: str, countries: frozenset[str], merged: str | None
) -> None:
    assert merged_as(code_, [text], countries) == merged


@pytest.mark.parametrize(
    ("code_", "text"),
    [
        ("051", "Mali's junta hailed the withdrawal of the last UN peacekeepers"),
        ("05", "Kyiv praised the Russian retreat from the island"),
        ("051", "Qatar welcomed the release of the hostages on Sunday"),
    ],
)
def test_a_yielding_act_praised_is_merged_as_the_act(code_: str, text: str) -> None:
    assert merged_as(code_, [text], frozenset({"ML"})) == "08"


@pytest.mark.parametrize(
    ("text", "countries", "told"),
    [
        # near misses: a release of anything but people, no country speaking, an article
        # that tells the withdrawal itself (its own event carries it)
        ("The minister hailed the release of the budget", frozenset({"ML"}), frozenset()),
        ("Critics hailed the withdrawal of the troops", frozenset(), frozenset()),
        ("Mali's junta hailed the withdrawal", frozenset({"ML"}), frozenset({"08"})),
    ],
)
def test_other_praise_keeps_its_root(
    text: str, countries: frozenset[str], told: frozenset[str]
) -> None:
    assert merged_as("051", [text], countries, told) is None
