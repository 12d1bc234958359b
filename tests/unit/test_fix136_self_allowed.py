"""An actor who allows himself a thing grants no one anything: no §083 concession (CAMEO
1.1b3 §083 accede to requests or demands is a permission given to another side)."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract, rooted


def test_a_ruler_allowing_himself_another_term(geoparser: Geoparser) -> None:
    body = "The emir rewrote the charter in 2016 to allow himself to stay in office for life."
    assert not rooted(make_extract(geoparser)(body), "08")


def test_a_junta_allowing_parties_is_still_a_concession(geoparser: Geoparser) -> None:
    body = "In 2016 the military council allowed opposition parties to register."
    assert rooted(make_extract(geoparser)(body), "083")
