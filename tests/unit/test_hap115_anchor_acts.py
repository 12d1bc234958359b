"""Session 91, hap115 (issue 16, precision): an act an article names only as the time anchor
of its sentence's own act ("a day after militants attacked the base") is not a report of that
act (``store/anchor_acts``, ``happenings/told_with``). Reports written for these tests."""

from __future__ import annotations

from pathlib import Path

from dashboard.places.geoparser import Geoparser
from tests.unit.happening_sets import article, happening_sets_of

ATTACK = article(
    1, "2024-03-12", "Militants attacked an army base in Baidoa on Tuesday, killing six soldiers."
)
ARRESTS = article(
    2,
    "2024-03-13",
    "Police arrested 40 people in Baidoa on Wednesday, a day after militants attacked an army "
    "base in the town.",
)
FREED = article(
    7,
    "2024-05-10",
    "BUKAVU - The army freed 30 rebel fighters from the central prison in Bukavu on Friday, a "
    "military spokesman said.",
)
SWAP = article(
    4,
    "2024-05-11",
    "Rebels released 12 captured soldiers in Goma on Friday, hours after the army freed 30 rebel "
    "fighters from a prison in Bukavu.",
)
TOLD_AGAIN = article(
    3,
    "2024-03-12",
    "BAIDOA - Gunmen stormed an army base in Baidoa on Tuesday and killed six soldiers, a local "
    "official said.",
)

STATION = article(
    5,
    "2024-06-10",
    "GARISSA - A bomb exploded at a police station in Garissa on Monday, killing two officers.",
)
CONDEMNED = article(
    6,
    "2024-06-11",
    "NAIROBI - Kenya's interior minister on Tuesday condemned the bombing of a police station in "
    "Garissa the day before.",
)


def test_a_release_named_to_date_another_does_not_carry_it_into_that_one(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    # the rebels' release is the news; the army's, of the same type, only dates it
    freed, swap = happening_sets_of(geoparser, tmp_path, FREED, SWAP)
    assert freed
    assert swap
    assert not freed & swap


def test_an_attack_named_to_date_arrests_merges_as_before(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    # another type than the arrests: the article's telling of the attack, left to merge
    attack, arrests = happening_sets_of(geoparser, tmp_path, ATTACK, ARRESTS)
    assert attack
    assert attack <= arrests


def test_an_anchor_of_the_same_type_goes_with_its_sentences_own_act(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    # the rebels' release at Goma and the army's at Bukavu it is dated by: the article tells
    # one happening, the rebels' release
    (swap,) = happening_sets_of(geoparser, tmp_path, SWAP)
    assert len(swap) == 1


def test_an_attack_told_in_its_own_sentence_still_merges(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    attack, again = happening_sets_of(geoparser, tmp_path, ATTACK, TOLD_AGAIN)
    assert attack == again


def test_an_act_dated_the_day_before_is_no_anchor_and_still_merges(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    # "the day before" closes the sentence as an adverb: it names no act after it
    station, condemned = happening_sets_of(geoparser, tmp_path, STATION, CONDEMNED)
    assert station
    assert station <= condemned


def test_only_a_phrase_ending_in_its_signal_names_an_anchor() -> None:
    from dashboard.store.anchor_acts import anchor_dated  # here: the others run on main too

    assert anchor_dated("two days after")
    assert anchor_dated("hours before")
    assert not anchor_dated("on Tuesday")
    assert not anchor_dated("after dark on Monday")
    assert not anchor_dated(None)
