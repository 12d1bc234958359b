"""Session 85, lead85 (issue 16, precision: set AY's two blasts). A disaster told as days
after another's dead is not that earlier disaster (``happenings/after_toll``). Reports
written for these tests, with other names and places than the set's."""

from __future__ import annotations

from pathlib import Path

from dashboard.happenings.after_toll import follows_toll
from dashboard.places.geoparser import Geoparser
from tests.unit.happening_sets import article, happenings_of

FIRST = article(
    1,
    "2024-03-13",
    "An explosion at a chemical plant in Gujarat's Bharuch district killed 12 workers on "
    "Tuesday afternoon, police said.",
)
FIRST_AGAIN = article(
    2,
    "2024-03-13",
    "A reactor blew up at a chemical factory in Bharuch on Tuesday, killing 12 workers.",
)
SECOND = article(
    3,
    "2024-03-14",
    "Three workers were hurt in a gas leak and explosion at a dye unit in Ankleshwar, Bharuch "
    "district, on Wednesday night, a day after 12 died at the chemical plant.",
)


def test_the_cue_reads_days_after_a_toll() -> None:
    assert follows_toll(["Two were hurt on Friday, two days after at least 9 people died."])
    assert not follows_toll(["The toll rose to 12 a day after the blast."])


def test_a_disaster_told_after_another_toll_stays_apart(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    first, again, second = happenings_of(geoparser, tmp_path, FIRST, FIRST_AGAIN, SECOND)
    assert first
    assert first == again
    assert second
    assert second != first
