"""Faults the lead found reading news of its own (session 85). See docs/history/reading.md,
session 85. Sentences written for these tests; each rule has near misses that must not change.

1. "ACCRA, May 2 - Young voters queued ..." found Young, a town of Uruguay: a plain-text wire
   spaces a hyphen as the dateline's dash, so the word after it opens a sentence, where the
   stoplist's sentence-start words are no place.
2. "Lao police detained ..." found Lao, a town of the Philippines: Lao is the adjective of
   Laos (CIA World Factbook), a demonym.
3. "opposition leaders held in Jau Prison" found no place in Bahrain (regions.csv row).
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def read(gp: Geoparser, text: str, surface: str) -> list[str | None]:
    """The place id of each mention written ``surface`` (None for a mention with no point)."""
    return [m.place.id if m.place else None for m in gp.parse(text) if m.text == surface]


# 1. The word after a dateline's spaced hyphen opens a sentence


@pytest.mark.parametrize(
    "text",
    [
        "ACCRA, May 2 - Young voters queued outside polling stations in Accra on Saturday.",
        "LUSAKA (Reuters) - Young miners marched through Kitwe on Monday.",
    ],
)
def test_a_stoplisted_word_after_a_datelines_hyphen_is_no_place(
    geoparser: Geoparser, text: str
) -> None:
    assert read(geoparser, text, "Young") == []


def test_a_named_town_inside_a_sentence_keeps_its_name(geoparser: Geoparser) -> None:
    # near miss: the stoplist's sentence-start words keep their capital inside a sentence
    text = "MONTEVIDEO - Farmers marched in Young on Monday, Uruguayan media said."
    assert read(geoparser, text, "Young") == [
        read(geoparser, "Farmers marched in Young.", "Young")[0]
    ]
    assert read(geoparser, text, "Young")[0] is not None


# 2. "Lao" is the adjective of Laos


def test_lao_before_a_noun_is_no_town(geoparser: Geoparser) -> None:
    text = "Lao police detained two traders near the Mekong in Bokeo province on Friday."
    assert read(geoparser, text, "Lao") == []


def test_laos_is_still_the_country(geoparser: Geoparser) -> None:
    text = "Police in Laos detained two traders near the Mekong on Friday."
    assert read(geoparser, text, "Laos") == ["cc:LA"]


# 3. A well-known prison the gazetteer lacked


def test_jau_prison_is_in_bahrain(geoparser: Geoparser) -> None:
    text = "MANAMA - Rights groups urged the release of activists held in Jau Prison."
    assert read(geoparser, text, "Jau Prison") == ["rg:jau-prison"]
