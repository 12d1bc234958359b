"""reader15's own sentences (stop 35) for a verbal act told as the second of two verb phrases
after a relative clause on the first phrase's object ("called a pact that gives Uganda a port
in Lamu unlawful and recalled its envoy"): the relative clause says what the pact is (Quirk et
al. 1985, 17.12), and the recall (CAMEO 1.1b3 §161) is made where its maker is. Near miss: an
act of force keeps the place of the camp it was done at. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_recall_is_not_placed_in_what_a_rejected_pact_gives(extract: Extract) -> None:
    body = (
        "NAIROBI — Kenya's cabinet on Wednesday called a pact that gives Uganda a port in "
        "Lamu unlawful and recalled its envoy to Kampala."
    )
    recalls = rooted(extract(body), "16")
    assert recalls
    assert where(recalls[0])[0] != "Lamu"


def test_force_after_a_relative_clause_keeps_its_place(extract: Extract) -> None:
    # near miss: force at a camp is where the camp is; the verbal act still is not
    body = "Troops stormed a camp that sheltered rebels in Kidal and arrested 20 men on Monday."
    force = rooted(extract(body), "17", "18", "19")
    assert force
    assert where(force[0])[0] == "Kidal"
    recall = (
        "Kenya's cabinet on Wednesday called a pact that gives Uganda a port in Lamu unlawful "
        "and recalled its envoy to Kampala."
    )
    assert all(where(e)[0] != "Lamu" for e in rooted(extract(recall), "16"))
