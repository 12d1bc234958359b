"""The Pakistani Taliban (the TTP) are a group of Pakistan, not the Afghan Taliban's AF."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract


def _source_countries(geoparser: Geoparser, body: str) -> set[str | None]:
    return {e.roles.source_country for e in make_extract(geoparser)(body) if e.roles.source}


def test_the_pakistani_taliban_are_a_group_of_pakistan(geoparser: Geoparser) -> None:
    body = (
        "A spokesman for the Pakistani Taliban claimed the bombing of a bus in Peshawar on Monday."
    )
    assert _source_countries(geoparser, body) == {"PK"}


def test_the_taliban_alone_stay_afghan(geoparser: Geoparser) -> None:
    body = "The Taliban closed girls' schools in Kandahar on Monday."
    assert _source_countries(geoparser, body) == {"AF"}
