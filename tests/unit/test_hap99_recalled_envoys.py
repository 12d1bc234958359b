"""A recalled envoy's owner is who recalled it, and the state it was posted in is the one
acted on (``events.recalled_envoys``; VCCR 1961 art. 43(a), CAMEO 1.1b3 §161): issue 16, set
AF's two sides' recalls a day apart, one told as "the recall of the ambassadors of" the other
side, read with no sides and joined to the answering recall. Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _sides(events: list[Event], prefix: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.roles.source_country, e.roles.target_country)
        for e in events
        if code(e).startswith(prefix)
    ]


def test_a_possessed_envoy_is_recalled_by_its_owner(extract: Extract) -> None:
    text = (
        "The foreign ministry said on Wednesday that it had recalled Chile's ambassador from Lima."
    )
    assert _sides(extract(text), "161") == [("CL", "PE")]


def test_the_recall_of_a_states_envoys_is_that_states(extract: Extract) -> None:
    text = (
        "Ecuador regretted Tuesday's recall of the ambassadors of Panama and Costa Rica from Quito."
    )
    assert [s for s, _ in _sides(extract(text), "161")] == ["PA"]


@pytest.mark.parametrize(
    ("text", "prefix", "sides"),
    [
        # an expulsion acts on the envoy's state: no recall
        ("Peru expelled Chile's ambassador on Tuesday.", "16", ("PE", "CL")),
        # a state's own envoy and its post, told as before
        ("Bolivia recalled its ambassador to Argentina on Tuesday.", "161", ("BO", "AR")),
    ],
)
def test_other_envoy_acts_keep_their_sides(
    extract: Extract, text: str, prefix: str, sides: tuple[str, str]
) -> None:
    assert _sides(extract(text), prefix) == [sides]
