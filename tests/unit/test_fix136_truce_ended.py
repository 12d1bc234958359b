"""A side that ends, abandons or pulls out of a truce breaks it (CAMEO 1.1b3 §196 violate
ceasefire), the opposite of declaring one (§0871)."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import code, make_extract, real, rooted


@pytest.mark.parametrize(
    "body",
    [
        "The separatists ended their truce with the army on Sunday.",
        "On Sunday the militia abandoned a ceasefire agreed with the army.",
        "The rebel alliance said on Sunday it was pulling out of the ceasefire.",
    ],
)
def test_a_truce_ended_is_broken(geoparser: Geoparser, body: str) -> None:
    events = make_extract(geoparser)(body)
    assert [code(e) for e in real(events, "196")]
    assert not rooted(events, "087")


@pytest.mark.parametrize(
    "body",
    [
        "The separatists and the army declared a truce on Sunday.",
        "On Sunday envoys urged both sides to end the fighting with a ceasefire.",
        "The state ended its moratorium on executions on Sunday.",
    ],
)
def test_no_breach_without_a_truce_ended(geoparser: Geoparser, body: str) -> None:
    assert not rooted(make_extract(geoparser)(body), "196")
