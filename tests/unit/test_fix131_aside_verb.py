"""The verb after a comma-set aside of the subject is the subject's own, not a participle of
the aside (``events/aside_closed_verb``): "The storm, among the worst ones, hit the port on 9
June" is dated 9 June. Sentences written for the rule; the near misses keep their readings."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract


@pytest.mark.parametrize(
    "body",
    [
        "The storm, among the worst ones, hit the port of Sfax on 9 June.",
        "The mudslide, among the worst the valley has seen in decades, swept through the "
        "village of Ayabaca on 9 June after heavy overnight rain.",
    ],
)
def test_the_date_after_the_subjects_aside_dates_the_act(geoparser: Geoparser, body: str) -> None:
    got = make_extract(geoparser)(body)
    assert [(e.when.start, e.when.end) for e in got] == [(date(2026, 6, 9), date(2026, 6, 9))]


def test_a_trailing_participle_keeps_its_own_date(geoparser: Geoparser) -> None:
    body = (
        "Rebels shelled the port as talks neared a deal to restart exports, halted since May 2024."
    )
    got = make_extract(geoparser)(body)
    assert got
    assert all(e.when.start.year == 2026 for e in got)


def test_an_object_aside_after_the_verb_is_no_subject_aside(geoparser: Geoparser) -> None:
    got = make_extract(geoparser)("Police arrested Ali Kaya, a lawyer, jailed in 2019.")
    assert got
    assert all(e.when.start.year == 2026 for e in got)
