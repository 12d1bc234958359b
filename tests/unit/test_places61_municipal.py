"""places61: a name that is one small town in the gazetteer, followed somewhere in the text by
one of a municipality's own organs ("the X Police Department", "X Town Hall", "the X Board of
Education"), is that town (``places/municipal.py``, ``data/gazetteer/municipal_organs.csv``);
a small town's name opening "X Volunteer Fire Department" is kept by the recogniser. Sentences
written for the rule; the near misses keep their reading (no place)."""

from __future__ import annotations

import csv

import pytest

from dashboard.paths import data_dir
from dashboard.places.geoparser import Geoparser
from dashboard.places.municipal import municipal_organs, organ_after, organ_run


def town_of(gp: Geoparser, text: str, surface: str) -> str | None:
    """The admin1 code of the first mention written ``surface``, or None when none is placed."""
    hits = [m for m in gp.parse(text) if m.text == surface and m.place is not None]
    return hits[0].place.admin1 if hits and hits[0].place else None


@pytest.mark.parametrize(
    ("text", "surface", "admin1"),
    [
        ("Officers of the Paonia Police Department searched the house.", "Paonia", "US-CO"),
        ("Ketchum police said the driver was not hurt.", "Ketchum", "US-ID"),
        ("The Hailey City Council approved the budget on Tuesday.", "Hailey", "US-ID"),
        ("The Cedaredge Board of Education voted to close the school.", "Cedaredge", "US-CO"),
        ("The Ouray Public Library will close early on Friday.", "Ouray", "US-CO"),
        ("Kremmling Volunteer Fire Department crews put out the blaze.", "Kremmling", "US-CO"),
    ],
)
def test_a_municipal_organ_places_the_one_small_town(
    geoparser: Geoparser, text: str, surface: str, admin1: str
) -> None:
    assert town_of(geoparser, text, surface) == admin1


def test_one_sense_per_text_places_the_bare_name_too(geoparser: Geoparser) -> None:
    text = "The hearing was held at Tombstone Town Hall. Later, Tombstone voters rejected the levy."
    placed = [m for m in geoparser.parse(text) if m.text == "Tombstone" and m.place is not None]
    assert len(placed) == 2
    assert "municipal organ" in placed[1].reason


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # no organ named: a small town alone stays unplaced, as before
        ("Ouray said the levy would fail.", "Ouray"),
        ("Paonia was quiet on Sunday.", "Paonia"),
        # several small namesakes (Maine's and California's): the words say a town, not which
        ("Orland police said the driver was not hurt.", "Orland"),
        # a county office is no municipal organ
        ("Deputies from the Sedona sheriff's office came.", "Sedona"),
        # "Police" must end a word
        ("Hermann Policemen marched in the parade.", "Hermann"),
    ],
)
def test_near_misses_stay_unplaced(geoparser: Geoparser, text: str, surface: str) -> None:
    assert town_of(geoparser, text, surface) is None


def test_a_person_named_school_still_drops_the_village(geoparser: Geoparser) -> None:
    # "Kennedy Elementary School" may be a person's: the recogniser's rule for a village
    # opening an institution's name is unchanged unless that institution is a municipal organ
    assert organ_run("the Kennedy Elementary School said", 11) is False
    assert organ_run("the Kremmling Volunteer Fire Department said", 13) is True


def test_organ_after_reads_whole_words_longest_first() -> None:
    assert organ_after("the Orland Police Department said", 10) == "Police Department"
    assert organ_after("the Orland Policemen said", 10) is None
    assert organ_after("Orland, Maine", 6) is None


def test_every_organ_row_has_a_source() -> None:
    path = data_dir() / "gazetteer" / "municipal_organs.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    assert all(row["words"].strip() and row["source"].strip() for row in rows)
    assert len(municipal_organs()) == len(rows)
