"""hap18's own sentences (stop 43, issue 16) for reports whose act was unread or misread, so
that they joined the wrong happening or none. Every sentence here was written for these tests;
none is taken from an evaluation set. Publication is a Thursday, 2026-06-18.

- A time adjunct's edge word ("early on Thursday", "late on Monday") between "carried out
  strikes" and the "on" that opens their target leaves the strikes a use of force (CAMEO 1.1b3
  §190; Quirk et al. 1985, 8.53: "early"/"late" move a time within its day and name no target).
"""

from __future__ import annotations

import pytest

from dashboard.events.cameo import triggers
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _codes(sentence: str) -> list[str | None]:
    return [t.full for t in triggers(sentence)]


def test_an_edge_word_before_the_date_keeps_the_strikes_force() -> None:
    assert _codes("The navy carried out strikes early on Monday on rebel depots.") == ["190"]
    assert _codes("Ankara launched strikes late on Friday on camps in northern Syria.") == ["190"]


def test_an_edge_word_before_the_date_reads_an_event(extract: Extract) -> None:
    body = "The air force carried out strikes early on Tuesday on arms dumps near Kandahar."
    assert real(extract(body), "19")


def test_edge_word_near_misses_stay_as_they_are() -> None:
    # a second time past the date is no target: no force
    assert "190" not in _codes("The army carried out a strike early on Sunday at 6 a.m.")
    assert "190" not in _codes("The army carried out a strike late on Sunday.")
    # strikers' walkout stays a walkout, dated early or not
    assert _codes("Dockworkers launched a strike early on Monday at the port.") == ["143"]
