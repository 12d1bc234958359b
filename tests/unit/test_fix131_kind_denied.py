"""A negated clause whose subject is "such" and an event noun judges the kind of act already
told (``events/kind_denied``): no show of force or other act is read from the noun. Sentences
written for the rule; the near misses keep their acts."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract, rooted


@pytest.mark.parametrize(
    "body",
    [
        "A foreign ministry spokeswoman told reporters such naval exercises did not help "
        "build confidence.",
        "The ministry said such military drills do not serve peace in the region.",
        "The minister said such drills didn't help anyone.",
    ],
)
def test_such_a_noun_before_a_negated_operator_is_no_act(geoparser: Geoparser, body: str) -> None:
    assert rooted(make_extract(geoparser)(body), "15") == []


def test_the_act_told_beside_the_comment_stays(geoparser: Geoparser) -> None:
    body = (
        "Such naval drills will not deter us, the minister said, after warships staged "
        "exercises on Monday."
    )
    got = rooted(make_extract(geoparser)(body), "15")
    assert [(e.when.start.isoformat(), e.flags) for e in got] == [("2026-06-15", ())]


@pytest.mark.parametrize(
    "body",
    [
        "Navy ships held such drills off the coast on Tuesday.",  # an object: acts again
        "Such drills took place off the coast on Tuesday.",  # not negated
    ],
)
def test_such_a_noun_without_a_negated_operator_stays(geoparser: Geoparser, body: str) -> None:
    assert len(rooted(make_extract(geoparser)(body), "15")) == 1
